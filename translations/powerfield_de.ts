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
    <name>ChangeText</name>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 wird zu %2</translation>
    </message>
    <message>
        <source>%1 becomes active</source>
        <translation>%1 wird aktiv</translation>
    </message>
    <message>
        <source>%1 becomes inactive</source>
        <translation>%1 wird inaktiv</translation>
    </message>
    <message>
        <source>%1 moves on the field</source>
        <translation>%1 bewegt sich im Feld</translation>
    </message>
    <message>
        <source>%1: investment in %2 becomes exclusive</source>
        <translation>%1: Die Investition in %2 wird exklusiv</translation>
    </message>
    <message>
        <source>%1: investment in %2 stops being exclusive</source>
        <translation>%1: Die Investition in %2 ist nicht mehr exklusiv</translation>
    </message>
    <message>
        <source>%1 is added</source>
        <translation>%1 kommt hinzu</translation>
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
    <message>
        <source>
Pictures:
  powerfield --export OUT.png|svg|pdf --view VIEW FILE [options]
  --view VIEW     field, panel, plot, window (the main views side by side, as on
                  screen) or slide (title, caption, field with legend, plot below)
  --dyad A,B      the dyad the panel and plot show (default: the saved one, else
                  the most imbalanced)
  --size WxH      the picture&apos;s size in logical pixels (default 1600x900). The
                  layout follows its shape: 1920x1080 gives a 16:9 slide,
                  1024x768 a 4:3 one
  --scale S       1 to 4: PNG pixels per logical pixel (1920x1080 at 2 is 3840x2160)
  --theme THEME   print (white, the default), projector (dark, heavy lines) or
                  transparent (for slides with their own background)
  --presentation  large type and thick lines, for the back row
  --layout        run the automatic layout to rest before drawing
SVG and PDF keep the text as text.
</source>
        <translation>
Bilder:
  powerfield --export AUSGABE.png|svg|pdf --view ANSICHT DATEI [Optionen]
  --view ANSICHT  field, panel, plot, window (die Hauptansichten nebeneinander,
                  wie auf dem Bildschirm) oder slide (Titel, Beschriftung, Feld
                  mit Legende, Diagramm darunter)
  --dyad A,B      die im Abhängigkeitsbereich und im Diagramm gezeigte Dyade
                  (Standard: die gespeicherte, sonst die unausgeglichenste)
  --size WxH      Größe des Bildes in logischen Pixeln (Standard 1600x900). Die
                  Aufteilung folgt seiner Form: 1920x1080 ergibt eine
                  16:9-Folie, 1024x768 eine 4:3-Folie
  --scale S       1 bis 4: PNG-Pixel je logischem Pixel (1920x1080 mit 2 ergibt
                  3840x2160)
  --theme THEMA   print (weiß, Standard), projector (dunkel, kräftige Linien)
                  oder transparent (für Folien mit eigenem Hintergrund)
  --presentation  große Schrift und dicke Linien, für die letzte Reihe
  --layout        vor dem Zeichnen die automatische Anordnung laufen lassen,
                  bis sie zur Ruhe kommt
SVG und PDF behalten den Text als Text.
</translation>
    </message>
    <message>
        <source>
The window:
  powerfield --example NAME                           open the window on a built-in example
  powerfield --presentation [FILE | --example NAME]   open it in presentation mode, full
                                                      screen (Esc leaves)
</source>
        <translation>
Das Fenster:
  powerfield --example NAME                         öffnet das Fenster mit einem eingebauten Beispiel
  powerfield --presentation [DATEI | --example NAME] öffnet es im Präsentationsmodus, als
                                                    Vollbild (Esc beendet ihn)
</translation>
    </message>
    <message>
        <source>--list-examples takes no FILE</source>
        <translation>--list-examples nimmt keine DATEI</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>%1 does not go with %2</source>
        <translation>%1 passt nicht zu %2</translation>
    </message>
    <message>
        <source>the FILE name is empty</source>
        <translation>der Name der DATEI ist leer</translation>
    </message>
    <message>
        <source>--dyad: the file has no party with the id &apos;%1&apos;</source>
        <translation>--dyad: die Datei hat keine Partei mit der Kennung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dyad: %1 and %2 form no dyad at time %3 (neither depends on the other then)</source>
        <translation>--dyad: %1 und %2 bilden zum Zeitpunkt %3 keine Dyade (keine Seite hängt dann von der anderen ab)</translation>
    </message>
    <message>
        <source>--dyad: %1 and %2 form no dyad at any time</source>
        <translation>--dyad: %1 und %2 bilden zu keinem Zeitpunkt eine Dyade</translation>
    </message>
    <message>
        <source>--%1 goes with --export; the window takes FILE or --example NAME, and --presentation</source>
        <translation>--%1 gehört zu --export; das Fenster nimmt DATEI oder --example NAME, und --presentation</translation>
    </message>
    <message>
        <source>give at most one file to open</source>
        <translation>höchstens eine Datei zum Öffnen angeben</translation>
    </message>
    <message>
        <source>  powerfield --class-session [--port P] [--listen ADDRESS] [FILE | --example NAME]
                  open it with a class session running: students join from their
                  browsers; prints the join address and the room code, one a line
                  (port 8080 or the next free one, 0 for any; all networks unless
                  --listen names one address)
</source>
        <translation>  powerfield --class-session [--port P] [--listen ADRESSE] [DATEI | --example NAME]
                  öffnet es mit laufender Klassensitzung: Schüler treten über ihren
                  Browser bei; gibt Beitrittsadresse und Raumcode aus, je eine Zeile
                  (Port 8080 oder der nächste freie, 0 für irgendeinen; alle Netze,
                  außer --listen nennt eine Adresse)
</translation>
    </message>
    <message>
        <source>--%1 goes with --class-session</source>
        <translation>--%1 gehört zu --class-session</translation>
    </message>
    <message>
        <source>--port takes a number from 0 (any free port) to 65535</source>
        <translation>--port nimmt eine Zahl von 0 (irgendein freier Port) bis 65535</translation>
    </message>
    <message>
        <source>--listen takes an IP address such as 192.168.1.20, not &apos;%1&apos;</source>
        <translation>--listen nimmt eine IP-Adresse wie 192.168.1.20, nicht „%1“</translation>
    </message>
    <message>
        <source>powerfield: the class session could not start: %1</source>
        <translation>powerfield: die Klassensitzung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>%1 needs --%2, a whole number from %3 to %4</source>
        <translation>%1 braucht --%2, eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed muss eine ganze Zahl von 0 bis 4294967295 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--log and --summary name the same file</source>
        <translation>--log und --summary nennen dieselbe Datei</translation>
    </message>
    <message>
        <source>%1 takes no FILE</source>
        <translation>%1 nimmt keine DATEI</translation>
    </message>
    <message>
        <source>--%1 goes with %2</source>
        <translation>--%1 gehört zu %2</translation>
    </message>
    <message>
        <source>
The trust game (a simulated class, no display):
  powerfield --simulate-trust-game --students N --rounds R [--seed S]
             [--log LOG.csv] [--summary SUMMARY.csv]
                  N students (1 to 10000) play R rounds (1 to 1000), paired anew each
                  round; each cooperates with the published rate of their role. The
                  same seed (default 1) plays the same game. --log writes every
                  choice, --summary the rates by condition and role with 95 % Wilson
                  intervals and prints whether the class reproduced the published
                  ordering; without --summary the summary goes to standard output
</source>
        <translation>
Das Vertrauensspiel (eine simulierte Klasse, ohne Bildschirm):
  powerfield --simulate-trust-game --students N --rounds R [--seed S]
             [--log LOG.csv] [--summary SUMMARY.csv]
                  N Studierende (1 bis 10000) spielen R Runden (1 bis 1000), jede
                  Runde neu gepaart; jede Person kooperiert mit der veröffentlichten
                  Rate ihrer Rolle. Derselbe Startwert (Vorgabe 1) spielt dasselbe
                  Spiel. --log schreibt jede Entscheidung, --summary die Raten nach
                  Bedingung und Rolle mit 95-%-Wilson-Intervallen und gibt aus, ob
                  die Klasse die veröffentlichte Reihenfolge wiedergefunden hat; ohne
                  --summary geht die Zusammenfassung auf die Standardausgabe
</translation>
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
    <message>
        <source>Pin %1 in place</source>
        <translation>Position von %1 fixieren</translation>
    </message>
    <message>
        <source>Release %1 from its place</source>
        <translation>Position von %1 freigeben</translation>
    </message>
    <message>
        <source>Change the scenario&apos;s properties</source>
        <translation>Eigenschaften des Szenarios ändern</translation>
    </message>
    <message>
        <source>Add %1, wanted by %2</source>
        <translation>%1 hinzufügen, gewünscht von %2</translation>
    </message>
    <message>
        <source>%1 wants %2</source>
        <translation>%1 will %2</translation>
    </message>
    <message>
        <source>Add %1, which %2 wants</source>
        <translation>%1 hinzufügen, was %2 sich wünscht</translation>
    </message>
</context>
<context>
    <name>ContextHelp</name>
    <message>
        <source>&amp;Help on This View</source>
        <translation>&amp;Hilfe zu dieser Ansicht</translation>
    </message>
    <message>
        <source>What the view with the keyboard focus shows and how to use it</source>
        <translation>Was die Ansicht mit dem Tastaturfokus zeigt und wie man sie benutzt</translation>
    </message>
</context>
<context>
    <name>DependencePanel</name>
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
    <message>
        <source>%1 must lie between -%2 and %2</source>
        <translation>%1 muss zwischen -%2 und %2 liegen</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Ein Name</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>An id</source>
        <translation>Eine ID</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>Die Bezeichnung</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>Die Beschriftung</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>The 1970s marriage</source>
        <translation>Die Ehe in den 1970ern</translation>
    </message>
    <message>
        <source>In 1970 Linda depends on her husband Frank for money, security and her place in society, and leaving him looks like ruin. Over the decade the pill, college, a paid job and a divorce that is no longer shameful give her real alternatives. Power in the marriage moves toward balance, and the couple renegotiates.</source>
        <translation>1970 hängt Linda von ihrem Mann Frank ab: für Geld, Sicherheit und ihren Platz in der Gesellschaft, und ihn zu verlassen sieht nach dem Ruin aus. Im Laufe des Jahrzehnts geben ihr die Pille, das Studium, eine bezahlte Arbeit und eine Scheidung, die keine Schande mehr ist, echte Alternativen. Die Macht in der Ehe rückt zum Gleichgewicht hin, und das Paar handelt seine Ehe neu aus.</translation>
    </message>
    <message>
        <source>Learning goal: a partner gains power without anything changing inside the marriage, simply because her alternatives outside it improve, and beliefs about alternatives count as much as the alternatives themselves.

What to try:
- Step through the decade and watch Linda&apos;s dependence on Frank shrink while his on her stays put until the divorce laws change.
- At t=2, switch to the actual lens: the career she plans is mostly imagined, yet under the perceived lens it already lowers her dependence.
- At t=8, remove the job (make the employer inactive) and see how much of the shift it carried.
- At t=10, the outcome Frank gives her is higher than at the start: ask why a more powerful partner might get a better deal.

What the model does not claim: this is one stylized couple, not a history of all marriages; husbands gained alternatives too, and many couples changed for reasons of love and conviction rather than bargaining power. The numbers are chosen to make the shift visible.</source>
        <translation>Lernziel: Eine Partnerin gewinnt an Macht, ohne dass sich in der Ehe etwas ändert, einfach weil sich ihre Alternativen außerhalb verbessern, und Überzeugungen über Alternativen zählen ebenso viel wie die Alternativen selbst.

Was Sie ausprobieren können:
- Gehen Sie durch das Jahrzehnt und beobachten Sie, wie Lindas Abhängigkeit von Frank schrumpft, während seine von ihr gleich bleibt, bis sich das Scheidungsrecht ändert.
- Schalten Sie bei t=2 auf die tatsächliche Sicht: Die Karriere, die sie plant, ist größtenteils eingebildet, doch in der wahrgenommenen Sicht senkt sie ihre Abhängigkeit bereits.
- Nehmen Sie bei t=8 die Arbeitsstelle weg (machen Sie den Arbeitgeber inaktiv) und sehen Sie, wie viel von der Verschiebung sie getragen hat.
- Bei t=10 ist das Ergebnis, das Frank ihr bietet, höher als am Anfang: Fragen Sie, warum eine mächtigere Partnerin ein besseres Geschäft machen könnte.

