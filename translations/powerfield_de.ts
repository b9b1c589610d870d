<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BalanceMeter</name>
    <message>
        <source>Balanced: neither holds power (R = %1)</source>
        <translation>Ausgeglichen: keine Seite hat mehr Macht (R = %1)</translation>
    </message>
    <message>
        <source>%1 holds more power (R = %2)</source>
        <translation>%1 hat mehr Macht (R = %2)</translation>
    </message>
    <message>
        <source>Select two parties that depend on each other.</source>
        <translation>Wählen Sie zwei Parteien, die voneinander abhängen.</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 hängt von %2 ab</translation>
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
        <translation>Aufruf:
  powerfield [DATEI]                                öffnet das Fenster (mit DATEI, sonst mit dem ersten Beispiel)
  powerfield --analyze DATEI [--time T] [--lens L]  Analyse zu einem Zeitpunkt, JSON auf stdout
  powerfield --series DATEI [--lens L] [--csv]      jeder Schritt, JSON (oder CSV) auf stdout
  powerfield --list-examples                        Namen der eingebauten Beispiele
  --example NAME                                    ein eingebautes Beispiel statt DATEI verwenden

Optionen:
  --time T        ganzzahliger Zeitschritt, 0..Dauer (Standard 0)
  --lens L        perceived (Standard: was jede Partei glaubt) oder actual
  --csv           mit --series: eine Zeile je Schritt und Dyade, mit Kopfzeile
  -h, --help      diese Hilfe anzeigen
  -v, --version   die Version anzeigen

