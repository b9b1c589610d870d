<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BalanceMeter</name>
    <message>
        <source>Balanced: neither holds power (R = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more power (R = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two parties that depend on each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage:
  powerfield [FILE]                                   open the window (with FILE, or the first example)
  powerfield --analyze FILE [--time T] [--lens L]     analysis at one time, JSON on stdout
  powerfield --series FILE [--lens L] [--csv]         every step, JSON (or CSV) on stdout
  powerfield --list-examples                          names of the built-in examples
  --example NAME                                      use a built-in example instead of FILE

Options:
  --time T        integer time step, 0..duration (default 0)
  --lens L        perceived (default: each party&apos;s beliefs) or actual
  --csv           with --series: one row per step and dyad, with a header row
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 success, 2 usage error, 3 unreadable or invalid input file,
4 cannot write the output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>powerfield: cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--analyze and --series cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv goes with --series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time goes with --analyze; --series covers every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what to do: --analyze, --series or --list-examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;powerfield --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lens must be &apos;perceived&apos; or &apos;actual&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one input file, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a FILE or --example NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no example named &apos;%1&apos; (see --list-examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time must be an integer from 0 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1920x1080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must lie between 16x16 and 20000x20000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be 1, 2, 3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be print, projector or transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs a file ending in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dyad must name two different parties of the file, as A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs --view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--view must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the base of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to time %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the event at %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the caption of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a change of the event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a change to the event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a change of the event at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1&apos;s investment in %2 exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1&apos;s investment in %2 not exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1&apos;s investment in %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1&apos;s need for %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1&apos;s need for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set what %1 offers for %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what %1 offers for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1&apos;s colour to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring %1 into the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1&apos;s comparison level to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the quality of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the belief in %1 follow its quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the perceived quality of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set title to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set duration to %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencePanel</name>
    <message>
        <source>%1&apos;s alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dyad to show: select two parties that depend on each other.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at step %2 of %3, as things actually are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at step %2 of %3, as the parties see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across the field, %1 holds the most power (others depend on %1 by %2 in all) and %3 depends most on others (%4 in all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are linked, but neither depends on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody depends on anybody yet: no party provides anything to another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perceived quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must lie between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use ASCII letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no party &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no desire &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outside option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party cannot be its own partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change must set at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change names one record and sets only the fields of its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must lie between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Dependence: how much a party would lose without its partner, given what it wants from the partner and how good its alternatives are (0 none, 1 total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison level (CL): the outcome a party expects from a relationship; above it the party is satisfied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison level for alternatives (CLalt): the outcome a party could get from its best alternatives; below it the party would leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment: the intent to stay, higher when the outcome beats the alternatives and when more has been invested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investment: what a party has sunk into the relationship and would lose by leaving (time, shared friends, plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive: the party has given up other parties as alternatives to this partner; its outside options still count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative power: the partner&apos;s dependence minus one&apos;s own; whoever needs the relationship less holds more power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted cooperation: how often a party is expected to cooperate, highest when power is equal (after du Plessis et al., 2023).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: what a party is predicted to do if its partner stops cooperating: accept, fight or walk away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: how much a party wants this desire, from 0 (not at all) to 1 (above all else).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provision: how well the partner meets this desire, from 0 (not at all) to 1 (perfectly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied and stable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfied but unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dissatisfied and unstable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indifferent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>walk away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 depend on each other about equally (%3 and %4): neither holds power over the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3) more than %2 on %1 (%4): %2 holds more power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is satisfied and stays: the outcome with %2 (%3) meets %1&apos;s expectations (%4) and beats the best alternatives (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is trapped: the outcome with %2 (%3) falls short of %1&apos;s expectations (%4), but nothing better is on offer (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is satisfied but may leave: the outcome with %2 (%3) meets %1&apos;s expectations (%4), yet the alternatives offer more (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dissatisfied and may leave: the outcome with %2 (%3) is below %1&apos;s expectations (%4) and below the alternatives (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants nothing that a relationship could give, so %2 does not matter to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s commitment to %2 is %3: the outcome (%4) against the best alternatives (%5), plus what %1 has invested (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With power about equal, %1 is predicted to cooperate with %2 most often: %3% of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding more power than %2, %1 is predicted to cooperate less often: %3% of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With less power than %2, %1 is predicted to cooperate %3% of the time, less than between equals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would walk away if %2 stopped cooperating: %1 wants nothing from the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would walk away if %2 stopped cooperating: the best alternatives (%3) beat the outcome with %2 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would fight if %2 stopped cooperating: %1 needs %2 no more than %2 needs %1, and has no better alternative (%3 against %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would accept it if %2 stopped cooperating: %1 needs %2 more than %2 needs %1, and has no better alternative (%3 against %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %1&apos;s best alternative for %5 (%6) rose to %7, against %8 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %1&apos;s best alternative for %5 (%6) fell to %7, against %8 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %2 now provides %5 at %6 (it was %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %2 now provides %5 at only %6 (it was %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %1 now cares more about %5 (importance %6, it was %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %1 now cares less about %5 (importance %6, it was %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principle of least interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CL and CLalt: comparison levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four quadrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments and commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bases of power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived and actual alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power and cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept, fight or walk away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this model does not claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has no teacher notes. Notes travel in the scenario file (its &quot;notes&quot; text): the learning goal, what to try, what the model does not claim.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome against CLalt →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome against CL →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::AnalysisSummary</name>
    <message>
        <source>No dyads yet: add parties and say what one provides to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dyad A – B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A depends
on B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B depends
on A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative
power of A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From -1 to 1: positive when A holds more power (B depends on A more than A on B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who depends on whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who depends on whom&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced: %1 and %2 depend on each other about equally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 depends on %2 more: %2 holds more power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::BalanceMeter</name>
    <message>
        <source>Balance meter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::DependencePanel</name>
    <message>
        <source>Dependence panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a party or two parties in the field to see who depends on whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 do not depend on each other at this time: neither provides anything the other wants, or one of them is not in the field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::DesireModel</name>
    <message>
        <source>The base of power that giving %1 rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::Document</name>
    <message>
        <source>Reset to saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event has no change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must lie between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provision of %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already provides %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The perceived quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers nothing for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The investment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event lies at time %1, after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no need for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::EventModel</name>
    <message numerus="yes">
        <source>%n change(s) at time %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::GlossaryDock</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who depends on whom and who holds power, in sentences, updated with every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the description of the current state to the clipboard, for slide notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the scenario under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Powerfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the scenario as loaded or last saved (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a party to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something parties can want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Powerfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Powerfield is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the example “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Powerfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties: %1 · Dyads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the example “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario: add parties and desires from the Edit menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powerfield scenarios (*.powerfield.json *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Powerfield scenarios (*.powerfield.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Powerfield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Powerfield %1&lt;/h3&gt;&lt;p&gt;Makes power in relationships visible: who depends on whom, and why, after interdependence theory (Thibaut and Kelley) and Emerson&apos;s power-dependence theory.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::OptionModel</name>
    <message>
        <source>Only %1 can turn to this alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 believes this alternative offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / Desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner / Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::PanelControls</name>
    <message>
        <source>How much %1 wants %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well %1 provides it to %2 (actual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well %1 provides it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well %1 believes %2 provides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: none yet (%2 could offer it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an outside option for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gives up other partners for %2 (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s comparison level (CL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 wants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants nothing yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::PartyBars</name>
    <message>
        <source>%1 depends on %2: %3; %2 depends on %1: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependences of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no partners at this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::PartyTreeModel</name>
    <message>
        <source>What %1 expects from a relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the field until an event brings it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much %1 wants %2, from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / Desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind / Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::ProvisionModel</name>
    <message>
        <source>What %1 believes it gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 believes the quality as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::QuadrantChart</name>
    <message>
        <source>Quadrant of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::ScenarioTree</name>
    <message>
        <source>&amp;Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rovisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties of the field, each with the desires it has and how much it wants them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parties want: company, money, status, safety, advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who provides what to whom, and how well (and how well the receiver believes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives outside the field that only their owner can use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story: changes at points of the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desire %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>powerfield::ShortcutsHelp</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