Was das Modell nicht behauptet: Dies ist ein stilisiertes Paar, keine Geschichte aller Ehen; auch Ehemänner haben Alternativen hinzugewonnen, und viele Paare haben sich aus Liebe und Überzeugung verändert, nicht wegen ihrer Verhandlungsmacht. Die Zahlen sind so gewählt, dass die Verschiebung sichtbar wird.</translation>
    </message>
    <message>
        <source>Money and security</source>
        <translation>Geld und Sicherheit</translation>
    </message>
    <message>
        <source>Social standing</source>
        <translation>Gesellschaftliches Ansehen</translation>
    </message>
    <message>
        <source>Affection and company</source>
        <translation>Zuneigung und Gesellschaft</translation>
    </message>
    <message>
        <source>A cared-for home</source>
        <translation>Ein gepflegtes Zuhause</translation>
    </message>
    <message>
        <source>Frank (husband)</source>
        <translation>Frank (Ehemann)</translation>
    </message>
    <message>
        <source>Linda (wife)</source>
        <translation>Linda (Ehefrau)</translation>
    </message>
    <message>
        <source>Her employer</source>
        <translation>Ihr Arbeitgeber</translation>
    </message>
    <message>
        <source>Life as a divorced woman</source>
        <translation>Das Leben als geschiedene Frau</translation>
    </message>
    <message>
        <source>A career of her own</source>
        <translation>Eine eigene Karriere</translation>
    </message>
    <message>
        <source>Finding another wife</source>
        <translation>Eine andere Frau finden</translation>
    </message>
    <message>
        <source>1970: few ways out</source>
        <translation>1970: wenige Auswege</translation>
    </message>
    <message>
        <source>Linda needs Frank&apos;s income and the standing of a married woman, and life after a divorce looks bleak. She depends on him far more than he on her: he holds the power.</source>
        <translation>Linda braucht Franks Einkommen und das Ansehen einer verheirateten Frau, und das Leben nach einer Scheidung sieht trostlos aus. Sie hängt weit mehr von ihm ab als er von ihr: Er hat die Macht.</translation>
    </message>
    <message>
        <source>The pill</source>
        <translation>Die Pille</translation>
    </message>
    <message>
        <source>Reliable contraception lets Linda plan a career instead of waiting for children. The career exists mostly in her head so far (she rates it 0.5, it would pay 0.2), but the belief alone lowers her dependence.</source>
        <translation>Sichere Verhütung erlaubt Linda, eine Karriere zu planen, statt auf Kinder zu warten. Die Karriere existiert bisher vor allem in ihrem Kopf (sie schätzt sie auf 0,5, sie brächte 0,2), doch schon die Überzeugung senkt ihre Abhängigkeit.</translation>
    </message>
    <message>
        <source>Back to college</source>
        <translation>Zurück an die Hochschule</translation>
    </message>
    <message>
        <source>A degree brings the career within reach (she still rates it a little above what it would pay) and raises what Linda expects from life: her comparison level climbs from 0.6 to 0.8. Frank&apos;s marriage now falls short of it, yet she stays, because her alternatives are still worse: she is trapped.</source>
        <translation>Ein Abschluss rückt die Karriere in Reichweite (sie schätzt sie noch etwas höher ein, als sie einbrächte) und hebt, was Linda vom Leben erwartet: Ihr Vergleichsniveau steigt von 0,6 auf 0,8. Franks Ehe bleibt nun dahinter zurück, und doch bleibt sie, weil ihre Alternativen noch schlechter sind: Sie ist gefangen.</translation>
    </message>
    <message>
        <source>She takes a job</source>
        <translation>Sie nimmt eine Stelle an</translation>
    </message>
    <message>
        <source>An employer now pays Linda (0.6) and gives her a standing of her own. A real income cuts her dependence on Frank again, from 0.33 to 0.26.</source>
        <translation>Ein Arbeitgeber bezahlt Linda jetzt (0,6) und gibt ihr ein eigenes Ansehen. Ein echtes Einkommen senkt ihre Abhängigkeit von Frank erneut, von 0,33 auf 0,26.</translation>
    </message>
    <message>
        <source>No-fault divorce</source>
        <translation>Scheidung ohne Schuldfrage</translation>
    </message>
    <message>
        <source>Divorce no longer needs a guilty party and stops being a disgrace, and remarriage becomes thinkable for her. For Frank, a new wife who keeps house for nothing is no longer a given. The power gap closes and even tips a little toward Linda.</source>
        <translation>Eine Scheidung braucht keinen Schuldigen mehr und ist keine Schande mehr, und eine neue Ehe wird für sie denkbar. Für Frank ist eine neue Frau, die ihm umsonst den Haushalt führt, nicht mehr selbstverständlich. Das Machtgefälle schließt sich und kippt sogar ein wenig zu Linda hin.</translation>
    </message>
    <message>
        <source>A new deal at home</source>
        <translation>Eine neue Abmachung zu Hause</translation>
    </message>
    <message>
        <source>Frank, who now needs the marriage more than Linda does, gives more: more affection and an equal say. Her outcome rises above what she expects, she is no longer trapped, and they need each other about equally (0.29 and 0.33).</source>
        <translation>Frank, der die Ehe jetzt mehr braucht als Linda, gibt mehr: mehr Zuneigung und gleiches Mitspracherecht. Ihr Ergebnis steigt über das, was sie erwartet, sie ist nicht mehr gefangen, und sie brauchen einander etwa gleich stark (0,29 und 0,33).</translation>
    </message>
    <message>
        <source>Abe and Mary</source>
        <translation>Abe und Mary</translation>
    </message>
    <message>
        <source>Mary has just moved to town and knows nobody but Abe; he has old friends to fall back on, so he holds the power. Friends at work give Mary a way out of her lonely evenings, then Abe grows fond of her. They commit, invest and finally give up other partners, and end up needing each other a great deal, and about equally.</source>
        <translation>Mary ist gerade in die Stadt gezogen und kennt niemanden außer Abe; er hat alte Freunde, auf die er zurückgreifen kann, also hat er die Macht. Freunde bei der Arbeit geben Mary einen Ausweg aus ihren einsamen Abenden, dann gewinnt Abe sie lieb. Sie binden sich, investieren, geben schließlich andere Partner auf und brauchen einander am Ende sehr, und zwar etwa gleich stark.</translation>
    </message>
    <message>
        <source>Learning goal: power lives in the relationship, not in the person. Whoever wants the relationship less, or has better alternatives, holds more of it, and the balance moves when needs or alternatives move.

What to try:
- Step through the story with Space and watch the beam of the balance meter.
- At t=0, drag the quality of Mary&apos;s evenings at home upwards: how good must her alternative be before Abe loses his edge?
- At t=6, switch the lens to actual. Abe sees Mary&apos;s company through rosy glasses (0.8 where it is 0.5); under the actual lens his dependence is 0.20, the same as Mary&apos;s, and the beam levels.
- Compare t=8 and t=10: investing raises commitment, but only giving up alternatives makes the two strongly dependent on each other.

What the model does not claim: the numbers are a teaching sketch, not measurements of real people. Dependence is not a fault and power here is not bad intent; the model says nothing about love, fairness or who ought to change.</source>
        <translation>Lernziel: Macht steckt in der Beziehung, nicht in der Person. Wer die Beziehung weniger will oder bessere Alternativen hat, hat mehr davon, und das Gleichgewicht verschiebt sich, wenn sich Bedürfnisse oder Alternativen verschieben.

Was Sie ausprobieren können:
- Gehen Sie mit der Leertaste durch die Geschichte und beobachten Sie den Balken der Machtwaage.
- Ziehen Sie bei t=0 die Qualität von Marys Abenden zu Hause nach oben: Wie gut muss ihre Alternative sein, bevor Abe seinen Vorsprung verliert?
- Schalten Sie bei t=6 auf die tatsächliche Sicht um. Abe sieht Marys Gesellschaft durch die rosarote Brille (0,8, wo sie 0,5 ist); in der tatsächlichen Sicht beträgt seine Abhängigkeit 0,20, genauso viel wie Marys, und der Balken steht waagerecht.
- Vergleichen Sie t=8 und t=10: Investieren stärkt die Bindung, aber erst der Verzicht auf Alternativen macht die beiden stark voneinander abhängig.

Was das Modell nicht behauptet: Die Zahlen sind eine Skizze für den Unterricht, keine Messungen an echten Menschen. Abhängigkeit ist kein Fehler, und Macht bedeutet hier keine böse Absicht; das Modell sagt nichts über Liebe, Fairness oder darüber, wer sich ändern sollte.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Gesellschaft</translation>
    </message>
    <message>
        <source>A shared future</source>
        <translation>Eine gemeinsame Zukunft</translation>
    </message>
    <message>
        <source>Abe</source>
        <translation>Abe</translation>
    </message>
    <message>
        <source>Mary</source>
        <translation>Mary</translation>
    </message>
    <message>
        <source>Mary&apos;s coworkers</source>
        <translation>Marys Kollegen</translation>
    </message>
    <message>
        <source>Other singles in town</source>
        <translation>Andere Singles in der Stadt</translation>
    </message>
    <message>
        <source>Evenings at home</source>
        <translation>Abende zu Hause</translation>
    </message>
    <message>
        <source>Abe&apos;s old friends</source>
        <translation>Abes alte Freunde</translation>
    </message>
    <message>
        <source>Mary is new in town</source>
        <translation>Mary ist neu in der Stadt</translation>
    </message>
    <message>
        <source>Mary wants company badly and her only other choice is an evening at home, while Abe still has his old friends. She depends on him (0.70) and he hardly on her (0.00): Abe holds the power.</source>
        <translation>Mary wünscht sich dringend Gesellschaft, und ihre einzige andere Wahl ist ein Abend zu Hause, während Abe noch seine alten Freunde hat. Sie hängt von ihm ab (0,70) und er kaum von ihr (0,00): Abe hat die Macht.</translation>
    </message>
    <message>
        <source>Mary makes friends at work</source>
        <translation>Mary findet Freunde bei der Arbeit</translation>
    </message>
    <message>
        <source>Her coworkers now offer company (0.60) almost as good as Abe&apos;s (0.80). Mary&apos;s dependence on Abe falls from 0.70 to 0.20, and so does his power over her.</source>
        <translation>Ihre Kollegen bieten jetzt Gesellschaft (0,60), fast so gut wie die von Abe (0,80). Marys Abhängigkeit von Abe fällt von 0,70 auf 0,20, und mit ihr seine Macht über sie.</translation>
    </message>
    <message>
        <source>Abe grows fond of Mary</source>
        <translation>Abe gewinnt Mary lieb</translation>
    </message>
    <message>
        <source>Abe now wants company much more (0.9), rates Mary&apos;s company higher than an outsider would (0.8 instead of 0.5), and his old friends matter less to him. The beam tips the other way: now Abe needs Mary more than she needs him.</source>
        <translation>Abe wünscht sich jetzt viel mehr Gesellschaft (0,9), schätzt Marys Gesellschaft höher ein, als ein Außenstehender es täte (0,8 statt 0,5), und seine alten Freunde bedeuten ihm weniger. Der Balken kippt zur anderen Seite: Jetzt braucht Abe Mary mehr als sie ihn.</translation>
    </message>
    <message>
        <source>They commit and invest</source>
        <translation>Sie binden sich und investieren</translation>
    </message>
    <message>
        <source>Both start to want a future together and put time and shared plans into it (0.6 each). Other singles in town could still offer a future, so their commitment rises while their dependence on each other barely moves.</source>
        <translation>Beide beginnen, sich eine gemeinsame Zukunft zu wünschen, und stecken Zeit und gemeinsame Pläne hinein (je 0,6). Andere Singles in der Stadt könnten noch eine Zukunft bieten, daher steigt ihre Bindung, während sich ihre Abhängigkeit voneinander kaum bewegt.</translation>
    </message>
    <message>
        <source>Forsaking all others</source>
        <translation>Alle anderen aufgeben</translation>
    </message>
    <message>
        <source>They agree to give up other partners: Mary no longer counts her coworkers or other singles as substitutes for Abe, and Abe lets his old Friday nights go. Each now depends on the other strongly (0.79) and equally, so neither holds power over the other.</source>
        <translation>Sie vereinbaren, auf andere Partner zu verzichten: Mary zählt ihre Kollegen und andere Singles nicht mehr als Ersatz für Abe, und Abe gibt seine alten Freitagabende auf. Jetzt hängt jeder stark (0,79) und gleich stark vom anderen ab, sodass keiner Macht über den anderen hat.</translation>
    </message>
    <message>
        <source>Staying in a bad relationship</source>
        <translation>In einer schlechten Beziehung bleiben</translation>
    </message>
    <message>
        <source>Jo is unhappy with Mark: he gives her a roof but little warmth, and she does not feel safe. Yet she stays, because leaving with nowhere to go looks even worse, and years of shared life and children are at stake. A friend&apos;s offer and a support group change what she believes she can do.</source>
        <translation>Jo ist mit Mark unglücklich: Er gibt ihr ein Dach über dem Kopf, aber wenig Wärme, und sie fühlt sich nicht sicher. Trotzdem bleibt sie, weil zu gehen, ohne zu wissen wohin, noch schlimmer aussieht, und weil Jahre gemeinsamen Lebens und Kinder auf dem Spiel stehen. Das Angebot einer Freundin und eine Selbsthilfegruppe verändern, was sie sich zutraut.</translation>
    </message>
    <message>
        <source>Learning goal: satisfaction and staying are different questions. Jo compares what she gets with what she expects (her comparison level) to judge the relationship, but with her best alternative to decide whether to stay. When the outcome is below the first and above the second, she is trapped: unhappy and still staying. Investments add to commitment even then.