Rückgabewert: 0 Erfolg, 2 Aufruffehler, 3 Eingabedatei unlesbar oder ungültig,
4 Ausgabe nicht schreibbar.
</translation>
    </message>
    <message>
        <source>powerfield: cannot write to standard output</source>
        <translation>powerfield: kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>--analyze and --series cannot be combined</source>
        <translation>--analyze und --series lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>--csv goes with --series</source>
        <translation>--csv gehört zu --series</translation>
    </message>
    <message>
        <source>--time goes with --analyze; --series covers every step</source>
        <translation>--time gehört zu --analyze; --series umfasst jeden Schritt</translation>
    </message>
    <message>
        <source>say what to do: --analyze, --series or --list-examples</source>
        <translation>Was soll geschehen? --analyze, --series oder --list-examples</translation>
    </message>
    <message>
        <source>Try &apos;powerfield --help&apos; for more information.</source>
        <translation>Mehr dazu mit &apos;powerfield --help&apos;.</translation>
    </message>
    <message>
        <source>--lens must be &apos;perceived&apos; or &apos;actual&apos;, not &apos;%1&apos;</source>
        <translation>--lens muss &apos;perceived&apos; oder &apos;actual&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one input file, got %1</source>
        <translation>eine Eingabedatei erwartet, %1 erhalten</translation>
    </message>
    <message>
        <source>give either a FILE or --example NAME</source>
        <translation>entweder eine DATEI oder --example NAME angeben</translation>
    </message>
    <message>
        <source>no example named &apos;%1&apos; (see --list-examples)</source>
        <translation>kein Beispiel namens &apos;%1&apos; (siehe --list-examples)</translation>
    </message>
    <message>
        <source>--time must be an integer from 0 to %1, not &apos;%2&apos;</source>
        <translation>--time muss eine ganze Zahl von 0 bis %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1920x1080</source>
        <translation>--size muss BREITExHÖHE sein, etwa 1920x1080</translation>
    </message>
    <message>
        <source>--size must lie between 16x16 and 20000x20000</source>
        <translation>--size muss zwischen 16x16 und 20000x20000 liegen</translation>
    </message>
    <message>
        <source>--scale must be 1, 2, 3 or 4</source>
        <translation>--scale muss 1, 2, 3 oder 4 sein</translation>
    </message>
    <message>
        <source>--theme must be print, projector or transparent</source>
        <translation>--theme muss print, projector oder transparent sein</translation>
    </message>
    <message>
        <source>--export needs a file ending in .png, .svg or .pdf</source>
        <translation>--export braucht eine Datei mit der Endung .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>--dyad must name two different parties of the file, as A,B</source>
        <translation>--dyad muss zwei verschiedene Parteien der Datei nennen, als A,B</translation>
    </message>
    <message>
        <source>--export needs --view (%1)</source>
        <translation>--export braucht --view (%1)</translation>
    </message>
    <message>
        <source>--view must be one of %1</source>
        <translation>--view muss eines von %1 sein</translation>
    </message>
    <message>
        <source>--size times --scale must stay within 20000x20000 pixels</source>
        <translation>--size mal --scale darf 20000x20000 Pixel nicht überschreiten</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Set the base of %1 to %2</source>
        <translation>Machtbasis von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>the event at %1</source>
        <translation>das Ereignis bei %1</translation>
    </message>
    <message>
        <source>Move %1 to time %2</source>
        <translation>%1 auf Zeitpunkt %2 verschieben</translation>
    </message>
    <message>
        <source>Label the event at %1 &quot;%2&quot;</source>
        <translation>Ereignis bei %1 „%2“ nennen</translation>
    </message>
    <message>
        <source>Change the caption of %1</source>
        <translation>Beschriftung von %1 ändern</translation>
    </message>
    <message>
        <source>Edit a change of the event at %1</source>
        <translation>Eine Änderung des Ereignisses bei %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add the event at %1</source>
        <translation>Ereignis bei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove the event at %1</source>
        <translation>Ereignis bei %1 entfernen</translation>
    </message>
    <message>
        <source>Add a change to the event at %1</source>
        <translation>Dem Ereignis bei %1 eine Änderung hinzufügen</translation>
    </message>
    <message>
        <source>Remove a change of the event at %1</source>
        <translation>Eine Änderung des Ereignisses bei %1 entfernen</translation>
    </message>
    <message>
        <source>Make %1&apos;s investment in %2 exclusive</source>
        <translation>Investition von %1 in %2 exklusiv machen</translation>
    </message>
    <message>
        <source>Make %1&apos;s investment in %2 not exclusive</source>
        <translation>Investition von %1 in %2 nicht mehr exklusiv machen</translation>
    </message>
    <message>
        <source>Set %1&apos;s investment in %2 to %3</source>
        <translation>Investition von %1 in %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Set %1&apos;s need for %2 to %3</source>
        <translation>Bedürfnis von %1 nach %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s need for %2</source>
        <translation>Bedürfnis von %1 nach %2 entfernen</translation>
    </message>
    <message>
        <source>Set what %1 offers for %2 to %3</source>
        <translation>Angebot von %1 für %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Remove what %1 offers for %2</source>
        <translation>Angebot von %1 für %2 entfernen</translation>
    </message>
    <message>
        <source>Set %1&apos;s colour to %2</source>
        <translation>Farbe von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>%1 zur Art „%2“ machen</translation>
    </message>
    <message>
        <source>Bring %1 into the field</source>
        <translation>%1 ins Feld holen</translation>
    </message>
    <message>
        <source>Take %1 out of the field</source>
        <translation>%1 aus dem Feld nehmen</translation>
    </message>
    <message>
        <source>Set %1&apos;s comparison level to %2</source>
        <translation>Vergleichsniveau von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>%1&apos;s %2 for %3</source>
        <translation>%2 von %1 für %3</translation>
    </message>
    <message>
        <source>Set the quality of %1 to %2</source>
        <translation>Qualität von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Let the belief in %1 follow its quality</source>
        <translation>Überzeugung zu %1 wieder der Qualität folgen lassen</translation>
    </message>
    <message>
        <source>Set the perceived quality of %1 to %2</source>
        <translation>Wahrgenommene Qualität von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set title to &quot;%1&quot;</source>
        <translation>Titel auf „%1“ setzen</translation>
    </message>
    <message numerus="yes">
        <source>Set duration to %n step(s)</source>
        <translation>
            <numerusform>Dauer auf %n Schritt setzen</numerusform>
            <numerusform>Dauer auf %n Schritte setzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DependencePanel</name>
    <message>
        <source>%1&apos;s alternative</source>
        <translation>Alternative von %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>No dyad to show: select two parties that depend on each other.</source>
        <translation>Keine Dyade zu zeigen: Wählen Sie zwei Parteien, die voneinander abhängen.</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
    <message>
        <source>%1 at step %2 of %3, as things actually are.</source>
        <translation>%1 bei Schritt %2 von %3, wie es tatsächlich ist.</translation>
    </message>
    <message>
        <source>%1 at step %2 of %3, as the parties see it.</source>
        <translation>%1 bei Schritt %2 von %3, wie die Parteien es sehen.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Jetzt: %1.</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Jetzt: %1. %2</translation>
    </message>
    <message>
        <source>Across the field, %1 holds the most power (others depend on %1 by %2 in all) and %3 depends most on others (%4 in all).</source>
        <translation>Im ganzen Feld hat %1 die meiste Macht (andere hängen insgesamt mit %2 von %1 ab), und %3 hängt am meisten von anderen ab (insgesamt %4).</translation>
    </message>
    <message>
        <source>%1 and %2 are linked, but neither depends on the other.</source>
        <translation>%1 und %2 sind verbunden, aber keine Seite hängt von der anderen ab.</translation>
    </message>
    <message>
        <source>Nobody depends on anybody yet: no party provides anything to another.</source>
        <translation>Noch hängt niemand von jemandem ab: keine Partei gibt einer anderen etwas.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>The comparison level</source>
        <translation>Das Vergleichsniveau</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>The importance</source>
        <translation>Die Wichtigkeit</translation>
    </message>
    <message>
        <source>The quality</source>
        <translation>Die Qualität</translation>
    </message>
    <message>
        <source>The perceived quality</source>
        <translation>Die wahrgenommene Qualität</translation>
    </message>
    <message>
        <source>The investment</source>
        <translation>Die Investition</translation>
    </message>
    <message>
        <source>%1 must lie between 0 and 1</source>
        <translation>%1 muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>A name must not be empty</source>
        <translation>Ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use ASCII letters, digits, - and _</source>
        <translation>„%1“ ist keine gültige ID: erlaubt sind ASCII-Buchstaben, Ziffern, - und _</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken</source>
        <translation>Die ID „%1“ ist schon vergeben</translation>
    </message>
    <message>
        <source>There is no party &quot;%1&quot;</source>
        <translation>Es gibt keine Partei „%1“</translation>
    </message>
    <message>
        <source>There is no desire &quot;%1&quot;</source>
        <translation>Es gibt keinen Wunsch „%1“</translation>
    </message>
    <message>
        <source>There is no outside option &quot;%1&quot;</source>
        <translation>Es gibt keine Außenoption „%1“</translation>
    </message>
    <message>
        <source>A party cannot be its own partner</source>
        <translation>Eine Partei kann nicht ihr eigener Partner sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation>„%1“ ist keine Farbe der Form #RRGGBB</translation>
    </message>
    <message>
        <source>A change must set at least one value</source>
        <translation>Eine Änderung muss mindestens einen Wert setzen</translation>
    </message>
    <message>
        <source>A change names one record and sets only the fields of its kind</source>
        <translation>Eine Änderung nennt genau einen Eintrag und setzt nur die Felder seiner Art</translation>
    </message>
    <message>
        <source>The time must lie between 0 and %1</source>
        <translation>Der Zeitpunkt muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>Unknown kind of party (%1)</source>
        <translation>Unbekannte Art von Partei (%1)</translation>
    </message>
    <message>
        <source>Unknown base of power (%1)</source>
        <translation>Unbekannte Machtbasis (%1)</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Dependence: how much a party would lose without its partner, given what it wants from the partner and how good its alternatives are (0 none, 1 total).</source>
        <translation>Abhängigkeit: wie viel eine Partei ohne ihren Partner verlöre, je nachdem, was sie vom Partner will und wie gut ihre Alternativen sind (0 nichts, 1 alles).</translation>
    </message>
    <message>
        <source>Comparison level (CL): the outcome a party expects from a relationship; above it the party is satisfied.</source>
        <translation>Vergleichsniveau (CL): das Ergebnis, das eine Partei von einer Beziehung erwartet; darüber ist sie zufrieden.</translation>
    </message>
    <message>
        <source>Comparison level for alternatives (CLalt): the outcome a party could get from its best alternatives; below it the party would leave.</source>
        <translation>Vergleichsniveau für Alternativen (CLalt): das Ergebnis, das eine Partei bei ihren besten Alternativen bekäme; darunter würde sie gehen.</translation>
    </message>
    <message>
        <source>Commitment: the intent to stay, higher when the outcome beats the alternatives and when more has been invested.</source>
        <translation>Bindung: die Absicht zu bleiben; sie steigt, wenn das Ergebnis die Alternativen übertrifft und wenn mehr investiert wurde.</translation>
    </message>
    <message>
        <source>Investment: what a party has sunk into the relationship and would lose by leaving (time, shared friends, plans).</source>
        <translation>Investition: was eine Partei in die Beziehung gesteckt hat und beim Gehen verlöre (Zeit, gemeinsame Freunde, Pläne).</translation>
    </message>
    <message>
        <source>Exclusive: the party has given up other parties as alternatives to this partner; its outside options still count.</source>
        <translation>Exklusiv: die Partei hat andere Parteien als Alternativen zu diesem Partner aufgegeben; ihre Außenoptionen zählen weiter.</translation>
    </message>
    <message>
        <source>Relative power: the partner&apos;s dependence minus one&apos;s own; whoever needs the relationship less holds more power.</source>
        <translation>Relative Macht: die Abhängigkeit des Partners minus die eigene; wer die Beziehung weniger braucht, hat mehr Macht.</translation>
    </message>
    <message>
        <source>Predicted cooperation: how often a party is expected to cooperate, highest when power is equal (after du Plessis et al., 2023).</source>
        <translation>Vorhergesagte Kooperation: wie oft eine Partei voraussichtlich kooperiert, am häufigsten bei gleicher Macht (nach du Plessis et al., 2023).</translation>
    </message>
    <message>
        <source>Response: what a party is predicted to do if its partner stops cooperating: accept, fight or walk away.</source>
        <translation>Reaktion: was eine Partei voraussichtlich tut, wenn ihr Partner nicht mehr kooperiert: hinnehmen, kämpfen oder gehen.</translation>
    </message>
    <message>
        <source>Importance: how much a party wants this desire, from 0 (not at all) to 1 (above all else).</source>
        <translation>Wichtigkeit: wie sehr eine Partei diesen Wunsch hat, von 0 (gar nicht) bis 1 (über alles).</translation>
    </message>
    <message>
        <source>Provision: how well the partner meets this desire, from 0 (not at all) to 1 (perfectly).</source>
        <translation>Leistung: wie gut der Partner diesen Wunsch erfüllt, von 0 (gar nicht) bis 1 (vollkommen).</translation>
    </message>
    <message>
        <source>satisfied and stable</source>
        <translation>zufrieden und stabil</translation>
    </message>
    <message>
        <source>trapped</source>
        <translation>gefangen</translation>
    </message>
    <message>
        <source>satisfied but unstable</source>
        <translation>zufrieden, aber instabil</translation>
    </message>
    <message>
        <source>dissatisfied and unstable</source>
        <translation>unzufrieden und instabil</translation>
    </message>
    <message>
        <source>indifferent</source>
        <translation>gleichgültig</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>hinnehmen</translation>
    </message>
    <message>
        <source>fight</source>
        <translation>kämpfen</translation>
    </message>
    <message>
        <source>walk away</source>
        <translation>gehen</translation>
    </message>
    <message>
        <source>%1 and %2 depend on each other about equally (%3 and %4): neither holds power over the other.</source>
        <translation>%1 und %2 hängen etwa gleich stark voneinander ab (%3 und %4): keine Seite hat Macht über die andere.</translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3) more than %2 on %1 (%4): %2 holds more power.</source>
        <translation>%1 hängt stärker von %2 ab (%3) als %2 von %1 (%4): %2 hat mehr Macht.</translation>
    </message>
    <message>
        <source>%1 is satisfied and stays: the outcome with %2 (%3) meets %1&apos;s expectations (%4) and beats the best alternatives (%5).</source>
        <translation>%1 ist zufrieden und bleibt: das Ergebnis mit %2 (%3) erfüllt die Erwartungen von %1 (%4) und übertrifft die besten Alternativen (%5).</translation>
    </message>
    <message>
        <source>%1 is trapped: the outcome with %2 (%3) falls short of %1&apos;s expectations (%4), but nothing better is on offer (%5).</source>
        <translation>%1 ist gefangen: das Ergebnis mit %2 (%3) bleibt hinter den Erwartungen von %1 (%4) zurück, aber nichts Besseres ist in Sicht (%5).</translation>
    </message>
    <message>
        <source>%1 is satisfied but may leave: the outcome with %2 (%3) meets %1&apos;s expectations (%4), yet the alternatives offer more (%5).</source>
        <translation>%1 ist zufrieden, könnte aber gehen: das Ergebnis mit %2 (%3) erfüllt die Erwartungen von %1 (%4), doch die Alternativen bieten mehr (%5).</translation>
    </message>
    <message>
        <source>%1 is dissatisfied and may leave: the outcome with %2 (%3) is below %1&apos;s expectations (%4) and below the alternatives (%5).</source>
        <translation>%1 ist unzufrieden und könnte gehen: das Ergebnis mit %2 (%3) liegt unter den Erwartungen von %1 (%4) und unter den Alternativen (%5).</translation>
    </message>
    <message>
        <source>%1 wants nothing that a relationship could give, so %2 does not matter to %1.</source>
        <translation>%1 will nichts, was eine Beziehung geben könnte, also spielt %2 für %1 keine Rolle.</translation>
    </message>
    <message>
        <source>%1&apos;s commitment to %2 is %3: the outcome (%4) against the best alternatives (%5), plus what %1 has invested (%6).</source>
        <translation>Die Bindung von %1 an %2 beträgt %3: das Ergebnis (%4) gegenüber den besten Alternativen (%5) plus das, was %1 investiert hat (%6).</translation>
    </message>
    <message>
        <source>With power about equal, %1 is predicted to cooperate with %2 most often: %3% of the time.</source>
        <translation>Bei etwa gleicher Macht kooperiert %1 mit %2 voraussichtlich am häufigsten: in %3 % der Fälle.</translation>
    </message>
    <message>
        <source>Holding more power than %2, %1 is predicted to cooperate less often: %3% of the time.</source>
        <translation>Mit mehr Macht als %2 kooperiert %1 voraussichtlich seltener: in %3 % der Fälle.</translation>
    </message>
    <message>
        <source>With less power than %2, %1 is predicted to cooperate %3% of the time, less than between equals.</source>
        <translation>Mit weniger Macht als %2 kooperiert %1 voraussichtlich in %3 % der Fälle, seltener als unter Gleichen.</translation>
    </message>
    <message>
        <source>%1 would walk away if %2 stopped cooperating: %1 wants nothing from the relationship.</source>
        <translation>%1 würde gehen, wenn %2 nicht mehr kooperierte: %1 will nichts von der Beziehung.</translation>
    </message>
    <message>
        <source>%1 would walk away if %2 stopped cooperating: the best alternatives (%3) beat the outcome with %2 (%4).</source>
        <translation>%1 würde gehen, wenn %2 nicht mehr kooperierte: die besten Alternativen (%3) übertreffen das Ergebnis mit %2 (%4).</translation>
    </message>
    <message>
        <source>%1 would fight if %2 stopped cooperating: %1 needs %2 no more than %2 needs %1, and has no better alternative (%3 against %4).</source>
        <translation>%1 würde kämpfen, wenn %2 nicht mehr kooperierte: %1 braucht %2 nicht mehr als %2 %1 braucht und hat keine bessere Alternative (%3 gegenüber %4).</translation>
    </message>
    <message>
        <source>%1 would accept it if %2 stopped cooperating: %1 needs %2 more than %2 needs %1, and has no better alternative (%3 against %4).</source>
        <translation>%1 würde es hinnehmen, wenn %2 nicht mehr kooperierte: %1 braucht %2 mehr als %2 %1 braucht und hat keine bessere Alternative (%3 gegenüber %4).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %1&apos;s best alternative for %5 (%6) rose to %7, against %8 from %2.</source>
        <translation>Die Abhängigkeit von %1 von %2 fiel von %3 auf %4, weil die beste Alternative von %1 für %5 (%6) auf %7 stieg, gegenüber %8 von %2.</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %1&apos;s best alternative for %5 (%6) fell to %7, against %8 from %2.</source>
        <translation>Die Abhängigkeit von %1 von %2 stieg von %3 auf %4, weil die beste Alternative von %1 für %5 (%6) auf %7 fiel, gegenüber %8 von %2.</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %2 now provides %5 at %6 (it was %7).</source>
        <translation>Die Abhängigkeit von %1 von %2 stieg von %3 auf %4, weil %2 jetzt %5 mit %6 bietet (vorher %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %2 now provides %5 at only %6 (it was %7).</source>
        <translation>Die Abhängigkeit von %1 von %2 fiel von %3 auf %4, weil %2 jetzt %5 nur noch mit %6 bietet (vorher %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %1 now cares more about %5 (importance %6, it was %7).</source>
        <translation>Die Abhängigkeit von %1 von %2 stieg von %3 auf %4, weil %1 jetzt mehr an %5 liegt (Wichtigkeit %6, vorher %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %1 now cares less about %5 (importance %6, it was %7).</source>
        <translation>Die Abhängigkeit von %1 von %2 fiel von %3 auf %4, weil %1 jetzt weniger an %5 liegt (Wichtigkeit %6, vorher %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4.</source>
        <translation>Die Abhängigkeit von %1 von %2 stieg von %3 auf %4.</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4.</source>
        <translation>Die Abhängigkeit von %1 von %2 fiel von %3 auf %4.</translation>
    </message>
</context>
<context>
    <name>FieldLegend</name>
    <message>
        <source>Shape: a person, a group, an organization, a country.</source>
        <translation>Form: eine Person, eine Gruppe, eine Organisation, ein Land.</translation>
    </message>
    <message>
        <source>A bigger node has more power in the field: the others depend on it more.</source>
        <translation>Ein größerer Knoten hat mehr Macht im Feld: die anderen hängen stärker von ihm ab.</translation>
    </message>
    <message>
        <source>A thicker link: the two depend on each other more.</source>
        <translation>Eine dickere Verbindung: die beiden hängen stärker voneinander ab.</translation>
    </message>
    <message>
        <source>The arrow points to the party with more power; the link takes that party&apos;s colour.</source>
        <translation>Der Pfeil zeigt auf die Partei mit mehr Macht; die Verbindung nimmt deren Farbe an.</translation>
    </message>
    <message>
        <source>Solid: clearly unequal. Dashed: somewhat unequal. Grey dots, no arrow: balanced.</source>
        <translation>Durchgezogen: deutlich ungleich. Gestrichelt: etwas ungleich. Graue Punkte ohne Pfeil: ausgeglichen.</translation>
    </message>
    <message>
        <source>Small circle on a dashed tie: an outside option; bigger is a better alternative.</source>
        <translation>Kleiner Kreis an gestrichelter Linie: eine Außenoption; je größer, desto besser die Alternative.</translation>
    </message>
    <message>
        <source>Number on a link: the imbalance, from 0 (equal) to 1 (all the power on one side).</source>
        <translation>Zahl an einer Verbindung: das Ungleichgewicht, von 0 (gleich) bis 1 (alle Macht auf einer Seite).</translation>
    </message>
    <message>
        <source>Faded with a dashed outline: not in the field at this time.</source>
        <translation>Blass mit gestricheltem Rand: derzeit nicht im Feld.</translation>
    </message>
    <message>
        <source>How to read the field</source>
        <translation>So lesen Sie das Feld</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>%1 and %2 depend on each other about equally (%3 and %4): neither holds more power.</source>
        <translation>%1 und %2 hängen etwa gleich stark voneinander ab (%3 und %4): keine Seite hat mehr Macht.</translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3) more than %2 depends on %1 (%4): %2 holds more power.</source>
        <translation>%1 hängt stärker von %2 ab (%3) als %2 von %1 (%4): %2 hat mehr Macht.</translation>
    </message>
    <message>
        <source>actual values</source>
        <translation>tatsächliche Werte</translation>
    </message>
    <message>
        <source>as each party sees it</source>
        <translation>wie jede Partei es sieht</translation>
    </message>
    <message>
        <source>Imbalance %1 (0: equal, 1: all the power on one side); mutual dependence %2 (%3).</source>
        <translation>Ungleichgewicht %1 (0: gleich, 1: alle Macht auf einer Seite); gegenseitige Abhängigkeit %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the field at this time.</source>
        <translation>%1 ist derzeit nicht im Feld.</translation>
    </message>
    <message>
        <source>%1: power in the field %2 (how much the others depend on %1), depends on the others %3.</source>
        <translation>%1: Macht im Feld %2 (wie sehr die anderen von %1 abhängen), Abhängigkeit von den anderen %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: an outside option of %2 that offers nothing yet.</source>
        <translation>%1: eine Außenoption von %2, die noch nichts bietet.</translation>
    </message>
    <message>
        <source>%1: an outside option of %2, offering %3.</source>
        <translation>%1: eine Außenoption von %2, sie bietet %3.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <source>The principle of least interest</source>
        <translation>Das Prinzip des geringsten Interesses</translation>
    </message>
    <message>
        <source>CL and CLalt: comparison levels</source>
        <translation>CL und CLalt: Vergleichsniveaus</translation>
    </message>
    <message>
        <source>The four quadrants</source>
        <translation>Die vier Quadranten</translation>
    </message>
    <message>
        <source>Investments and commitment</source>
        <translation>Investitionen und Bindung</translation>
    </message>
    <message>
        <source>Bases of power</source>
        <translation>Machtbasen</translation>
    </message>
    <message>
        <source>Perceived and actual alternatives</source>
        <translation>Wahrgenommene und tatsächliche Alternativen</translation>
    </message>
    <message>
        <source>Power and cooperation</source>
        <translation>Macht und Kooperation</translation>
    </message>
    <message>
        <source>Accept, fight or walk away</source>
        <translation>Hinnehmen, kämpfen oder gehen</translation>
    </message>
    <message>
        <source>What this model does not claim</source>
        <translation>Was dieses Modell nicht behauptet</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Hinweise für Lehrende</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>This scenario has no teacher notes. Notes travel in the scenario file (its &quot;notes&quot; text): the learning goal, what to try, what the model does not claim.</source>
        <translation>Dieses Szenario hat keine Hinweise für Lehrende. Sie reisen in der Szenariodatei mit (ihr Text „notes“): das Lernziel, was man ausprobieren kann, was das Modell nicht behauptet.</translation>
    </message>
    <message>
        <source>More in the glossary</source>
        <translation>Mehr im Glossar</translation>
    </message>
</context>
<context>
    <name>QuadrantChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>outcome against CLalt →</source>
        <translation>Ergebnis gegenüber CLalt →</translation>
    </message>
    <message>
        <source>outcome against CL →</source>
        <translation>Ergebnis gegenüber CL →</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>“%1” had changes that were not saved when Powerfield last stopped. A recovery copy of them was written on %2.

Restore the changes?</source>
        <translation>„%1“ hatte ungespeicherte Änderungen, als Powerfield zuletzt beendet wurde. Eine Sicherungskopie davon wurde am %2 geschrieben.

Die Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Keep the changes and ask again next time</source>
        <translation>Die Änderungen behalten und beim nächsten Mal wieder fragen</translation>
    </message>
    <message>
        <source>Delete the automatically saved changes</source>
        <translation>Die automatisch gesicherten Änderungen löschen</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>%1: comparison level</source>
        <translation>%1: Vergleichsniveau</translation>
    </message>
    <message>
        <source>%1: importance of %2</source>
        <translation>%1: Wichtigkeit von %2</translation>
    </message>
    <message>
        <source>%1 to %2: %3 (as %2 sees it)</source>
        <translation>%1 an %2: %3 (wie %2 es sieht)</translation>
    </message>
    <message>
        <source>%1 to %2: %3 (quality)</source>
        <translation>%1 an %2: %3 (Qualität)</translation>
    </message>
    <message>
        <source>Alternative of %1, %2: %3 (as %1 sees it)</source>
        <translation>Alternative von %1, %2: %3 (wie %1 es sieht)</translation>
    </message>
    <message>
        <source>Alternative of %1, %2: %3</source>
        <translation>Alternative von %1, %2: %3</translation>
    </message>
    <message>
        <source>%1: investment in %2</source>
        <translation>%1: Investition in %2</translation>
    </message>
</context>
<context>
    <name>powerfield::AnalysisSummary</name>
    <message>
        <source>No dyads yet: add parties and say what one provides to the other.</source>
        <translation>Noch keine Dyaden: Fügen Sie Parteien hinzu und geben Sie an, was die eine der anderen bietet.</translation>
    </message>
    <message>
        <source>Dyad A – B</source>
        <translation>Dyade A – B</translation>
    </message>
    <message>
        <source>A depends
on B</source>
        <translation>A hängt
von B ab</translation>
    </message>
    <message>
        <source>B depends
on A</source>
        <translation>B hängt
von A ab</translation>
    </message>
    <message>
        <source>Relative
power of A</source>
        <translation>Relative
Macht von A</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Deutung</translation>
    </message>
    <message>
        <source>From -1 to 1: positive when A holds more power (B depends on A more than A on B)</source>
        <translation>Von -1 bis 1: positiv, wenn A mehr Macht hat (B hängt stärker von A ab als A von B)</translation>
    </message>
    <message>
        <source>Who depends on whom</source>
        <translation>Wer von wem abhängt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who depends on whom&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer von wem abhängt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Balanced: %1 and %2 depend on each other about equally</source>
        <translation>Ausgeglichen: %1 und %2 hängen etwa gleich stark voneinander ab</translation>
    </message>
    <message>
        <source>%1 depends on %2 more: %2 holds more power</source>
        <translation>%1 hängt stärker von %2 ab: %2 hat mehr Macht</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>powerfield::BalanceMeter</name>
    <message>
        <source>Balance meter</source>
        <translation>Machtwaage</translation>
    </message>
</context>
<context>
    <name>powerfield::DependencePanel</name>
    <message>
        <source>Dependence panel</source>
        <translation>Abhängigkeitsbereich</translation>
    </message>
    <message>
        <source>Who holds power</source>
        <translation>Wer Macht hat</translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Warum es sich bewegt hat</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select a party or two parties in the field to see who depends on whom.</source>
        <translation>Wählen Sie eine Partei oder zwei Parteien im Feld, um zu sehen, wer von wem abhängt.</translation>
    </message>
    <message>
        <source>%1 and %2 do not depend on each other at this time: neither provides anything the other wants, or one of them is not in the field.</source>
        <translation>%1 und %2 hängen derzeit nicht voneinander ab: keine Seite bietet etwas, das die andere will, oder eine von beiden ist nicht im Feld.</translation>
    </message>
</context>
<context>
    <name>powerfield::DesireModel</name>
    <message>
        <source>The base of power that giving %1 rests on</source>
        <translation>Die Machtbasis, auf der das Geben von %1 beruht</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>“%1” is not a base of power (reward, coercive, legitimate, referent, expert, informational or other)</source>
        <translation>„%1“ ist keine Machtbasis (reward, coercive, legitimate, referent, expert, informational oder other)</translation>
    </message>
</context>
<context>
    <name>powerfield::Document</name>
    <message>
        <source>Reset to saved</source>
        <translation>Auf Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <source>There is no event %1</source>
        <translation>Es gibt kein Ereignis %1</translation>
    </message>
    <message>
        <source>The event has no change %1</source>
        <translation>Das Ereignis hat keine Änderung %1</translation>
    </message>
    <message>
        <source>The time must lie between 0 and %1</source>
        <translation>Der Zeitpunkt muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>There is no provision of %1 from %2 to %3</source>
        <translation>Es gibt keine Leistung „%1“ von %2 an %3</translation>
    </message>
    <message>
        <source>%1 already provides %2 to %3</source>
        <translation>%1 bietet %3 bereits %2</translation>
    </message>
    <message>
        <source>The quality</source>
        <translation>Die Qualität</translation>
    </message>
    <message>
        <source>The perceived quality</source>
        <translation>Die wahrgenommene Qualität</translation>
    </message>
    <message>
        <source>%1 offers nothing for %2</source>
        <translation>%1 bietet nichts für %2</translation>
    </message>
    <message>
        <source>The investment</source>
        <translation>Die Investition</translation>
    </message>
    <message>
        <source>The duration must be at least one step</source>
        <translation>Die Dauer muss mindestens einen Schritt betragen</translation>
    </message>
    <message>
        <source>An event lies at time %1, after the end</source>
        <translation>Ein Ereignis liegt bei Zeitpunkt %1, nach dem Ende</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation>„%1“ ist keine Farbe der Form #RRGGBB</translation>
    </message>
    <message>
        <source>The comparison level</source>
        <translation>Das Vergleichsniveau</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>The importance</source>
        <translation>Die Wichtigkeit</translation>
    </message>
    <message>
        <source>%1 has no need for %2</source>
        <translation>%1 hat kein Bedürfnis nach %2</translation>
    </message>
    <message>
        <source>Changes at step %1</source>
        <translation>Änderungen bei Schritt %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>The duration must be at most %1 steps</source>
        <translation>Die Dauer darf höchstens %1 Schritte betragen</translation>
    </message>
</context>
<context>
    <name>powerfield::EventMarkers</name>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>powerfield::EventModel</name>
    <message numerus="yes">
        <source>%n change(s) at time %1</source>
        <translation>
            <numerusform>%n Änderung bei Zeitpunkt %1</numerusform>
            <numerusform>%n Änderungen bei Zeitpunkt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>The time must be a whole number of steps</source>
        <translation>Der Zeitpunkt muss eine ganze Zahl von Schritten sein</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldView</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Rename party</source>
        <translation>Partei umbenennen</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>Name von %1:</translation>
    </message>
    <message>
        <source>Remove the link between %1 and %2</source>
        <translation>Die Verbindung zwischen %1 und %2 entfernen</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Partei</translation>
    </message>
    <message>
        <source>%1&apos;s alternative</source>
        <translation>Alternative von %1</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Other colour...</source>
        <translation>Andere Farbe...</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>Im Feld</translation>
    </message>
    <message>
        <source>Add an outside option</source>
        <translation>Eine Außenoption hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Die Verbindung entfernen</translation>
    </message>
    <message>
        <source>Add a party here</source>
        <translation>Hier eine Partei hinzufügen</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>Zahlen zeigen</translation>
    </message>
    <message>
        <source>Show parties not in the field</source>
        <translation>Parteien außerhalb des Feldes zeigen</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>Legende zeigen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>An Fenster anpassen</translation>
    </message>
    <message>
        <source>Social field</source>
        <translation>Soziales Feld</translation>
    </message>
    <message>
        <source>Parties as nodes and their relationships as links; arrows point to the party with more power</source>
        <translation>Parteien als Knoten und ihre Beziehungen als Verbindungen; Pfeile zeigen auf die Partei mit mehr Macht</translation>
    </message>
</context>
<context>
    <name>powerfield::GlossaryDock</name>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Begriffe des Glossars</translation>
    </message>
    <message>
        <source>Explanation of the term</source>
        <translation>Erklärung des Begriffs</translation>
    </message>
    <message>
        <source>Description of the current state</source>
        <translation>Beschreibung des aktuellen Zustands</translation>
    </message>
    <message>
        <source>Who depends on whom and who holds power, in sentences, updated with every change</source>
        <translation>Wer von wem abhängt und wer Macht hat, in Sätzen, mit jeder Änderung aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Copy Description</source>
        <translation>Beschreibung &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy description</source>
        <translation>Beschreibung kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Description</source>
        <translation>&amp;Beschreibung kopieren</translation>
    </message>
    <message>
        <source>Copy the description of the current state to the clipboard, for slide notes</source>
        <translation>Die Beschreibung des aktuellen Zustands in die Zwischenablage kopieren, für Folien-Notizen</translation>
    </message>
</context>
<context>
    <name>powerfield::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <source>Use the language of the desktop (English when Powerfield does not speak it)</source>
        <translation>Die Sprache der Arbeitsumgebung verwenden (Englisch, wenn Powerfield sie nicht spricht)</translation>
    </message>
</context>
<context>
    <name>powerfield::MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty scenario</source>
        <translation>Ein leeres Szenario beginnen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Das Szenario speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the scenario under a new name</source>
        <translation>Das Szenario unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Powerfield</source>
        <translation>Powerfield beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Reset to &amp;Saved</source>
        <translation>Auf &amp;Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <source>Return to the scenario as loaded or last saved (undoable)</source>
        <translation>Zum Szenario zurückkehren, wie es geladen oder zuletzt gespeichert wurde (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Add &amp;Party</source>
        <translation>&amp;Partei hinzufügen</translation>
    </message>
    <message>
        <source>Add a party to the field</source>
        <translation>Dem Feld eine Partei hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Desire</source>
        <translation>&amp;Wunsch hinzufügen</translation>
    </message>
    <message>
        <source>Add something parties can want</source>
        <translation>Etwas hinzufügen, das Parteien wollen können</translation>
    </message>
    <message>
        <source>&amp;About Powerfield</source>
        <translation>Ü&amp;ber Powerfield</translation>
    </message>
    <message>
        <source>What Powerfield is</source>
        <translation>Was Powerfield ist</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>Bei&amp;spiele</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>powerfield::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Open the example “%1”</source>
        <translation>Das Beispiel „%1“ öffnen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Powerfield</source>
        <translation>%1[*] — Powerfield</translation>
    </message>
    <message>
        <source>Parties: %1 · Dyads: %2</source>
        <translation>Parteien: %1 · Dyaden: %2</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>Das Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>Das Beispiel kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened the example “%1”</source>
        <translation>Beispiel „%1“ geöffnet</translation>
    </message>
    <message>
        <source>New scenario: add parties and desires from the Edit menu</source>
        <translation>Neues Szenario: Parteien und Wünsche fügen Sie im Menü Bearbeiten hinzu</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Powerfield scenarios (*.powerfield.json *.json);;All files (*)</source>
        <translation>Powerfield-Szenarien (*.powerfield.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 existiert nicht mehr; die Datei wurde aus der Liste der zuletzt geöffneten entfernt.</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Powerfield scenarios (*.powerfield.json)</source>
        <translation>Powerfield-Szenarien (*.powerfield.json)</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>Das Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind. Speichern?</translation>
    </message>
    <message>
        <source>Cannot add a party</source>
        <translation>Die Partei kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot add a desire</source>
        <translation>Der Wunsch kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>About Powerfield</source>
        <translation>Über Powerfield</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Powerfield %1&lt;/h3&gt;&lt;p&gt;Makes power in relationships visible: who depends on whom, and why, after interdependence theory (Thibaut and Kelley) and Emerson&apos;s power-dependence theory.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Powerfield %1&lt;/h3&gt;&lt;p&gt;Macht Macht in Beziehungen sichtbar: wer von wem abhängt und warum, nach der Interdependenztheorie (Thibaut und Kelley) und Emersons Theorie von Macht und Abhängigkeit.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Macht im Zeitverlauf</translation>
    </message>
    <message>
        <source>Who depends on whom</source>
        <translation>Wer von wem abhängt</translation>
    </message>
    <message>
        <source>Cannot keep a recovery copy: %1</source>
        <translation>Keine Sicherungskopie möglich: %1</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved changes</source>
        <translation>Die ungespeicherten Änderungen lassen sich nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>powerfield::OptionModel</name>
    <message>
        <source>Only %1 can turn to this alternative</source>
        <translation>Nur %1 kann auf diese Alternative zurückgreifen</translation>
    </message>
    <message>
        <source>What %1 believes this alternative offers</source>
        <translation>Was %1 glaubt, dass diese Alternative bietet</translation>
    </message>
    <message>
        <source>Name / Desire</source>
        <translation>Name / Wunsch</translation>
    </message>
    <message>
        <source>Owner / Quality</source>
        <translation>Besitzer / Qualität</translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation>Wahrgenommen</translation>
    </message>
</context>
<context>
    <name>powerfield::PanelControls</name>
    <message>
        <source>How much %1 wants %2</source>
        <translation>Wie sehr %1 %2 will</translation>
    </message>
    <message>
        <source>How well %1 provides it to %2 (actual)</source>
        <translation>Wie gut %1 es %2 bietet (tatsächlich)</translation>
    </message>
    <message>
        <source>How well %1 provides it to %2</source>
        <translation>Wie gut %1 es %2 bietet</translation>
    </message>
    <message>
        <source>How well %1 believes %2 provides it</source>
        <translation>Wie gut %2 es nach Ansicht von %1 bietet</translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: none</source>
        <translation>Beste Alternative von %1: keine</translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: none yet (%2 could offer it)</source>
        <translation>Beste Alternative von %1: noch keine (%2 könnte sie bieten)</translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: %2</source>
        <translation>Beste Alternative von %1: %2</translation>
    </message>
    <message>
        <source>Add an outside option for %1</source>
        <translation>Eine Außenoption für %1 hinzufügen</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Investitionen</translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2</source>
        <translation>Investition von %1 in %2</translation>
    </message>
    <message>
        <source>%1 gives up other partners for %2 (exclusive)</source>
        <translation>%1 gibt andere Partner für %2 auf (exklusiv)</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>%1&apos;s comparison level (CL)</source>
        <translation>Vergleichsniveau von %1 (CL)</translation>
    </message>
    <message>
        <source>What %1 wants</source>
        <translation>Was %1 will</translation>
    </message>
    <message>
        <source>%1 wants nothing yet.</source>
        <translation>%1 will noch nichts.</translation>
    </message>
</context>
<context>
    <name>powerfield::PartyBars</name>
    <message>
        <source>%1 depends on %2: %3; %2 depends on %1: %4.</source>
        <translation>%1 hängt von %2 ab: %3; %2 hängt von %1 ab: %4.</translation>
    </message>
    <message>
        <source>Dependences of %1</source>
        <translation>Abhängigkeiten von %1</translation>
    </message>
    <message>
        <source>%1 has no partners at this time.</source>
        <translation>%1 hat derzeit keine Partner.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 braucht %2</translation>
    </message>
</context>
<context>
    <name>powerfield::PartyTreeModel</name>
    <message>
        <source>What %1 expects from a relationship</source>
        <translation>Was %1 von einer Beziehung erwartet</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>Im Feld</translation>
    </message>
    <message>
        <source>Outside the field until an event brings it in</source>
        <translation>Außerhalb des Feldes, bis ein Ereignis die Partei hereinholt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>How much %1 wants %2, from 0 to 1</source>
        <translation>Wie sehr %1 %2 will, von 0 bis 1</translation>
    </message>
    <message>
        <source>Name / Desire</source>
        <translation>Name / Wunsch</translation>
    </message>
    <message>
        <source>Kind / Importance</source>
        <translation>Art / Wichtigkeit</translation>
    </message>
    <message>
        <source>Comparison level</source>
        <translation>Vergleichsniveau</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>“%1” is not a kind of party (person, group, organization or country)</source>
        <translation>„%1“ ist keine Art von Partei (person, group, organization oder country)</translation>
    </message>
</context>
<context>
    <name>powerfield::PowerChart</name>
    <message>
        <source>time (steps)</source>
        <translation>Zeit (Schritte)</translation>
    </message>
    <message>
        <source>Relative power: + %1, − %2</source>
        <translation>Relative Macht: + %1, − %2</translation>
    </message>
    <message>
        <source>%1: dependence on %2</source>
        <translation>%1: Abhängigkeit von %2</translation>
    </message>
    <message>
        <source>%1: commitment</source>
        <translation>%1: Bindung</translation>
    </message>
    <message>
        <source>%1: predicted cooperation</source>
        <translation>%1: vorhergesagte Kooperation</translation>
    </message>
    <message>
        <source>▲ %1 holds more power</source>
        <translation>▲ %1 hat mehr Macht</translation>
    </message>
    <message>
        <source>▼ %1 holds more power</source>
        <translation>▼ %1 hat mehr Macht</translation>
    </message>
    <message>
        <source>%1 ◀ power ▶ %2</source>
        <translation>%1 ◀ Macht ▶ %2</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0 bis 1</translation>
    </message>
    <message>
        <source>Power over time: %1 and %2</source>
        <translation>Macht im Zeitverlauf: %1 und %2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>relative power of the first named</source>
        <translation>relative Macht der zuerst genannten Partei</translation>
    </message>
    <message>
        <source>Power over time: every dyad</source>
        <translation>Macht im Zeitverlauf: alle Dyaden</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>%1 vs %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 and %2 are not a dyad at this step</source>
        <translation>%1 und %2 bilden bei diesem Schritt keine Dyade</translation>
    </message>
    <message>
        <source>Relative power of %1: %2</source>
        <translation>Relative Macht von %1: %2</translation>
    </message>
    <message>
        <source>Dependence of %1 on %2: %3</source>
        <translation>Abhängigkeit von %1 von %2: %3</translation>
    </message>
    <message>
        <source>Commitment: %1 %2, %3 %4</source>
        <translation>Bindung: %1 %2, %3 %4</translation>
    </message>
    <message>
        <source>Predicted cooperation: %1 %2%, %3 %4%</source>
        <translation>Vorhergesagte Kooperation: %1 %2 %, %3 %4 %</translation>
    </message>
</context>
<context>
    <name>powerfield::PowerPlot</name>
    <message>
        <source>All dyads</source>
        <translation>Alle Dyaden</translation>
    </message>
    <message>
        <source>Show the relative power of every dyad instead of the selected one</source>
        <translation>Die relative Macht jeder Dyade statt nur der ausgewählten zeigen</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Macht im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>powerfield::ProvisionModel</name>
    <message>
        <source>What %1 believes it gets</source>
        <translation>Was %1 zu bekommen glaubt</translation>
    </message>
    <message>
        <source>%1 believes the quality as it is</source>
        <translation>%1 sieht die Qualität, wie sie ist</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Wunsch</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation>Wahrgenommen</translation>
    </message>
</context>
<context>
    <name>powerfield::QuadrantChart</name>
    <message>
        <source>Quadrant of %1</source>
        <translation>Quadrant von %1</translation>
    </message>
</context>
<context>
    <name>powerfield::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>powerfield::RecordTreeModel</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>powerfield::ScenarioTree</name>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parteien</translation>
    </message>
    <message>
        <source>&amp;Desires</source>
        <translation>&amp;Wünsche</translation>
    </message>
    <message>
        <source>P&amp;rovisions</source>
        <translation>&amp;Leistungen</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Optionen</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>The parties of the field, each with the desires it has and how much it wants them</source>
        <translation>Die Parteien des Feldes, jede mit ihren Wünschen und wie sehr sie sie will</translation>
    </message>
    <message>
        <source>What the parties want: company, money, status, safety, advice</source>
        <translation>Was die Parteien wollen: Gesellschaft, Geld, Ansehen, Sicherheit, Rat</translation>
    </message>
    <message>
        <source>Who provides what to whom, and how well (and how well the receiver believes)</source>
        <translation>Wer wem was bietet und wie gut (und wie gut der Empfänger es einschätzt)</translation>
    </message>
    <message>
        <source>Alternatives outside the field that only their owner can use</source>
        <translation>Alternativen außerhalb des Feldes, die nur ihr Besitzer nutzen kann</translation>
    </message>
    <message>
        <source>The story: changes at points of the timeline</source>
        <translation>Die Geschichte: Änderungen an Punkten der Zeitachse</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Partei %1</translation>
    </message>
    <message>
        <source>Desire %1</source>
        <translation>Wunsch %1</translation>
    </message>
</context>
<context>
    <name>powerfield::ShortcutsHelp</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>powerfield::SweepPlot</name>
    <message>
        <source>Sweep of one value</source>
        <translation>Ein Wert über seinen ganzen Bereich</translation>
    </message>
    <message>
        <source>power, dependence</source>
        <translation>Macht, Abhängigkeit</translation>
    </message>
    <message>
        <source>Pick a value in the panel or the tree to see power across its range</source>
        <translation>Wählen Sie einen Wert im Bereich oder im Baum, um die Macht über seinen ganzen Bereich zu sehen</translation>
    </message>
    <message>
        <source>Relative power: + %1, − %2</source>
        <translation>Relative Macht: + %1, − %2</translation>
    </message>
    <message>
        <source>%1: dependence on %2</source>
        <translation>%1: Abhängigkeit von %2</translation>
    </message>
    <message>
        <source> now: %1</source>
        <translation> jetzt: %1</translation>
    </message>
    <message>
        <source>balanced at %1</source>
        <translation>ausgeglichen bei %1</translation>
    </message>
</context>
<context>
    <name>powerfield::TimeControls</name>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Nächstes Ereignis</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Vorheriges Ereignis</translation>
    </message>
    <message>
        <source>Reset to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Abspielgeschwindigkeit</translation>
    </message>
    <message>
        <source>How fast Play moves from one event to the next</source>
        <translation>Wie schnell Abspielen von einem Ereignis zum nächsten geht</translation>
    </message>
    <message>
        <source>Caption of the current event</source>
        <translation>Beschriftung des aktuellen Ereignisses</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Aktuelle Zeit</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source> (since step %1)</source>
        <translation> (seit Schritt %1)</translation>
    </message>
</context>
</TS>