What to try:
- At t=0, find Jo in the quadrant view: below her comparison level, above her alternatives.
- At t=3, switch between the perceived and actual lens: the friend&apos;s offer is better than Jo dares to believe.
- At t=5, the actual lens shows that nothing changed when Mark promised to change; only her belief did.
- Drag Jo&apos;s investment to 0 at t=0 and watch her commitment drop, while the quadrant stays the same.

What the model does not claim: it does not say why anyone should stay or go, nor that the person who stays is to blame. Real abuse involves fear, danger at the time of leaving, money and children in ways that a few numbers cannot hold. If this story is close to home, talk to someone you trust or a local support service.</source>
        <translation>Lernziel: Zufriedenheit und Bleiben sind verschiedene Fragen. Jo vergleicht, was sie bekommt, mit dem, was sie erwartet (ihrem Vergleichsniveau), um die Beziehung zu beurteilen, aber mit ihrer besten Alternative, um zu entscheiden, ob sie bleibt. Liegt das Ergebnis unter dem ersten und über dem zweiten, ist sie gefangen: unglücklich und trotzdem da. Investitionen stärken die Bindung selbst dann.

Was Sie ausprobieren können:
- Suchen Sie Jo bei t=0 im Quadrantendiagramm: unter ihrem Vergleichsniveau, über ihren Alternativen.
- Wechseln Sie bei t=3 zwischen wahrgenommener und tatsächlicher Sicht: Das Angebot der Freundin ist besser, als Jo zu glauben wagt.
- Bei t=5 zeigt die tatsächliche Sicht, dass sich nichts geändert hat, als Mark versprach, sich zu ändern; nur ihre Überzeugung hat sich geändert.
- Ziehen Sie Jos Investition bei t=0 auf 0 und beobachten Sie, wie ihre Bindung sinkt, während der Quadrant derselbe bleibt.

Was das Modell nicht behauptet: Es sagt nicht, warum jemand bleiben oder gehen sollte, und auch nicht, dass die Person, die bleibt, schuld ist. Echte Gewalt bringt Angst, Gefahr im Moment des Gehens, Geld und Kinder auf eine Weise ins Spiel, die ein paar Zahlen nicht fassen können. Wenn Ihnen diese Geschichte nahegeht, sprechen Sie mit jemandem, dem Sie vertrauen, oder mit einer Beratungsstelle vor Ort.</translation>
    </message>
    <message>
        <source>A roof and money</source>
        <translation>Ein Dach und Geld</translation>
    </message>
    <message>
        <source>Safety from harm</source>
        <translation>Schutz vor Gewalt</translation>
    </message>
    <message>
        <source>Warmth and company</source>
        <translation>Wärme und Gesellschaft</translation>
    </message>
    <message>
        <source>Care at home</source>
        <translation>Fürsorge zu Hause</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Jo</source>
        <translation>Jo</translation>
    </message>
    <message>
        <source>Lena, an old friend</source>
        <translation>Lena, eine alte Freundin</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>Leaving with nowhere to go</source>
        <translation>Gehen, ohne zu wissen wohin</translation>
    </message>
    <message>
        <source>Mark&apos;s mother and his mates</source>
        <translation>Marks Mutter und seine Kumpel</translation>
    </message>
    <message>
        <source>Why does she stay?</source>
        <translation>Warum bleibt sie?</translation>
    </message>
    <message>
        <source>What Jo gets from Mark is well below what she expects from a partner, yet more than she believes she would have on her own. She is trapped: she depends on him (0.44) far more than he on her (0.16), and her investments keep her committed all the same.</source>
        <translation>Was Jo von Mark bekommt, liegt weit unter dem, was sie von einem Partner erwartet, und doch über dem, was sie allein zu haben glaubt. Sie ist gefangen: Sie hängt viel stärker von ihm ab (0,44) als er von ihr (0,16), und ihre Investitionen halten sie trotzdem gebunden.</translation>
    </message>
    <message>
        <source>A friend offers a room</source>
        <translation>Eine Freundin bietet ein Zimmer an</translation>
    </message>
    <message>
        <source>Lena offers Jo a room and her company. Jo doubts the room is really meant (she rates it 0.2, it is worth 0.6), so under her own beliefs she is still trapped; under the actual lens she already is not.</source>
        <translation>Lena bietet Jo ein Zimmer und ihre Gesellschaft an. Jo bezweifelt, dass das Zimmer ernst gemeint ist (sie schätzt es auf 0,2, es ist 0,6 wert), also ist sie nach ihren eigenen Überzeugungen noch gefangen; in der tatsächlichen Sicht ist sie es schon nicht mehr.</translation>
    </message>
    <message>
        <source>Mark promises to change</source>
        <translation>Mark verspricht, sich zu ändern</translation>
    </message>
    <message>
        <source>After a bad night Mark promises it will never happen again, and Jo feels safer with him (she rates it 0.7). She even feels satisfied again. Nothing has actually changed (0.3), but her belief pulls her dependence on him back up.</source>
        <translation>Nach einer schlimmen Nacht verspricht Mark, dass es nie wieder vorkommt, und Jo fühlt sich bei ihm sicherer (sie schätzt es auf 0,7). Sie ist sogar wieder zufrieden. Tatsächlich hat sich nichts geändert (0,3), aber ihre Überzeugung treibt ihre Abhängigkeit von ihm wieder nach oben.</translation>
    </message>
    <message>
        <source>A support group</source>
        <translation>Eine Selbsthilfegruppe</translation>
    </message>
    <message>
        <source>A support group helps Jo plan for her safety, and she comes to see the pattern of promises. She now believes Lena&apos;s offer and rates Mark&apos;s safety as it is. Her alternatives beat the relationship: she is no longer trapped, and her dependence on Mark falls to almost nothing.</source>
        <translation>Eine Selbsthilfegruppe hilft Jo, für ihre Sicherheit zu planen, und sie erkennt das Muster der Versprechen. Sie glaubt jetzt an Lenas Angebot und schätzt Marks Schutz so ein, wie er ist. Ihre Alternativen übertreffen die Beziehung: Sie ist nicht mehr gefangen, und ihre Abhängigkeit von Mark fällt fast auf null.</translation>
    </message>
    <message>
        <source>A place of her own</source>
        <translation>Eine eigene Wohnung</translation>
    </message>
    <message>
        <source>Jo finds a job and a flat. Leaving is no longer a leap into nothing: she no longer depends on Mark at all (0.00), while he still depends on her (0.16). The power he held over her is gone.</source>
        <translation>Jo findet eine Arbeit und eine Wohnung. Zu gehen ist kein Sprung ins Nichts mehr: Sie hängt überhaupt nicht mehr von Mark ab (0,00), während er noch von ihr abhängt (0,16). Die Macht, die er über sie hatte, ist verschwunden.</translation>
    </message>
    <message>
        <source>Boss and employee</source>
        <translation>Chefin und Mitarbeiterin</translation>
    </message>
    <message>
        <source>Sam has just joined Dana&apos;s team. Dana controls her pay, can penalize her, signs off her work and knows the job far better, so Dana holds the power. As Sam learns the job and gets to know the clients, and as a rival firm and a union contract give her options, the bases of power shift one by one.</source>
        <translation>Sam ist gerade in Danas Team gekommen. Dana bestimmt über ihr Gehalt, kann sie bestrafen, zeichnet ihre Arbeit ab und kennt die Arbeit weit besser, also hat Dana die Macht. Während Sam die Arbeit lernt und die Kunden kennenlernt und während eine Konkurrenzfirma und ein Tarifvertrag ihr Möglichkeiten geben, verschieben sich die Machtbasen eine nach der anderen.</translation>
    </message>
    <message>
        <source>Learning goal: French and Raven&apos;s bases of power are things one side wants from the other. Reward (pay), coercion (being spared penalties), legitimacy (the backing of the office), expertise, reference (respect, identification) and information can each be held by either side, and each weakens when the other side finds it elsewhere.

What to try:
- Select the Dana-Sam dyad and read the desire sliders one by one: which base carries most of Dana&apos;s power at t=0, and which carries Sam&apos;s at t=5?
- At t=7, switch to the actual lens: the recruiter&apos;s offer is worth less than Sam believes.
- Make the rival firm inactive at t=9: how much of Sam&apos;s position rests on the outside offer, and how much on what she knows?

What the model does not claim: the six bases here are treated as wants that add up, which is a simplification; French and Raven describe how influence works, not a formula. Real workplaces also have rules, teams and histories that a two-person field leaves out.</source>
        <translation>Lernziel: Die Machtbasen nach French und Raven sind Dinge, die eine Seite von der anderen will. Belohnung (Gehalt), Zwang (von Strafen verschont bleiben), Legitimität (der Rückhalt des Amtes), Expertise, Identifikation (Respekt, Vorbild) und Information kann jede Seite haben, und jede wird schwächer, wenn die andere Seite sie anderswo findet.

Was Sie ausprobieren können:
- Wählen Sie die Dyade Dana–Sam und lesen Sie die Regler der Wünsche einen nach dem anderen: Welche Basis trägt bei t=0 den größten Teil von Danas Macht, und welche trägt Sams Macht bei t=5?
- Schalten Sie bei t=7 auf die tatsächliche Sicht: Das Angebot der Personalvermittlerin ist weniger wert, als Sam glaubt.
- Machen Sie die Konkurrenzfirma bei t=9 inaktiv: Wie viel von Sams Stellung beruht auf dem Angebot von außen und wie viel auf dem, was sie weiß?

Was das Modell nicht behauptet: Die sechs Basen werden hier als Wünsche behandelt, die sich addieren, und das ist eine Vereinfachung; French und Raven beschreiben, wie Einfluss wirkt, keine Formel. Echte Arbeitsplätze haben auch Regeln, Teams und Vorgeschichten, die ein Feld aus zwei Personen auslässt.</translation>
    </message>
    <message>
        <source>Pay and promotion</source>
        <translation>Gehalt und Beförderung</translation>
    </message>
    <message>
        <source>Protection from penalties</source>
        <translation>Schutz vor Strafen</translation>
    </message>
    <message>
        <source>Backing of the office</source>
        <translation>Rückhalt des Amtes</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Fachwissen</translation>
    </message>
    <message>
        <source>Respect and loyalty</source>
        <translation>Respekt und Loyalität</translation>
    </message>
    <message>
        <source>Inside information</source>
        <translation>Insiderwissen</translation>
    </message>
    <message>
        <source>Dana (manager)</source>
        <translation>Dana (Vorgesetzte)</translation>
    </message>
    <message>
        <source>Sam (analyst)</source>
        <translation>Sam (Analystin)</translation>
    </message>
    <message>
        <source>A rival firm</source>
        <translation>Eine Konkurrenzfirma</translation>
    </message>
    <message>
        <source>Job hunting and the law</source>
        <translation>Stellensuche und Arbeitsrecht</translation>
    </message>
    <message>
        <source>Hiring someone new</source>
        <translation>Jemand Neues einstellen</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Erste Woche</translation>
    </message>
    <message>
        <source>Dana holds five of the six bases: she pays, she can penalize, she signs off, she knows the job, and Sam looks up to her. Sam depends on Dana heavily; Dana hardly needs Sam yet.</source>
        <translation>Dana hat fünf der sechs Basen: Sie bezahlt, sie kann bestrafen, sie zeichnet ab, sie kennt die Arbeit, und Sam blickt zu ihr auf. Sam hängt stark von Dana ab; Dana braucht Sam noch kaum.</translation>
    </message>
    <message>
        <source>Learning the ropes</source>
        <translation>Sich einarbeiten</translation>
    </message>
    <message>
        <source>Sam becomes good at the work and the clients start calling her directly. Her know-how (expert power) and what she knows about the clients (informational power) are now hard for Dana to replace.</source>
        <translation>Sam wird gut in ihrer Arbeit, und die Kunden rufen sie direkt an. Ihr Fachwissen (Expertenmacht) und was sie über die Kunden weiß (Informationsmacht) sind für Dana jetzt schwer zu ersetzen.</translation>
    </message>
    <message>
        <source>No longer a trainee</source>
        <translation>Keine Anfängerin mehr</translation>
    </message>
    <message>
        <source>Sam can now answer most questions herself, so Dana&apos;s guidance is no longer something only Dana can give: her expert power over Sam fades.</source>
        <translation>Sam kann die meisten Fragen jetzt selbst beantworten, also ist Danas Anleitung nichts mehr, was nur Dana geben kann: Ihre Expertenmacht über Sam schwindet.</translation>
    </message>
    <message>
        <source>A recruiter calls</source>
        <translation>Eine Personalvermittlerin ruft an</translation>
    </message>
    <message>
        <source>A rival firm offers Sam a job. The recruiter makes the pay sound excellent (Sam rates it 0.95, it is really 0.7); either way, Dana&apos;s reward power shrinks, and for the first time Dana needs Sam more than Sam needs Dana.</source>
        <translation>Eine Konkurrenzfirma bietet Sam eine Stelle an. Die Vermittlerin lässt das Gehalt großartig klingen (Sam schätzt es auf 0,95, tatsächlich ist es 0,7); so oder so schrumpft Danas Belohnungsmacht, und zum ersten Mal braucht Dana Sam mehr als Sam Dana.</translation>
    </message>
    <message>
        <source>A union contract</source>
        <translation>Ein Tarifvertrag</translation>
    </message>
    <message>
        <source>A new contract protects staff against arbitrary penalties. Dana&apos;s coercive power, her last strong base, is now largely gone.</source>
        <translation>Ein neuer Vertrag schützt die Beschäftigten vor willkürlichen Strafen. Danas Zwangsmacht, ihre letzte starke Basis, ist nun weitgehend verschwunden.</translation>
    </message>
    <message>
        <source>Partners at work</source>
        <translation>Partnerinnen bei der Arbeit</translation>
    </message>
    <message>
        <source>Dana makes Sam team lead and shows her respect; Sam comes to identify with the team and passes what she knows about the clients on to her colleagues. Neither can easily do without the other, and the balance is nearly even.</source>
        <translation>Dana macht Sam zur Teamleiterin und zeigt ihr Respekt; Sam identifiziert sich mit dem Team und gibt ihr Wissen über die Kunden an die Kolleginnen und Kollegen weiter. Keine kann gut auf die andere verzichten, und das Gleichgewicht ist fast ausgeglichen.</translation>
    </message>
    <message>
        <source>Parent and teenager</source>
        <translation>Mutter und Sohn</translation>
    </message>
    <message>
        <source>At 13, Leo depends on his mother Maria for money, permission, advice and closeness, and she holds the power. Over the next years friends, a weekend job and turning 18 give him alternatives, and he tells her less. Maria still wants to be close, so the balance swings to Leo, until they learn to deal with each other as adults.</source>
        <translation>Mit 13 hängt Leo von seiner Mutter Maria ab: für Geld, Erlaubnis, Rat und Nähe, und sie hat die Macht. In den folgenden Jahren geben ihm Freunde, ein Wochenendjob und sein 18. Geburtstag Alternativen, und er erzählt ihr weniger. Maria möchte ihm weiterhin nahe sein, also schwingt das Gleichgewicht zu Leo hin, bis sie lernen, einander als Erwachsene zu begegnen.</translation>
    </message>
    <message>
        <source>Learning goal: as a child grows up, the parent&apos;s power does not vanish because anybody decides so, but because the child&apos;s alternatives grow: friends, money of his own, the freedom the law gives an adult. The parent, who still wants the relationship as much as before, ends up the more dependent one.

What to try:
- The time axis counts years from Leo&apos;s 13th birthday. Step through and watch the beam swing from Maria to Leo.
- At t=3, compare the lenses: Maria believes she still knows what Leo does (0.9); in fact she knows much less (0.3), and under the actual lens her dependence on him is far smaller.
- At t=5, lower Maria&apos;s need for closeness: the less she wants from Leo, the less power he has over her.
- Use the sweep on the weekend job: how much must it pay before pocket money stops mattering?

What the model does not claim: parenting is not a bargaining game, and love, duty and care do not reduce to exchange. The numbers show one way the balance can move, not how it must move in every family.</source>
        <translation>Lernziel: Wenn ein Kind erwachsen wird, schwindet die Macht der Eltern nicht, weil jemand das beschließt, sondern weil die Alternativen des Kindes wachsen: Freunde, eigenes Geld, die Freiheit, die das Gesetz einem Erwachsenen gibt. Die Mutter, die die Beziehung so sehr will wie zuvor, wird am Ende die Abhängigere.

Was Sie ausprobieren können:
- Die Zeitachse zählt Jahre ab Leos 13. Geburtstag. Gehen Sie Schritt für Schritt durch und beobachten Sie, wie der Balken von Maria zu Leo schwingt.
- Vergleichen Sie bei t=3 die beiden Sichten: Maria glaubt, sie wisse noch, was Leo tut (0,9); tatsächlich weiß sie viel weniger (0,3), und in der tatsächlichen Sicht ist ihre Abhängigkeit von ihm viel kleiner.
- Senken Sie bei t=5 Marias Bedürfnis nach Nähe: Je weniger sie von Leo will, desto weniger Macht hat er über sie.
- Lassen Sie den Wert des Wochenendjobs über seinen ganzen Bereich laufen: Wie viel muss er einbringen, bevor das Taschengeld keine Rolle mehr spielt?

Was das Modell nicht behauptet: Erziehung ist kein Verhandlungsspiel, und Liebe, Pflicht und Fürsorge lassen sich nicht auf Tausch zurückführen. Die Zahlen zeigen einen Weg, wie sich das Gleichgewicht bewegen kann, nicht wie es sich in jeder Familie bewegen muss.</translation>
    </message>
    <message>
        <source>Pocket money</source>
        <translation>Taschengeld</translation>
    </message>
    <message>
        <source>Permission to go out</source>
        <translation>Erlaubnis zum Ausgehen</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Nähe</translation>
    </message>
    <message>
        <source>Knowing what is going on</source>
        <translation>Wissen, was los ist</translation>
    </message>
    <message>
        <source>Maria (parent)</source>
        <translation>Maria (Mutter)</translation>
    </message>
    <message>
        <source>Leo (teenager)</source>
        <translation>Leo (Jugendlicher)</translation>
    </message>
    <message>
        <source>Leo&apos;s friends</source>
        <translation>Leos Freunde</translation>
    </message>
    <message>
        <source>Birthday money</source>
        <translation>Geburtstagsgeld</translation>
    </message>
    <message>
        <source>Being of age</source>
        <translation>Volljährig sein</translation>
    </message>
    <message>
        <source>Maria&apos;s partner and friends</source>
        <translation>Marias Partner und Freunde</translation>
    </message>
    <message>
        <source>Thirteen</source>
        <translation>Dreizehn</translation>
    </message>
    <message>
        <source>Leo needs almost everything his mother gives, and his friends cannot replace much of it yet. He depends on her (0.68) about twice as much as she on him (0.34): Maria holds the power.</source>
        <translation>Leo braucht fast alles, was seine Mutter gibt, und seine Freunde können noch wenig davon ersetzen. Er hängt etwa doppelt so stark von ihr ab (0,68) wie sie von ihm (0,34): Maria hat die Macht.</translation>
    </message>
    <message>
        <source>A circle of friends</source>
        <translation>Ein Freundeskreis</translation>
    </message>
    <message>
        <source>Leo&apos;s friends become the people he feels closest to and asks for advice. His dependence on his mother shrinks.</source>
        <translation>Leos Freunde werden die Menschen, denen er sich am nächsten fühlt und die er um Rat fragt. Seine Abhängigkeit von seiner Mutter schrumpft.</translation>
    </message>
    <message>
        <source>A weekend job</source>
        <translation>Ein Wochenendjob</translation>
    </message>
    <message>
        <source>A job at the bakery pays better than pocket money. Maria&apos;s reward power, her purse, is no longer what Leo needs her for, and the beam tips slightly toward him.</source>
        <translation>Ein Job in der Bäckerei bringt mehr ein als das Taschengeld. Marias Belohnungsmacht, ihr Geldbeutel, ist nicht mehr das, wofür Leo sie braucht, und der Balken kippt leicht zu ihm hin.</translation>
    </message>
    <message>
        <source>Sixteen and saying little</source>
        <translation>Sechzehn und wortkarg</translation>
    </message>
    <message>
        <source>Leo now tells his mother little (0.3), but she believes she still hears most of it (0.9), and she holds on tighter: closeness matters more to her than ever. Under her own beliefs she now needs him a little more than he needs her.</source>
        <translation>Leo erzählt seiner Mutter jetzt wenig (0,3), aber sie glaubt, das meiste noch zu erfahren (0,9), und sie hält ihn fester: Nähe ist ihr wichtiger als je zuvor. Nach ihren eigenen Überzeugungen braucht sie ihn jetzt ein wenig mehr als er sie.</translation>
    </message>
    <message>
        <source>Eighteen</source>
        <translation>Achtzehn</translation>
    </message>
    <message>
        <source>Being of age, Leo no longer needs anybody&apos;s permission: the law gives him what his mother&apos;s authority used to. Her legitimate power is gone, and his alternatives now beat what home offers: he might well move out.</source>
        <translation>Als Volljähriger braucht Leo niemandes Erlaubnis mehr: Das Gesetz gibt ihm, was früher die Autorität seiner Mutter gab. Ihre legitime Macht ist verschwunden, und seine Alternativen übertreffen jetzt, was das Zuhause bietet: Er könnte gut ausziehen.</translation>
    </message>
    <message>
        <source>Talking as adults</source>
        <translation>Reden wie Erwachsene</translation>
    </message>
    <message>
        <source>Leo shares his life again and comes back for advice and closeness; Maria finds more of her own life outside the family. They need each other less than at 13, but about equally, and the relationship is one that both choose.</source>
        <translation>Leo teilt sein Leben wieder mit ihr und kommt für Rat und Nähe zurück; Maria findet mehr eigenes Leben außerhalb der Familie. Sie brauchen einander weniger als mit 13, aber etwa gleich stark, und die Beziehung ist eine, die beide wählen.</translation>
    </message>
    <message>
        <source>Two trading countries</source>
        <translation>Zwei Handelsländer</translation>
    </message>
    <message>
        <source>Aland buys nearly all its energy from its neighbour Borea through a pipeline and has promised by treaty to buy from no one else; Borea needs Aland&apos;s grain and machines much less. Then a third country, Corvia, offers Aland a deal. The balance shifts only when the treaty runs out, and again when Borea finds other partners too.</source>
        <translation>Aland kauft fast seine gesamte Energie über eine Pipeline beim Nachbarn Borea und hat sich per Vertrag verpflichtet, bei niemand anderem zu kaufen; Borea braucht Alands Getreide und Maschinen viel weniger. Dann bietet ein drittes Land, Corvia, Aland ein Geschäft an. Das Gleichgewicht verschiebt sich erst, wenn der Vertrag ausläuft, und noch einmal, wenn auch Borea andere Partner findet.</translation>
    </message>
    <message>
        <source>Learning goal: the same logic works between countries. A country that needs what a partner sells and cannot buy it elsewhere gives that partner power over it; a third country&apos;s offer changes the balance, but only once the first country is free to take it.

What to try:
- Step from t=3 to t=5: Corvia&apos;s offer exists from t=3, yet nothing moves until the exclusive treaty ends. Untick the exclusive flag at t=3 yourself to see it sooner.
- At t=3, compare the lenses: Corvia&apos;s energy sounds better (0.8) than it is (0.7).
- Use the sweep on Aland&apos;s domestic coal: how good must home-grown energy be before Borea loses its edge?

What the model does not claim: countries are not persons, and trade is shaped by prices, law, domestic politics and force, none of which is modelled here. The countries are invented; any likeness to real ones is the user&apos;s own reading.</source>
        <translation>Lernziel: Dieselbe Logik gilt zwischen Ländern. Ein Land, das braucht, was ein Partner verkauft, und es nirgends sonst kaufen kann, gibt diesem Partner Macht über sich; das Angebot eines dritten Landes verändert das Gleichgewicht, aber erst, wenn das erste Land frei ist, es anzunehmen.

Was Sie ausprobieren können:
- Gehen Sie von t=3 zu t=5: Corvias Angebot besteht ab t=3, und doch bewegt sich nichts, bis der Exklusivvertrag endet. Entfernen Sie selbst bei t=3 das Häkchen bei „exklusiv“, um es früher zu sehen.
- Vergleichen Sie bei t=3 die Sichten: Corvias Energie klingt besser (0,8), als sie ist (0,7).
- Lassen Sie Alands heimische Kohle über ihren ganzen Bereich laufen: Wie gut muss die Energie aus dem eigenen Land sein, bevor Borea seinen Vorsprung verliert?

Was das Modell nicht behauptet: Länder sind keine Personen, und Handel wird von Preisen, Recht, Innenpolitik und Gewalt geprägt, von denen hier nichts modelliert ist. Die Länder sind erfunden; jede Ähnlichkeit mit wirklichen liegt im Auge des Betrachters.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>A market for exports</source>
        <translation>Ein Markt für Exporte</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>Getreide</translation>
    </message>
    <message>
        <source>Machines and know-how</source>
        <translation>Maschinen und Know-how</translation>
    </message>
    <message>
        <source>Aland</source>
        <translation>Aland</translation>
    </message>
    <message>
        <source>Borea</source>
        <translation>Borea</translation>
    </message>
    <message>
        <source>Corvia</source>
        <translation>Corvia</translation>
    </message>
    <message>
        <source>Domestic coal and the world market</source>
        <translation>Heimische Kohle und der Weltmarkt</translation>
    </message>
    <message>
        <source>Own farms and imports</source>
        <translation>Eigene Landwirtschaft und Importe</translation>
    </message>
    <message>
        <source>Pipeline politics</source>
        <translation>Pipeline-Politik</translation>
    </message>
    <message>
        <source>Aland needs energy badly, and by treaty it takes it only from Borea. Aland depends on Borea (0.61) far more than Borea on Aland (0.24): Borea holds the power.</source>
        <translation>Aland braucht dringend Energie und bezieht sie per Vertrag nur von Borea. Aland hängt weit stärker von Borea ab (0,61) als Borea von Aland (0,24): Borea hat die Macht.</translation>
    </message>
    <message>
        <source>Corvia offers a deal</source>
        <translation>Corvia bietet ein Geschäft an</translation>
    </message>
    <message>
        <source>Corvia offers Aland energy and a market for its goods. But Aland&apos;s treaty rules out other suppliers, so the offer changes nothing yet: Borea keeps its power.</source>
        <translation>Corvia bietet Aland Energie und einen Markt für seine Waren an. Aber Alands Vertrag schließt andere Lieferanten aus, also ändert das Angebot noch nichts: Borea behält seine Macht.</translation>
    </message>
    <message>
        <source>The treaty runs out</source>
        <translation>Der Vertrag läuft aus</translation>
    </message>
    <message>
        <source>Aland lets the exclusive treaty lapse. Corvia&apos;s offer now counts as a real alternative, and Aland&apos;s dependence on Borea drops sharply; the balance tips toward Aland.</source>
        <translation>Aland lässt den Exklusivvertrag auslaufen. Corvias Angebot zählt jetzt als echte Alternative, und Alands Abhängigkeit von Borea fällt stark; das Gleichgewicht kippt zu Aland hin.</translation>
    </message>
    <message>
        <source>Borea finds new buyers</source>
        <translation>Borea findet neue Käufer</translation>
    </message>
    <message>
        <source>Borea answers by trading grain and machines with Corvia as well. Both countries now have somewhere else to go: they need each other less (0.10 each), and equally.</source>
        <translation>Borea antwortet, indem es Getreide und Maschinen ebenfalls mit Corvia handelt. Beide Länder haben jetzt anderswo eine Möglichkeit: Sie brauchen einander weniger (je 0,10), und gleich stark.</translation>
    </message>
    <message>
        <source>A renewed partnership</source>
        <translation>Eine erneuerte Partnerschaft</translation>
    </message>
    <message>
        <source>Aland and Borea sign a new agreement, this time without exclusivity, and both invest in it. Their commitment rises while the balance of power stays even.</source>
        <translation>Aland und Borea unterzeichnen ein neues Abkommen, diesmal ohne Exklusivität, und beide investieren darin. Ihre Bindung steigt, während das Machtgleichgewicht ausgeglichen bleibt.</translation>
    </message>
    <message>
        <source>Trust and unequal power</source>
        <translation>Vertrauen und ungleiche Macht</translation>
    </message>
    <message>
        <source>Two pairs play the same trust game, after a study by du Plessis and colleagues (2023). Ana and Ben have equal say over each other&apos;s winnings; Kim, as supervisor, decides much of Lee&apos;s, while Lee barely affects hers. The model predicts the most cooperation in the equal pair, and less on both sides of the unequal one, until Kim and Lee share control.</source>
        <translation>Zwei Paare spielen dasselbe Vertrauensspiel, nach einer Studie von du Plessis und Kollegen (2023). Ana und Ben haben gleich viel Einfluss auf die Gewinne des anderen; Kim bestimmt als Vorgesetzte über einen großen Teil von Lees Gewinn, während Lee ihren kaum beeinflusst. Das Modell sagt im gleichen Paar die meiste Kooperation voraus und im ungleichen auf beiden Seiten weniger, bis Kim und Lee die Kontrolle teilen.</translation>
    </message>
    <message>
        <source>Learning goal: unequal power costs trust on both sides. In du Plessis, Nguyen, Foulk and Schaerer (2023), about 84% of people paired with an equal cooperated, against about 69% of those with less power and about 58% of those with more. Powerfield&apos;s predicted cooperation is a stylized line through those three figures: 0.8397 at equal power, falling to 0.6947 for the weaker and 0.5814 for the stronger side as the gap in relative power reaches 0.5.

What to try:
- At t=0, select each pair in turn and compare the cooperation figures in the panel.
- At t=2, switch between the perceived and actual lens. Lee feels he has a good way out, so the perceived gap is small; the study found that real differences in power still cost trust when both sides felt powerful, so the actual lens is the one to trust here.
- Between t=4 and t=6, use the sweep on Kim&apos;s control over Lee&apos;s outcome to see cooperation climb as the gap closes.

What the model does not claim: the study measured choices in economic trust games with strangers, not in long relationships; the straight-line interpolation between its three averages is our simplification; and effects the study also found, such as an outside rival raising cooperation despite unequal power, are not modelled.</source>
        <translation>Lernziel: Ungleiche Macht kostet auf beiden Seiten Vertrauen. Bei du Plessis, Nguyen, Foulk und Schaerer (2023) kooperierten etwa 84 % der Menschen mit einem gleichgestellten Gegenüber, gegenüber etwa 69 % derer mit weniger Macht und etwa 58 % derer mit mehr. Die von Powerfield vorhergesagte Kooperation ist eine stilisierte Linie durch diese drei Werte: 0,8397 bei gleicher Macht, fallend auf 0,6947 für die schwächere und 0,5814 für die stärkere Seite, wenn der Unterschied in der relativen Macht 0,5 erreicht.

Was Sie ausprobieren können:
- Wählen Sie bei t=0 nacheinander jedes Paar und vergleichen Sie die Kooperationswerte im Panel.
- Wechseln Sie bei t=2 zwischen wahrgenommener und tatsächlicher Sicht. Lee glaubt, einen guten Ausweg zu haben, also ist der wahrgenommene Unterschied klein; die Studie fand, dass echte Machtunterschiede auch dann Vertrauen kosteten, wenn sich beide Seiten mächtig fühlten, also ist hier die tatsächliche Sicht die verlässliche.
- Lassen Sie zwischen t=4 und t=6 Kims Kontrolle über Lees Ergebnis über ihren ganzen Bereich laufen und sehen Sie, wie die Kooperation steigt, während sich der Unterschied schließt.

Was das Modell nicht behauptet: Die Studie hat Entscheidungen in ökonomischen Vertrauensspielen mit Fremden gemessen, nicht in langen Beziehungen; die geradlinige Interpolation zwischen ihren drei Durchschnittswerten ist unsere Vereinfachung; und Effekte, die die Studie ebenfalls fand, etwa dass ein Rivale von außen die Kooperation trotz ungleicher Macht erhöht, sind nicht modelliert.</translation>
    </message>
    <message>
        <source>A good payoff</source>
        <translation>Ein guter Gewinn</translation>
    </message>
    <message>
        <source>A say over the outcome</source>
        <translation>Mitsprache beim Ergebnis</translation>
    </message>
    <message>
        <source>Ana</source>
        <translation>Ana</translation>
    </message>
    <message>
        <source>Ben</source>
        <translation>Ben</translation>
    </message>
    <message>
        <source>Kim (supervisor)</source>
        <translation>Kim (Vorgesetzte)</translation>
    </message>
    <message>
        <source>Lee (subordinate)</source>
        <translation>Lee (Untergebener)</translation>
    </message>
    <message>
        <source>Keeping her stake</source>
        <translation>Ihren Einsatz behalten</translation>
    </message>
    <message>
        <source>Keeping his stake</source>
        <translation>Seinen Einsatz behalten</translation>
    </message>
    <message>
        <source>Working with someone else</source>
        <translation>Mit jemand anderem arbeiten</translation>
    </message>
    <message>
        <source>Equal and unequal pairs</source>
        <translation>Gleiche und ungleiche Paare</translation>
    </message>
    <message>
        <source>Ana and Ben depend on each other equally (0.43 each): predicted cooperation 0.84 for both. Lee depends on Kim (0.73) while she hardly depends on him (0.03): she is predicted to cooperate least (0.58) and he not much more (0.69).</source>
        <translation>Ana und Ben hängen gleich stark voneinander ab (je 0,43): vorhergesagte Kooperation 0,84 für beide. Lee hängt von Kim ab (0,73), während sie kaum von ihm abhängt (0,03): Für sie wird die geringste Kooperation vorhergesagt (0,58) und für ihn nicht viel mehr (0,69).</translation>
    </message>
    <message>
        <source>Both feel powerful</source>
        <translation>Beide fühlen sich mächtig</translation>
    </message>
    <message>
        <source>Lee convinces himself that he could do well without Kim (he rates his own stake 0.8, it is worth 0.2). Under his beliefs the gap shrinks from 0.70 to 0.30; under the actual lens nothing has changed.</source>
        <translation>Lee redet sich ein, dass es ihm ohne Kim gut gehen könnte (er schätzt seinen eigenen Einsatz auf 0,8, er ist 0,2 wert). Nach seinen Überzeugungen schrumpft der Unterschied von 0,70 auf 0,30; in der tatsächlichen Sicht hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Sharing some control</source>
        <translation>Etwas Kontrolle teilen</translation>
    </message>
    <message>
        <source>Kim hands Lee part of the control: his choices now weigh on her payoff and her say. Lee also sees his own stake as it is again. The gap halves, and predicted cooperation rises on both sides.</source>
        <translation>Kim überlässt Lee einen Teil der Kontrolle: Seine Entscheidungen wirken sich jetzt auf ihren Gewinn und ihre Mitsprache aus. Lee sieht auch seinen eigenen Einsatz wieder so, wie er ist. Der Unterschied halbiert sich, und die vorhergesagte Kooperation steigt auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Equal roles</source>
        <translation>Gleiche Rollen</translation>
    </message>
    <message>
        <source>The supervisor role is dropped: Kim and Lee now play under the same rules as Ana and Ben. Their dependence is equal and their predicted cooperation is back at 0.84.</source>
        <translation>Die Rolle der Vorgesetzten fällt weg: Kim und Lee spielen jetzt nach denselben Regeln wie Ana und Ben. Ihre Abhängigkeit ist gleich, und ihre vorhergesagte Kooperation liegt wieder bei 0,84.</translation>
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
    <message>
        <source>Getting started: your own scenario</source>
        <translation>Erste Schritte: ein eigenes Szenario</translation>
    </message>
    <message>
        <source>The window&apos;s views</source>
        <translation>Die Ansichten des Fensters</translation>
    </message>
</context>
<context>
    <name>ProvisionDialogs</name>
    <message>
        <source>New provision</source>
        <translation>Neue Leistung</translation>
    </message>
    <message>
        <source>What does %1 give %2?</source>
        <translation>Was gibt %1 an %2?</translation>
    </message>
    <message>
        <source>%1 (%2 wants it)</source>
        <translation>%1 (%2 will es)</translation>
    </message>
    <message>
        <source>Desire:</source>
        <translation>Wunsch:</translation>
    </message>
    <message>
        <source>How well (0 to 1):</source>
        <translation>Wie gut (0 bis 1):</translation>
    </message>
    <message>
        <source>The link between %1 and %2</source>
        <translation>Die Verbindung zwischen %1 und %2</translation>
    </message>
    <message>
        <source>How well %1 gives %2 %3:</source>
        <translation>Wie gut %1 %3 an %2 gibt:</translation>
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
    <name>SlidePainter</name>
    <message>
        <source>Step %1 of %2, actual values</source>
        <translation>Schritt %1 von %2, tatsächliche Werte</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
</context>
<context>
    <name>StarterScenario</name>
    <message>
        <source>Two roommates</source>
        <translation>Zwei Mitbewohner</translation>
    </message>
    <message>
        <source>Two roommates who both want quiet evenings at home and give each other some. Give one of them an alternative and watch the power shift.</source>
        <translation>Zwei Mitbewohner, die beide ruhige Abende zu Hause wollen und einander welche schenken. Geben Sie einem von ihnen eine Alternative und sehen Sie, wie sich die Macht verschiebt.</translation>
    </message>
    <message>
        <source>Quiet evenings</source>
        <translation>Ruhige Abende</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>My roommate</source>
        <translation>Mein Mitbewohner</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>how much %1 wants %2</source>
        <translation>wie sehr %1 %2 will</translation>
    </message>
    <message>
        <source>how good %1 is for %2 to %3</source>
        <translation>wie gut %1 für %2 ist, aus Sicht von %3</translation>
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
    <name>TrustResults</name>
    <message>
        <source>Waiting for choices in every role (equal %1, low %2, high %3 so far).</source>
        <translation>Es fehlen noch Entscheidungen in mindestens einer Rolle (bisher gleich %1, niedrig %2, hoch %3).</translation>
    </message>
    <message>
        <source>The class reproduced the published ordering: equal power %1 &gt; low power %2 &gt; high power %3.</source>
        <translation>Die Klasse hat die veröffentlichte Reihenfolge wiedergefunden: gleiche Macht %1 &gt; wenig Macht %2 &gt; viel Macht %3.</translation>
    </message>
    <message>
        <source>The class did not reproduce the published ordering (equal &gt; low &gt; high): equal power %1, low power %2, high power %3.</source>
        <translation>Die Klasse hat die veröffentlichte Reihenfolge (gleich &gt; niedrig &gt; hoch) nicht wiedergefunden: gleiche Macht %1, wenig Macht %2, viel Macht %3.</translation>
    </message>
    <message>
        <source>Equal power</source>
        <translation>Gleiche Macht</translation>
    </message>
    <message>
        <source>Low power</source>
        <translation>Wenig Macht</translation>
    </message>
    <message>
        <source>High power</source>
        <translation>Viel Macht</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>keine Entscheidungen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>powerfield::AnalysisSummary</name>
    <message>
        <source>No dyads yet: add parties and say what one provides to the other.</source>
        <translation>Noch keine Dyaden: Fügen Sie Parteien hinzu und geben Sie an, was die eine der anderen bietet.</translation>
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
        <source>Untitled scenario</source>
        <translation>Unbenanntes Szenario</translation>
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
    <name>powerfield::ClassDock</name>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>away</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Party of %1</source>
        <translation>Partei von %1</translation>
    </message>
    <message>
        <source>The party %1 holds; choose another to reassign</source>
        <translation>Die Partei, die %1 hält; eine andere wählen, um neu zuzuteilen</translation>
    </message>
    <message>
        <source>&amp;Assign Party</source>
        <translation>Partei &amp;zuteilen</translation>
    </message>
    <message>
        <source>Save Power After Each Change</source>
        <translation>Macht nach jeder Änderung speichern</translation>
    </message>
    <message>
        <source>Save Session Log</source>
        <translation>Sitzungsprotokoll speichern</translation>
    </message>
    <message>
        <source>class-power.csv</source>
        <translation>klasse-macht.csv</translation>
    </message>
    <message>
        <source>class-log.csv</source>
        <translation>klasse-protokoll.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>&amp;Class Dock</source>
        <translation>&amp;Klassenleiste</translation>
    </message>
    <message>
        <source>The class session&apos;s roster and controls</source>
        <translation>Teilnehmerliste und Steuerung der Klassensitzung</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Schüler:in</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>Students in the class session</source>
        <translation>Schüler:innen in der Klassensitzung</translation>
    </message>
    <message>
        <source>Right-click a student to assign a party, lock or remove them</source>
        <translation>Rechtsklick auf eine Person: Partei zuteilen, sperren oder entfernen</translation>
    </message>
    <message>
        <source>Show &amp;numbers</source>
        <translation>&amp;Zahlen zeigen</translation>
    </message>
    <message>
        <source>Whether the students&apos; pages show the values as numbers</source>
        <translation>Ob die Seiten der Schüler:innen die Werte als Zahlen zeigen</translation>
    </message>
    <message>
        <source>Show &amp;other parties</source>
        <translation>&amp;Andere Parteien zeigen</translation>
    </message>
    <message>
        <source>Whether the students&apos; pages say where their party stands with the others</source>
        <translation>Ob die Seiten der Schüler:innen sagen, wie ihre Partei zu den anderen steht</translation>
    </message>
    <message>
        <source>C&amp;rowd mode</source>
        <translation>&amp;Gruppenmodus</translation>
    </message>
    <message>
        <source>Students who join share the parties; a party&apos;s value is the median of its students&apos; values</source>
        <translation>Neu beitretende Schüler:innen teilen sich die Parteien; der Wert einer Partei ist der Median der Werte ihrer Schüler:innen</translation>
    </message>
    <message>
        <source>Loc&amp;k All</source>
        <translation>Alle &amp;sperren</translation>
    </message>
    <message>
        <source>Refuse every student&apos;s changes until unlocked</source>
        <translation>Änderungen aller Schüler:innen ablehnen, bis sie entsperrt sind</translation>
    </message>
    <message>
        <source>&amp;Unlock All</source>
        <translation>Alle &amp;entsperren</translation>
    </message>
    <message>
        <source>Let every student change their party&apos;s values again</source>
        <translation>Alle Schüler:innen dürfen die Werte ihrer Partei wieder ändern</translation>
    </message>
    <message>
        <source>Send the Story &amp;Forward</source>
        <translation>Geschichte &amp;weiterführen</translation>
    </message>
    <message>
        <source>Go to the next event of the story; students see its caption</source>
        <translation>Zum nächsten Ereignis der Geschichte; die Schüler:innen sehen seine Beschriftung</translation>
    </message>
    <message>
        <source>Re&amp;move Student</source>
        <translation>Schüler:in ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected student; they cannot rejoin with the same page</source>
        <translation>Die gewählte Person entfernen; mit derselben Seite kann sie nicht wieder beitreten</translation>
    </message>
    <message>
        <source>Save &amp;Log…</source>
        <translation>&amp;Protokoll speichern …</translation>
    </message>
    <message>
        <source>Save every student&apos;s change as CSV: time, student, party, what changed, old and new value</source>
        <translation>Jede Änderung der Schüler:innen als CSV speichern: Zeit, Person, Partei, was sich änderte, alter und neuer Wert</translation>
    </message>
    <message>
        <source>Save &amp;Power…</source>
        <translation>&amp;Macht speichern …</translation>
    </message>
    <message>
        <source>Save every party&apos;s dependence and power after each change as CSV</source>
        <translation>Abhängigkeit und Macht jeder Partei nach jeder Änderung als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Lock Student</source>
        <translation>Schüler:in &amp;sperren</translation>
    </message>
    <message>
        <source>Refuse or allow the selected student&apos;s changes</source>
        <translation>Änderungen der gewählten Person ablehnen oder erlauben</translation>
    </message>
</context>
<context>
    <name>powerfield::ClassSession</name>
    <message>
        <source>Start Class Session</source>
        <translation>Klassensitzung starten</translation>
    </message>
    <message>
        <source>The class session could not start: %1</source>
        <translation>Die Klassensitzung konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Klasse</translation>
    </message>
    <message>
        <source>&amp;Start Class Session…</source>
        <translation>Klassensitzung &amp;starten …</translation>
    </message>
    <message>
        <source>Let students join from their browsers and each hold a party</source>
        <translation>Schüler treten über ihren Browser bei und übernehmen je eine Partei</translation>
    </message>
    <message>
        <source>S&amp;top Class Session</source>
        <translation>Klassensitzung &amp;beenden</translation>
    </message>
    <message>
        <source>Close the class session and every student&apos;s connection</source>
        <translation>Die Klassensitzung und alle Verbindungen der Schüler schließen</translation>
    </message>
    <message>
        <source>Show &amp;Join Card</source>
        <translation>&amp;Beitrittskarte zeigen</translation>
    </message>
    <message>
        <source>The QR code, address and room code for the projector</source>
        <translation>QR-Code, Adresse und Raumcode für den Beamer</translation>
    </message>
    <message>
        <source>Class Session</source>
        <translation>Klassensitzung</translation>
    </message>
    <message>
        <source>Start or stop the class session: students join from their browsers</source>
        <translation>Klassensitzung starten oder beenden: Schüler:innen treten über ihren Browser bei</translation>
    </message>
    <message>
        <source>Trust &amp;Game…</source>
        <translation>Vertrauens&amp;spiel …</translation>
    </message>
    <message>
        <source>Play the trust game in pairs with the class and show cooperation by power</source>
        <translation>Mit der Klasse das Vertrauensspiel in Paaren spielen und die Kooperation nach Macht zeigen</translation>
    </message>
</context>
<context>
    <name>powerfield::ClassStartDialog</name>
    <message>
        <source>Start Class Session</source>
        <translation>Klassensitzung starten</translation>
    </message>
    <message>
        <source>Students open the page from their phones or laptops on the same network. Nothing leaves the room.</source>
        <translation>Die Schüler öffnen die Seite auf Handy oder Laptop im selben Netz. Nichts verlässt den Raum.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (this computer only, for a try-out)</source>
        <translation>%1 (nur dieser Computer, zum Ausprobieren)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only, for a try-out)</source>
        <translation>127.0.0.1 (nur dieser Computer, zum Ausprobieren)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netzwerk:</translation>
    </message>
    <message>
        <source>When this port is taken, the next free one is used</source>
        <translation>Ist dieser Port belegt, wird der nächste freie genommen</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Crowd mode: students share the parties</source>
        <translation>&amp;Gruppenmodus: Schüler:innen teilen sich die Parteien</translation>
    </message>
    <message>
        <source>Several students hold each party; the party&apos;s values are the median of theirs</source>
        <translation>Mehrere Schüler:innen halten jede Partei; ihre Werte sind der Median der Werte aller</translation>
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
    <message>
        <source>Lens</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>Desire shown</source>
        <translation>Angezeigter Wunsch</translation>
    </message>
    <message>
        <source>Presentation mode shows the sliders of one desire at a time</source>
        <translation>Der Präsentationsmodus zeigt die Schieberegler jeweils eines Wunsches</translation>
    </message>
    <message>
        <source>Previous desire</source>
        <translation>Vorheriger Wunsch</translation>
    </message>
    <message>
        <source>Next desire</source>
        <translation>Nächster Wunsch</translation>
    </message>
    <message>
        <source>No one&apos;s beliefs differ from the actual values here: both lenses show the same.</source>
        <translation>Hier weicht niemandes Annahme von den tatsächlichen Werten ab: Beide Sichten zeigen dasselbe.</translation>
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
        <source>%1 offers nothing for %2</source>
        <translation>%1 bietet nichts für %2</translation>
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
    <message>
        <source>The label</source>
        <translation>Die Bezeichnung</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>Die Beschriftung</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>%1 wants %2 already</source>
        <translation>%1 will %2 bereits</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>There is no link between %1 and %2</source>
        <translation>Zwischen %1 und %2 gibt es keine Verbindung</translation>
    </message>
    <message>
        <source>Remove the link between %1 and %2</source>
        <translation>Die Verbindung zwischen %1 und %2 entfernen</translation>
    </message>
    <message>
        <source>%1 to %2 is not between %3 and %4</source>
        <translation>%1 an %2 liegt nicht zwischen %3 und %4</translation>
    </message>
    <message>
        <source>Edit the link between %1 and %2</source>
        <translation>Die Verbindung zwischen %1 und %2 bearbeiten</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Partei %1</translation>
    </message>
    <message>
        <source>Desire %1</source>
        <translation>Wunsch %1</translation>
    </message>
    <message>
        <source>%1&apos;s alternative</source>
        <translation>Alternative von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an edit named with the student who made it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>powerfield::DyadTableModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>From -1 to 1: positive when A holds more power (B depends on A more than A on B)</source>
        <translation>Von -1 bis 1: positiv, wenn A mehr Macht hat (B hängt stärker von A ab als A von B)</translation>
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
        <source>Balanced: %1 and %2 depend on each other about equally</source>
        <translation>Ausgeglichen: %1 und %2 hängen etwa gleich stark voneinander ab</translation>
    </message>
    <message>
        <source>%1 depends on %2 more: %2 holds more power</source>
        <translation>%1 hängt stärker von %2 ab: %2 hat mehr Macht</translation>
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
    <name>powerfield::EventsEditor</name>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Add an event at the current step</source>
        <translation>Ein Ereignis beim aktuellen Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>Änderung entfernen</translation>
    </message>
    <message>
        <source>Value of the selected change</source>
        <translation>Wert der ausgewählten Änderung</translation>
    </message>
    <message>
        <source>The value the selected change sets</source>
        <translation>Der Wert, den die ausgewählte Änderung setzt</translation>
    </message>
    <message>
        <source>&amp;Changes of the selected event:</source>
        <translation>Än&amp;derungen des ausgewählten Ereignisses:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Changes of the selected event</source>
        <translation>Änderungen des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <source>Event at step %1</source>
        <translation>Ereignis bei Schritt %1</translation>
    </message>
</context>
<context>
    <name>powerfield::ExportDialog</name>
    <message>
        <source>&amp;Large type and thick lines (presentation)</source>
        <translation>Große Schrift und dicke &amp;Linien (Präsentation)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Social field</source>
        <translation>Soziales Feld</translation>
    </message>
    <message>
        <source>Dependence panel</source>
        <translation>Abhängigkeitsbereich</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Macht im Zeitverlauf</translation>
    </message>
    <message>
        <source>Whole window (field, panel and plot)</source>
        <translation>Ganzes Fenster (Feld, Abhängigkeitsbereich und Diagramm)</translation>
    </message>
    <message>
        <source>Slide (title, caption, field with legend, plot)</source>
        <translation>Folie (Titel, Beschriftung, Feld mit Legende, Diagramm)</translation>
    </message>
    <message>
        <source>16:9 slide, 1920 × 1080</source>
        <translation>16:9-Folie, 1920 × 1080</translation>
    </message>
    <message>
        <source>16:9, 1600 × 900</source>
        <translation>16:9, 1600 × 900</translation>
    </message>
    <message>
        <source>4:3 slide, 1024 × 768</source>
        <translation>4:3-Folie, 1024 × 768</translation>
    </message>
    <message>
        <source>4:3, 1600 × 1200</source>
        <translation>4:3, 1600 × 1200</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Print (white background)</source>
        <translation>Druck (weißer Hintergrund)</translation>
    </message>
    <message>
        <source>Projector (dark, high contrast)</source>
        <translation>Beamer (dunkel, hoher Kontrast)</translation>
    </message>
    <message>
        <source>Transparent (for slides with a background)</source>
        <translation>Transparent (für Folien mit Hintergrund)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Scale (PNG):</source>
        <translation>&amp;Skalierung (PNG):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>Geben Sie die zu schreibende Datei an.</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf: that gives the format.</source>
        <translation>Der Dateiname muss auf .png, .svg oder .pdf enden: Daraus ergibt sich das Format.</translation>
    </message>
    <message>
        <source>The size times the scale must stay within 20000 × 20000 pixels.</source>
        <translation>Größe mal Skalierung darf 20000 × 20000 Pixel nicht überschreiten.</translation>
    </message>
    <message>
        <source>A PNG image of %1 × %2 pixels.</source>
        <translation>Ein PNG-Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>A %1 drawing that scales without loss; its text stays text.</source>
        <translation>Eine %1-Zeichnung, die sich verlustfrei skalieren lässt; ihr Text bleibt Text.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldChecklist</name>
    <message>
        <source>Build your scenario</source>
        <translation>Baue dein Szenario</translation>
    </message>
    <message>
        <source>Add two parties</source>
        <translation>Zwei Parteien hinzufügen</translation>
    </message>
    <message>
        <source>Say what each wants</source>
        <translation>Sagen, was jede will</translation>
    </message>
    <message>
        <source>Who provides it</source>
        <translation>Wer es gibt</translation>
    </message>
    <message>
        <source>Give someone an alternative</source>
        <translation>Jemandem eine Alternative geben</translation>
    </message>
    <message>
        <source>Add Party in the toolbar or the Edit menu, twice</source>
        <translation>Zweimal „Partei hinzufügen“ in der Werkzeugleiste oder im Menü Bearbeiten</translation>
    </message>
    <message>
        <source>Select a party: the Dependence panel adds a desire it wants</source>
        <translation>Eine Partei auswählen: Im Bereich Abhängigkeit fügst du einen Wunsch hinzu, den sie hat</translation>
    </message>
    <message>
        <source>Shift-drag from one party onto the other: what it gives the other</source>
        <translation>Mit gedrückter Umschalttaste von einer Partei auf die andere ziehen: was sie der anderen gibt</translation>
    </message>
    <message>
        <source>Select a party and choose Add Outside Option: what it could turn to instead</source>
        <translation>Eine Partei auswählen und „Außenoption hinzufügen“ wählen: wohin sie sich stattdessen wenden könnte</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldLayoutRunner</name>
    <message>
        <source>Automatic layout</source>
        <translation>Automatische Anordnung</translation>
    </message>
    <message>
        <source>Spread the parties out until they come to rest; parties you dragged stay where you put them</source>
        <translation>Die Parteien auseinanderziehen, bis sie zur Ruhe kommen; Parteien, die Sie gezogen haben, bleiben, wo Sie sie abgelegt haben</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldLegendOverlay</name>
    <message>
        <source>Show the legend</source>
        <translation>Legende anzeigen</translation>
    </message>
    <message>
        <source>Fold the legend away</source>
        <translation>Legende einklappen</translation>
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
    <message>
        <source>Pinned in place</source>
        <translation>An der Position fixiert</translation>
    </message>
    <message>
        <source>The automatic layout leaves a pinned party where it is</source>
        <translation>Die automatische Anordnung lässt eine fixierte Partei, wo sie ist</translation>
    </message>
    <message>
        <source>Drag to move it (the automatic layout then leaves it there); Shift-drag onto another party to add something it gives that party.</source>
        <translation>Ziehen Sie die Partei, um sie zu verschieben (die automatische Anordnung lässt sie dann dort); ziehen Sie sie mit gedrückter Umschalttaste auf eine andere Partei, um etwas hinzuzufügen, das sie dieser Partei gibt.</translation>
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
    <name>powerfield::JoinCard</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Join the Class</source>
        <translation>Der Klasse beitreten</translation>
    </message>
    <message>
        <source>No class session is running.</source>
        <translation>Es läuft keine Klassensitzung.</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR-Code von %1</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Raumcode: %1</translation>
    </message>
    <message>
        <source>Students connected: %1</source>
        <translation>Verbundene Schüler: %1</translation>
    </message>
    <message>
        <source>Leave &amp;Full Screen</source>
        <translation>&amp;Vollbild verlassen</translation>
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
    <message>
        <source>Add &amp;Outside Option</source>
        <translation>&amp;Außenoption hinzufügen</translation>
    </message>
    <message>
        <source>Give the selected party an alternative outside the relationship</source>
        <translation>Der ausgewählten Partei eine Alternative außerhalb der Beziehung geben</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write a view, the whole window or a slide to a PNG, SVG or PDF file</source>
        <translation>Eine Ansicht, das ganze Fenster oder eine Folie in eine PNG-, SVG- oder PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>B&amp;ild kopieren</translation>
    </message>
    <message>
        <source>Copy the view that has the focus (else the field) to the clipboard as an image</source>
        <translation>Die Ansicht mit dem Fokus (sonst das Feld) als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Lens: Actual Values</source>
        <translation>S&amp;icht: tatsächliche Werte</translation>
    </message>
    <message>
        <source>Checked: every view shows the actual values; unchecked: what each party perceives</source>
        <translation>Aktiviert: Jede Ansicht zeigt die tatsächlichen Werte; deaktiviert: was jede Partei wahrnimmt</translation>
    </message>
    <message>
        <source>Actual Values</source>
        <translation>Tatsächliche Werte</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>The scenario&apos;s title, description and teacher notes</source>
        <translation>Titel, Beschreibung und Notizen für Lehrende des Szenarios</translation>
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
    <message>
        <source>Story controls</source>
        <translation>Steuerung der Geschichte</translation>
    </message>
    <message>
        <source>Sliders of the dependence panel</source>
        <translation>Schieberegler des Abhängigkeitsbereichs</translation>
    </message>
    <message>
        <source>Cannot export the view</source>
        <translation>Die Ansicht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Cannot copy the image</source>
        <translation>Das Bild kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>The view could not be drawn.</source>
        <translation>Die Ansicht konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Copied an image of %1 × %2 pixels to the clipboard.</source>
        <translation>Ein Bild mit %1 × %2 Pixeln in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Cannot add an outside option</source>
        <translation>Die Außenoption kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Select one party first: the option is that party&apos;s alternative.</source>
        <translation>Wählen Sie zuerst eine Partei: Die Option ist eine Alternative dieser Partei.</translation>
    </message>
    <message>
        <source>The selected party is not in the scenario.</source>
        <translation>Die ausgewählte Partei ist nicht im Szenario.</translation>
    </message>
    <message>
        <source>Getting &amp;Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Build a scenario of your own in six steps</source>
        <translation>Ein eigenes Szenario in sechs Schritten bauen</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>What every number in Powerfield means, and where the ideas come from</source>
        <translation>Was jede Zahl in Powerfield bedeutet und woher die Ideen kommen</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Start from two people who want something from each other, or from an empty field?</source>
        <translation>Mit zwei Personen beginnen, die etwas voneinander wollen, oder mit einem leeren Feld?</translation>
    </message>
    <message>
        <source>Start from &amp;Two People</source>
        <translation>Mit &amp;zwei Personen beginnen</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Two people: give one of them an alternative (Ctrl+Shift+O) and watch the power shift</source>
        <translation>Zwei Personen: Geben Sie einer eine Alternative (Strg+Umschalt+O) und sehen Sie, wie sich die Macht verschiebt</translation>
    </message>
    <message>
        <source>Cannot change the properties</source>
        <translation>Die Eigenschaften lassen sich nicht ändern</translation>
    </message>
    <message>
        <source>Nothing changes: no belief differs from the actual quality at this step</source>
        <translation>Nichts ändert sich: Keine Einschätzung weicht in diesem Schritt von der tatsächlichen Qualität ab</translation>
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
    <message>
        <source>Give %1 somewhere else to get %2: an outside option offering it at 0.50</source>
        <translation>Geben Sie %1 eine andere Quelle für %2: eine Außenoption, die es mit 0,50 bietet</translation>
    </message>
    <message>
        <source>%1 wants it</source>
        <translation>%1 wünscht es sich</translation>
    </message>
    <message>
        <source>Gets from %1 (actual)</source>
        <translation>Bekommt von %1 (tatsächlich)</translation>
    </message>
    <message>
        <source>Gets from %1</source>
        <translation>Bekommt von %1</translation>
    </message>
    <message>
        <source>Believes it gets</source>
        <translation>Glaubt zu bekommen</translation>
    </message>
    <message>
        <source>Alternative: none</source>
        <translation>Alternative: keine</translation>
    </message>
    <message>
        <source>Alternative: none yet</source>
        <translation>Alternative: noch keine</translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation>Alternative: %1</translation>
    </message>
    <message>
        <source>%1 wants…</source>
        <translation>%1 will…</translation>
    </message>
    <message>
        <source>Choose something %1 comes to want: a desire of the scenario, or a new one</source>
        <translation>Wählen Sie, was %1 wollen soll: einen Wunsch aus dem Szenario oder einen neuen</translation>
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
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>“%1” is not a kind of party (%2, %3, %4 or %5)</source>
        <translation>„%1“ ist keine Art von Partei (%2, %3, %4 oder %5)</translation>
    </message>
    <message>
        <source>Set by an event at step %1</source>
        <translation>Von einem Ereignis in Schritt %1 gesetzt</translation>
    </message>
    <message>
        <source>Set by the event at step %1: %2</source>
        <translation>Vom Ereignis in Schritt %1 gesetzt: %2</translation>
    </message>
    <message>
        <source>%1 wants %2 from this step on</source>
        <translation>%1 will %2 ab diesem Schritt</translation>
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
    <message>
        <source>Before the edit</source>
        <translation>Vor der Änderung</translation>
    </message>
    <message>
        <source>power</source>
        <translation>Macht</translation>
    </message>
    <message>
        <source>%1: dependence</source>
        <translation>%1: Abhängigkeit</translation>
    </message>
    <message>
        <source>%1: cooperation</source>
        <translation>%1: Kooperation</translation>
    </message>
    <message>
        <source>Relative power</source>
        <translation>Relative Macht</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Bindung</translation>
    </message>
    <message>
        <source>Predicted cooperation</source>
        <translation>Vorhergesagte Kooperation</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Macht im Zeitverlauf</translation>
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
    <message>
        <source>Show dependences, commitment and cooperation</source>
        <translation>Abhängigkeiten, Bindung und Kooperation zeigen</translation>
    </message>
    <message>
        <source>A second chart under the relative power, shown when the plot is tall enough for both</source>
        <translation>Ein zweites Diagramm unter der relativen Macht, sichtbar, wenn die Grafik für beide hoch genug ist</translation>
    </message>
</context>
<context>
    <name>powerfield::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen with large type, thick lines and high contrast for a lecture hall; Esc leaves</source>
        <translation>Vollbild mit großer Schrift, dicken Linien und hohem Kontrast für den Hörsaal; Esc beendet ihn</translation>
    </message>
    <message>
        <source>Presentation mode (F5; Esc leaves)</source>
        <translation>Präsentationsmodus (F5; Esc beendet ihn)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
</context>
<context>
    <name>powerfield::PropertiesDialog</name>
    <message>
        <source>Scenario Properties</source>
        <translation>Eigenschaften des Szenarios</translation>
    </message>
    <message>
        <source>For example: Roommates and the quiet evenings</source>
        <translation>Zum Beispiel: Mitbewohner und die ruhigen Abende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The situation in a few sentences, for whoever opens the file</source>
        <translation>Die Lage in wenigen Sätzen, für alle, die die Datei öffnen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Learning goal, what to try, what the model does not claim</source>
        <translation>Lernziel, was man ausprobieren kann, was das Modell nicht behauptet</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notizen für Lehrende</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Teacher &amp;notes:</source>
        <translation>&amp;Notizen für Lehrende:</translation>
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
        <source>Wanted by</source>
        <translation>Gewünscht von</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s need for %2</source>
        <translation>Bedürfnis von %1 nach %2 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and all that refers to it</source>
        <translation>%1 mit allem entfernen, was sich darauf bezieht</translation>
    </message>
    <message>
        <source>Remove %1&apos;s %2 for %3</source>
        <translation>%2 von %1 für %3 entfernen</translation>
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
    <message>
        <source>Value to sweep</source>
        <translation>Zu variierender Wert</translation>
    </message>
    <message>
        <source>Pick a value to sweep</source>
        <translation>Wählen Sie einen Wert, der variiert werden soll</translation>
    </message>
    <message>
        <source>Pick a value above to see power across its whole range</source>
        <translation>Wählen Sie oben einen Wert, um die Macht über seinen ganzen Bereich zu sehen</translation>
    </message>
    <message>
        <source>Relative power</source>
        <translation>Relative Macht</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Abhängigkeit</translation>
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
<context>
    <name>powerfield::TimePanel</name>
    <message>
        <source>Power over time</source>
        <translation>Macht im Zeitverlauf</translation>
    </message>
    <message>
        <source>Sweep one value</source>
        <translation>Einen Wert variieren</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>The selected dyad across the whole range of one value</source>
        <translation>Die ausgewählte Dyade über den ganzen Bereich eines Werts</translation>
    </message>
    <message>
        <source>Add, remove and edit the events of the story</source>
        <translation>Ereignisse der Geschichte hinzufügen, entfernen und bearbeiten</translation>
    </message>
</context>
<context>
    <name>powerfield::TrustChart</name>
    <message>
        <source>Show each round</source>
        <translation>Jede Runde zeigen</translation>
    </message>
    <message>
        <source>Cooperation by power</source>
        <translation>Kooperation nach Macht</translation>
    </message>
</context>
<context>
    <name>powerfield::TrustChartPlot</name>
    <message>
        <source>Cooperation by power: this class, the published study and the model</source>
        <translation>Kooperation nach Macht: diese Klasse, die veröffentlichte Studie und das Modell</translation>
    </message>
    <message>
        <source>This class (95 % interval)</source>
        <translation>Diese Klasse (95-%-Intervall)</translation>
    </message>
    <message>
        <source>du Plessis et al. 2023</source>
        <translation>du Plessis u. a. 2023</translation>
    </message>
    <message>
        <source>Model&apos;s prediction</source>
        <translation>Vorhersage des Modells</translation>
    </message>
    <message>
        <source>cooperated (%)</source>
        <translation>kooperiert (%)</translation>
    </message>
    <message>
        <source>by round (%)</source>
        <translation>je Runde (%)</translation>
    </message>
    <message>
        <source>round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>%1
%2 of %3 cooperated</source>
        <translation>%1
%2 von %3 kooperierten</translation>
    </message>
</context>
<context>
    <name>powerfield::TrustGameDock</name>
    <message>
        <source>Trust game</source>
        <translation>Vertrauensspiel</translation>
    </message>
    <message>
        <source>Trust Game</source>
        <translation>Vertrauensspiel</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>Runde ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Students choose Cooperate or Defect; each pair sees the outcome once both chose</source>
        <translation>Die Schüler wählen Kooperieren oder Nicht kooperieren; jedes Paar sieht das Ergebnis, sobald beide gewählt haben</translation>
    </message>
    <message>
        <source>&amp;Close Round</source>
        <translation>Runde &amp;schließen</translation>
    </message>
    <message>
        <source>End the round now; pairs that did not both choose leave no rows</source>
        <translation>Die Runde jetzt beenden; Paare, in denen nicht beide gewählt haben, hinterlassen keine Zeilen</translation>
    </message>
    <message>
        <source>Re&amp;shuffle Pairs</source>
        <translation>Paare neu &amp;mischen</translation>
    </message>
    <message>
        <source>S&amp;wap Roles</source>
        <translation>Rollen &amp;tauschen</translation>
    </message>
    <message>
        <source>High and low power trade places in every unequal pair</source>
        <translation>Hohe und niedrige Macht tauschen in jedem ungleichen Paar die Plätze</translation>
    </message>
    <message>
        <source>&amp;Both feel powerful</source>
        <translation>&amp;Beide fühlen sich mächtig</translation>
    </message>
    <message>
        <source>Both players of an unequal pair are told they have the final say; the points stay unequal. Debrief the class afterwards.</source>
        <translation>Beiden eines ungleichen Paars wird gesagt, dass sie das letzte Wort haben; die Punkte bleiben ungleich. Klären Sie die Klasse danach auf.</translation>
    </message>
    <message>
        <source>Outside &amp;threat</source>
        <translation>Bedrohung von &amp;außen</translation>
    </message>
    <message>
        <source>A competing group takes the pot unless both of a pair cooperate</source>
        <translation>Eine konkurrierende Gruppe nimmt den Topf, wenn nicht beide eines Paars kooperieren</translation>
    </message>
    <message>
        <source>&amp;Names in the log</source>
        <translation>&amp;Namen im Protokoll</translation>
    </message>
    <message>
        <source>Save &amp;Log…</source>
        <translation>&amp;Protokoll speichern …</translation>
    </message>
    <message>
        <source>Save S&amp;ummary…</source>
        <translation>&amp;Zusammenfassung speichern …</translation>
    </message>
    <message>
        <source>Export Chart as &amp;Slide…</source>
        <translation>Diagramm als &amp;Folie exportieren …</translation>
    </message>
    <message>
        <source>Stop &amp;Game</source>
        <translation>Spiel &amp;beenden</translation>
    </message>
    <message>
        <source>Start &amp;Game</source>
        <translation>Spiel &amp;starten</translation>
    </message>
    <message>
        <source>No trust game. Students who have joined the class session play when it starts.</source>
        <translation>Kein Vertrauensspiel. Wer der Klassensitzung beigetreten ist, spielt mit, sobald es beginnt.</translation>
    </message>
    <message>
        <source>Round %1 of %2 open: %3 of %4 students chose.</source>
        <translation>Runde %1 von %2 offen: %3 von %4 Schülern haben gewählt.</translation>
    </message>
    <message>
        <source>%1 of %2 rounds played, %3 students paired.</source>
        <translation>%1 von %2 Runden gespielt, %3 Schüler in Paaren.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Bilder (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Konnte nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>powerfield::UiZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Make the text and the field larger in every view</source>
        <translation>Text und Feld in jeder Ansicht vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Make the text and the field smaller in every view</source>
        <translation>Text und Feld in jeder Ansicht verkleinern</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>&amp;Normale Größe</translation>
    </message>
    <message>
        <source>Return the text to its normal size and fit the field to the window</source>
        <translation>Den Text auf normale Größe zurücksetzen und das Feld an das Fenster anpassen</translation>
    </message>
</context>
<context>
    <name>powerfield::ValueSlider</name>
    <message>
        <source>Sweep this value</source>
        <translation>Diesen Wert über seinen ganzen Bereich zeigen</translation>
    </message>
    <message>
        <source>Plot relative power across the whole range of this value</source>
        <translation>Die relative Macht über den ganzen Bereich dieses Werts zeichnen</translation>
    </message>
</context>
<context>
    <name>powerfield::ViewExporter</name>
    <message>
        <source>Export This View…</source>
        <translation>Diese Ansicht exportieren…</translation>
    </message>
    <message>
        <source>Write this view to a PNG, SVG or PDF file</source>
        <translation>Diese Ansicht in eine PNG-, SVG- oder PDF-Datei schreiben</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy this view to the clipboard as an image</source>
        <translation>Diese Ansicht als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>There is no view named “%1”.</source>
        <translation>Es gibt keine Ansicht namens „%1“.</translation>
    </message>
</context>
<context>
    <name>powerfield::WantsMenu</name>
    <message>
        <source>%1 wants</source>
        <translation>%1 will</translation>
    </message>
    <message>
        <source>A new desire…</source>
        <translation>Ein neuer Wunsch…</translation>
    </message>
    <message>
        <source>A new desire</source>
        <translation>Ein neuer Wunsch</translation>
    </message>
    <message>
        <source>What does %1 want? (for example company, money, advice)</source>
        <translation>Was will %1? (zum Beispiel Gesellschaft, Geld, Rat)</translation>
    </message>
    <message>
        <source>Should %1 want %2?</source>
        <translation>Soll %1 %2 wollen?</translation>
    </message>
    <message>
        <source>%1 does not want %2 yet, so what %3 gives counts for nothing.

Should %1 want %2 (importance %4)?</source>
        <translation>%1 will %2 noch nicht, also zählt nichts, was %3 gibt.

Soll %1 %2 wollen (Wichtigkeit %4)?</translation>
    </message>
</context>
<context>
    <name>powerfield::classroom::ClassServer</name>
    <message>
        <source>%1 %2 -&gt; %3</source>
        <comment>the dock&apos;s last action: what, old value, new value</comment>
        <translation>%1 %2 -&gt; %3</translation>
    </message>
</context>
</TS>
