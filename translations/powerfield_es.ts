<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BalanceMeter</name>
    <message>
        <source>Balanced: neither holds power (R = %1)</source>
        <translation>Equilibrio: ninguna parte tiene más poder (R = %1)</translation>
    </message>
    <message>
        <source>%1 holds more power (R = %2)</source>
        <translation>%1 tiene más poder (R = %2)</translation>
    </message>
    <message>
        <source>Select two parties that depend on each other.</source>
        <translation>Seleccione dos partes que dependan una de otra.</translation>
    </message>
    <message>
        <source>%1 depends on %2</source>
        <translation>%1 depende de %2</translation>
    </message>
</context>
<context>
    <name>ChangeText</name>
    <message>
        <source>%1 becomes %2</source>
        <translation>%1 pasa a ser %2</translation>
    </message>
    <message>
        <source>%1 becomes active</source>
        <translation>%1 se vuelve activo</translation>
    </message>
    <message>
        <source>%1 becomes inactive</source>
        <translation>%1 se vuelve inactivo</translation>
    </message>
    <message>
        <source>%1 moves on the field</source>
        <translation>%1 se mueve en el campo</translation>
    </message>
    <message>
        <source>%1: investment in %2 becomes exclusive</source>
        <translation>%1: la inversión en %2 pasa a ser exclusiva</translation>
    </message>
    <message>
        <source>%1: investment in %2 stops being exclusive</source>
        <translation>%1: la inversión en %2 deja de ser exclusiva</translation>
    </message>
    <message>
        <source>%1 is added</source>
        <translation>se añade %1</translation>
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
        <translation>Uso:
  powerfield [ARCHIVO]                                abre la ventana (con ARCHIVO o con el primer ejemplo)
  powerfield --analyze ARCHIVO [--time T] [--lens L]  análisis en un instante, JSON en stdout
  powerfield --series ARCHIVO [--lens L] [--csv]      cada paso, JSON (o CSV) en stdout
  powerfield --list-examples                          nombres de los ejemplos incluidos
  --example NOMBRE                                    usar un ejemplo incluido en lugar de ARCHIVO

Opciones:
  --time T        paso de tiempo entero, 0..duración (por defecto 0)
  --lens L        perceived (por defecto: lo que cree cada parte) o actual
  --csv           con --series: una fila por paso y díada, con fila de cabecera
  -h, --help      muestra esta ayuda
  -v, --version   muestra la versión

Estado de salida: 0 éxito, 2 error de uso, 3 archivo de entrada ilegible o no válido,
4 no se puede escribir la salida.
</translation>
    </message>
    <message>
        <source>powerfield: cannot write to standard output</source>
        <translation>powerfield: no se puede escribir en la salida estándar</translation>
    </message>
    <message>
        <source>--analyze and --series cannot be combined</source>
        <translation>--analyze y --series no se pueden combinar</translation>
    </message>
    <message>
        <source>--csv goes with --series</source>
        <translation>--csv va con --series</translation>
    </message>
    <message>
        <source>--time goes with --analyze; --series covers every step</source>
        <translation>--time va con --analyze; --series abarca todos los pasos</translation>
    </message>
    <message>
        <source>say what to do: --analyze, --series or --list-examples</source>
        <translation>indique qué hacer: --analyze, --series o --list-examples</translation>
    </message>
    <message>
        <source>Try &apos;powerfield --help&apos; for more information.</source>
        <translation>Pruebe &apos;powerfield --help&apos; para más información.</translation>
    </message>
    <message>
        <source>--lens must be &apos;perceived&apos; or &apos;actual&apos;, not &apos;%1&apos;</source>
        <translation>--lens debe ser &apos;perceived&apos; o &apos;actual&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected one input file, got %1</source>
        <translation>se esperaba un archivo de entrada, se recibieron %1</translation>
    </message>
    <message>
        <source>give either a FILE or --example NAME</source>
        <translation>indique un ARCHIVO o --example NOMBRE, no ambos</translation>
    </message>
    <message>
        <source>no example named &apos;%1&apos; (see --list-examples)</source>
        <translation>no hay ningún ejemplo llamado &apos;%1&apos; (vea --list-examples)</translation>
    </message>
    <message>
        <source>--time must be an integer from 0 to %1, not &apos;%2&apos;</source>
        <translation>--time debe ser un entero de 0 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT, such as 1920x1080</source>
        <translation>--size debe ser ANCHOxALTO, por ejemplo 1920x1080</translation>
    </message>
    <message>
        <source>--size must lie between 16x16 and 20000x20000</source>
        <translation>--size debe estar entre 16x16 y 20000x20000</translation>
    </message>
    <message>
        <source>--scale must be 1, 2, 3 or 4</source>
        <translation>--scale debe ser 1, 2, 3 o 4</translation>
    </message>
    <message>
        <source>--theme must be print, projector or transparent</source>
        <translation>--theme debe ser print, projector o transparent</translation>
    </message>
    <message>
        <source>--export needs a file ending in .png, .svg or .pdf</source>
        <translation>--export necesita un archivo terminado en .png, .svg o .pdf</translation>
    </message>
    <message>
        <source>--dyad must name two different parties of the file, as A,B</source>
        <translation>--dyad debe nombrar dos partes distintas del archivo, como A,B</translation>
    </message>
    <message>
        <source>--export needs --view (%1)</source>
        <translation>--export necesita --view (%1)</translation>
    </message>
    <message>
        <source>--view must be one of %1</source>
        <translation>--view debe ser uno de %1</translation>
    </message>
    <message>
        <source>--size times --scale must stay within 20000x20000 pixels</source>
        <translation>--size por --scale no debe pasar de 20000x20000 píxeles</translation>
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
Imágenes:
  powerfield --export SALIDA.png|svg|pdf --view VISTA ARCHIVO [opciones]
  --view VISTA    field, panel, plot, window (las vistas principales una junto
                  a otra, como en pantalla) o slide (título, texto, campo con
                  leyenda, gráfico debajo)
  --dyad A,B      la díada que muestran el panel y el gráfico (por defecto: la
                  guardada o, si no la hay, la más desequilibrada)
  --size WxH      tamaño de la imagen en píxeles lógicos (por defecto
                  1600x900). La composición sigue su forma: 1920x1080 da una
                  diapositiva 16:9, 1024x768 una 4:3
  --scale S       de 1 a 4: píxeles PNG por píxel lógico (1920x1080 con 2 da
                  3840x2160)
  --theme TEMA    print (blanco, el predeterminado), projector (oscuro, líneas
                  gruesas) o transparent (para diapositivas con fondo propio)
  --presentation  letra grande y líneas gruesas, para la última fila
  --layout        ejecutar la disposición automática hasta que se estabilice
                  antes de dibujar
SVG y PDF conservan el texto como texto.
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
La ventana:
  powerfield --example NOMBRE                           abre la ventana con un ejemplo incorporado
  powerfield --presentation [ARCHIVO | --example NOMBRE] la abre en modo presentación, a
                                                        pantalla completa (Esc sale)
</translation>
    </message>
    <message>
        <source>--list-examples takes no FILE</source>
        <translation>--list-examples no admite ARCHIVO</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 aparece más de una vez</translation>
    </message>
    <message>
        <source>%1 does not go with %2</source>
        <translation>%1 no va con %2</translation>
    </message>
    <message>
        <source>the FILE name is empty</source>
        <translation>el nombre del ARCHIVO está vacío</translation>
    </message>
    <message>
        <source>--dyad: the file has no party with the id &apos;%1&apos;</source>
        <translation>--dyad: el archivo no tiene ninguna parte con el identificador &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dyad: %1 and %2 form no dyad at time %3 (neither depends on the other then)</source>
        <translation>--dyad: %1 y %2 no forman una díada en el instante %3 (ninguno depende entonces del otro)</translation>
    </message>
    <message>
        <source>--dyad: %1 and %2 form no dyad at any time</source>
        <translation>--dyad: %1 y %2 no forman una díada en ningún instante</translation>
    </message>
    <message>
        <source>--%1 goes with --export; the window takes FILE or --example NAME, and --presentation</source>
        <translation>--%1 va con --export; la ventana admite ARCHIVO o --example NOMBRE, y --presentation</translation>
    </message>
    <message>
        <source>give at most one file to open</source>
        <translation>indique como mucho un archivo para abrir</translation>
    </message>
    <message>
        <source>  powerfield --class-session [--port P] [--listen ADDRESS] [FILE | --example NAME]
                  open it with a class session running: students join from their
                  browsers; prints the join address and the room code, one a line
                  (port 8080 or the next free one, 0 for any; all networks unless
                  --listen names one address)
</source>
        <translation>  powerfield --class-session [--port P] [--listen DIRECCIÓN] [ARCHIVO | --example NOMBRE]
                  lo abre con una sesión de clase en marcha: los alumnos se unen desde
                  su navegador; imprime la dirección y el código de sala, uno por línea
                  (puerto 8080 o el siguiente libre, 0 para cualquiera; todas las redes
                  salvo que --listen nombre una dirección)
</translation>
    </message>
    <message>
        <source>--%1 goes with --class-session</source>
        <translation>--%1 va con --class-session</translation>
    </message>
    <message>
        <source>--port takes a number from 0 (any free port) to 65535</source>
        <translation>--port admite un número de 0 (cualquier puerto libre) a 65535</translation>
    </message>
    <message>
        <source>--listen takes an IP address such as 192.168.1.20, not &apos;%1&apos;</source>
        <translation>--listen admite una dirección IP como 192.168.1.20, no «%1»</translation>
    </message>
    <message>
        <source>powerfield: the class session could not start: %1</source>
        <translation>powerfield: la sesión de clase no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>%1 needs --%2, a whole number from %3 to %4</source>
        <translation>%1 necesita --%2, un número entero de %3 a %4</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed debe ser un número entero de 0 a 4294967295, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 needs a file name</source>
        <translation>--%1 necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--log and --summary name the same file</source>
        <translation>--log y --summary nombran el mismo archivo</translation>
    </message>
    <message>
        <source>%1 takes no FILE</source>
        <translation>%1 no admite ARCHIVO</translation>
    </message>
    <message>
        <source>--%1 goes with %2</source>
        <translation>--%1 va con %2</translation>
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
El juego de confianza (una clase simulada, sin pantalla):
  powerfield --simulate-trust-game --students N --rounds R [--seed S]
             [--log LOG.csv] [--summary SUMMARY.csv]
                  N estudiantes (1 a 10000) juegan R rondas (1 a 1000), emparejados
                  de nuevo en cada ronda; cada uno coopera con la tasa publicada de
                  su papel. La misma semilla (por defecto 1) juega la misma partida.
                  --log escribe cada decisión, --summary las tasas por condición y
                  papel con intervalos de Wilson del 95 % e indica si la clase
                  reprodujo el orden publicado; sin --summary el resumen va a la
                  salida estándar
</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>Set the base of %1 to %2</source>
        <translation>Poner la base de poder de %1 en %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>the event at %1</source>
        <translation>el evento en %1</translation>
    </message>
    <message>
        <source>Move %1 to time %2</source>
        <translation>Mover %1 al instante %2</translation>
    </message>
    <message>
        <source>Label the event at %1 &quot;%2&quot;</source>
        <translation>Titular el evento en %1 «%2»</translation>
    </message>
    <message>
        <source>Change the caption of %1</source>
        <translation>Cambiar el texto de %1</translation>
    </message>
    <message>
        <source>Edit a change of the event at %1</source>
        <translation>Editar un cambio del evento en %1</translation>
    </message>
    <message>
        <source>Add the event at %1</source>
        <translation>Añadir el evento en %1</translation>
    </message>
    <message>
        <source>Remove the event at %1</source>
        <translation>Quitar el evento en %1</translation>
    </message>
    <message>
        <source>Add a change to the event at %1</source>
        <translation>Añadir un cambio al evento en %1</translation>
    </message>
    <message>
        <source>Remove a change of the event at %1</source>
        <translation>Quitar un cambio del evento en %1</translation>
    </message>
    <message>
        <source>Make %1&apos;s investment in %2 exclusive</source>
        <translation>Hacer exclusiva la inversión de %1 en %2</translation>
    </message>
    <message>
        <source>Make %1&apos;s investment in %2 not exclusive</source>
        <translation>Hacer no exclusiva la inversión de %1 en %2</translation>
    </message>
    <message>
        <source>Set %1&apos;s investment in %2 to %3</source>
        <translation>Poner la inversión de %1 en %2 a %3</translation>
    </message>
    <message>
        <source>Set %1&apos;s need for %2 to %3</source>
        <translation>Poner la necesidad de %1 de %2 a %3</translation>
    </message>
    <message>
        <source>Remove %1&apos;s need for %2</source>
        <translation>Quitar la necesidad de %1 de %2</translation>
    </message>
    <message>
        <source>Set what %1 offers for %2 to %3</source>
        <translation>Poner lo que %1 ofrece en %2 a %3</translation>
    </message>
    <message>
        <source>Remove what %1 offers for %2</source>
        <translation>Quitar lo que %1 ofrece en %2</translation>
    </message>
    <message>
        <source>Set %1&apos;s colour to %2</source>
        <translation>Poner el color de %1 a %2</translation>
    </message>
    <message>
        <source>Make %1 a %2</source>
        <translation>Hacer de %1 del tipo «%2»</translation>
    </message>
    <message>
        <source>Bring %1 into the field</source>
        <translation>Traer a %1 al campo</translation>
    </message>
    <message>
        <source>Take %1 out of the field</source>
        <translation>Sacar a %1 del campo</translation>
    </message>
    <message>
        <source>Set %1&apos;s comparison level to %2</source>
        <translation>Poner el nivel de comparación de %1 a %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2 for %3</source>
        <translation>%2 de %1 para %3</translation>
    </message>
    <message>
        <source>Set the quality of %1 to %2</source>
        <translation>Poner la calidad de %1 a %2</translation>
    </message>
    <message>
        <source>Let the belief in %1 follow its quality</source>
        <translation>Hacer que la creencia sobre %1 siga de nuevo a la calidad</translation>
    </message>
    <message>
        <source>Set the perceived quality of %1 to %2</source>
        <translation>Poner la calidad percibida de %1 a %2</translation>
    </message>
    <message>
        <source>Set title to &quot;%1&quot;</source>
        <translation>Poner el título «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Set duration to %n step(s)</source>
        <translation>
            <numerusform>Poner la duración a %n paso</numerusform>
            <numerusform>Poner la duración a %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin %1 in place</source>
        <translation>Fijar la posición de %1</translation>
    </message>
    <message>
        <source>Release %1 from its place</source>
        <translation>Liberar la posición de %1</translation>
    </message>
    <message>
        <source>Change the scenario&apos;s properties</source>
        <translation>Cambiar las propiedades del escenario</translation>
    </message>
    <message>
        <source>Add %1, wanted by %2</source>
        <translation>Añadir %1, deseado por %2</translation>
    </message>
    <message>
        <source>%1 wants %2</source>
        <translation>%1 quiere %2</translation>
    </message>
    <message>
        <source>Add %1, which %2 wants</source>
        <translation>Añadir %1, que %2 quiere</translation>
    </message>
</context>
<context>
    <name>ContextHelp</name>
    <message>
        <source>&amp;Help on This View</source>
        <translation>&amp;Ayuda sobre esta vista</translation>
    </message>
    <message>
        <source>What the view with the keyboard focus shows and how to use it</source>
        <translation>Qué muestra la vista que tiene el foco del teclado y cómo usarla</translation>
    </message>
</context>
<context>
    <name>DependencePanel</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>No dyad to show: select two parties that depend on each other.</source>
        <translation>No hay díada que mostrar: seleccione dos partes que dependan una de otra.</translation>
    </message>
</context>
<context>
    <name>Describe</name>
    <message>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
    <message>
        <source>%1 at step %2 of %3, as things actually are.</source>
        <translation>%1 en el paso %2 de %3, tal como es en realidad.</translation>
    </message>
    <message>
        <source>%1 at step %2 of %3, as the parties see it.</source>
        <translation>%1 en el paso %2 de %3, tal como lo ven las partes.</translation>
    </message>
    <message>
        <source>Now: %1.</source>
        <translation>Ahora: %1.</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Ahora: %1. %2</translation>
    </message>
    <message>
        <source>Across the field, %1 holds the most power (others depend on %1 by %2 in all) and %3 depends most on others (%4 in all).</source>
        <translation>En todo el campo, %1 tiene el mayor poder (los demás dependen de %1 en %2 en total) y %3 es quien más depende de otros (%4 en total).</translation>
    </message>
    <message>
        <source>%1 and %2 are linked, but neither depends on the other.</source>
        <translation>%1 y %2 están vinculados, pero ninguno depende del otro.</translation>
    </message>
    <message>
        <source>Nobody depends on anybody yet: no party provides anything to another.</source>
        <translation>Todavía nadie depende de nadie: ninguna parte proporciona nada a otra.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>The comparison level</source>
        <translation>El nivel de comparación</translation>
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
        <translation>La importancia</translation>
    </message>
    <message>
        <source>The quality</source>
        <translation>La calidad</translation>
    </message>
    <message>
        <source>The perceived quality</source>
        <translation>La calidad percibida</translation>
    </message>
    <message>
        <source>The investment</source>
        <translation>La inversión</translation>
    </message>
    <message>
        <source>%1 must lie between 0 and 1</source>
        <translation>%1 debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 debe ser un número finito</translation>
    </message>
    <message>
        <source>A name must not be empty</source>
        <translation>Un nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use ASCII letters, digits, - and _</source>
        <translation>«%1» no es un identificador válido: use letras ASCII, dígitos, - y _</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is taken</source>
        <translation>El identificador «%1» ya está en uso</translation>
    </message>
    <message>
        <source>There is no party &quot;%1&quot;</source>
        <translation>No existe la parte «%1»</translation>
    </message>
    <message>
        <source>There is no desire &quot;%1&quot;</source>
        <translation>No existe el deseo «%1»</translation>
    </message>
    <message>
        <source>There is no outside option &quot;%1&quot;</source>
        <translation>No existe la opción externa «%1»</translation>
    </message>
    <message>
        <source>A party cannot be its own partner</source>
        <translation>Una parte no puede ser su propia pareja</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation>«%1» no es un color de la forma #RRGGBB</translation>
    </message>
    <message>
        <source>A change must set at least one value</source>
        <translation>Un cambio debe fijar al menos un valor</translation>
    </message>
    <message>
        <source>A change names one record and sets only the fields of its kind</source>
        <translation>Un cambio nombra un único registro y fija solo los campos de su tipo</translation>
    </message>
    <message>
        <source>The time must lie between 0 and %1</source>
        <translation>El instante debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>Unknown kind of party (%1)</source>
        <translation>Tipo de parte desconocido (%1)</translation>
    </message>
    <message>
        <source>Unknown base of power (%1)</source>
        <translation>Base de poder desconocida (%1)</translation>
    </message>
    <message>
        <source>%1 must lie between -%2 and %2</source>
        <translation>%1 debe estar entre -%2 y %2</translation>
    </message>
    <message>
        <source>A name</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long</source>
        <translation>%1 puede tener como máximo %2 caracteres</translation>
    </message>
    <message>
        <source>An id</source>
        <translation>Un identificador</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>La etiqueta</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>El texto</translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <source>The 1970s marriage</source>
        <translation>El matrimonio de los años setenta</translation>
    </message>
    <message>
        <source>In 1970 Linda depends on her husband Frank for money, security and her place in society, and leaving him looks like ruin. Over the decade the pill, college, a paid job and a divorce that is no longer shameful give her real alternatives. Power in the marriage moves toward balance, and the couple renegotiates.</source>
        <translation>En 1970 Linda depende de su marido Frank para el dinero, la seguridad y su lugar en la sociedad, y dejarlo parece la ruina. A lo largo de la década, la píldora, la universidad, un trabajo remunerado y un divorcio que ya no es vergonzoso le dan alternativas reales. El poder en el matrimonio se acerca al equilibrio y la pareja renegocia.</translation>
    </message>
    <message>
        <source>Learning goal: a partner gains power without anything changing inside the marriage, simply because her alternatives outside it improve, and beliefs about alternatives count as much as the alternatives themselves.

What to try:
- Step through the decade and watch Linda&apos;s dependence on Frank shrink while his on her stays put until the divorce laws change.
- At t=2, switch to the actual lens: the career she plans is mostly imagined, yet under the perceived lens it already lowers her dependence.
- At t=8, remove the job (make the employer inactive) and see how much of the shift it carried.
- At t=10, the outcome Frank gives her is higher than at the start: ask why a more powerful partner might get a better deal.

What the model does not claim: this is one stylized couple, not a history of all marriages; husbands gained alternatives too, and many couples changed for reasons of love and conviction rather than bargaining power. The numbers are chosen to make the shift visible.</source>
        <translation>Objetivo de aprendizaje: una persona gana poder en la pareja sin que nada cambie dentro del matrimonio, simplemente porque mejoran sus alternativas fuera de él, y las creencias sobre las alternativas cuentan tanto como las propias alternativas.

Qué probar:
- Recorra la década y observe cómo la dependencia de Linda respecto de Frank se reduce mientras la de él respecto de ella no cambia hasta que cambian las leyes del divorcio.
- En t=2, cambie a la vista real: la carrera que planea es sobre todo imaginada, pero en la vista percibida ya reduce su dependencia.
- En t=8, quite el trabajo (desactive al empleador) y vea cuánto del cambio se debía a él.
- En t=10, el resultado que Frank le da es mayor que al principio: pregunte por qué una pareja con más poder podría conseguir un trato mejor.

Lo que el modelo no afirma: es una pareja estilizada, no una historia de todos los matrimonios; los maridos también ganaron alternativas, y muchas parejas cambiaron por amor y convicción más que por poder de negociación. Los números están elegidos para que el cambio se vea.</translation>
    </message>
    <message>
        <source>Money and security</source>
        <translation>Dinero y seguridad</translation>
    </message>
    <message>
        <source>Social standing</source>
        <translation>Posición social</translation>
    </message>
    <message>
        <source>Affection and company</source>
        <translation>Afecto y compañía</translation>
    </message>
    <message>
        <source>A cared-for home</source>
        <translation>Un hogar bien atendido</translation>
    </message>
    <message>
        <source>Frank (husband)</source>
        <translation>Frank (marido)</translation>
    </message>
    <message>
        <source>Linda (wife)</source>
        <translation>Linda (esposa)</translation>
    </message>
    <message>
        <source>Her employer</source>
        <translation>Su empleador</translation>
    </message>
    <message>
        <source>Life as a divorced woman</source>
        <translation>La vida como mujer divorciada</translation>
    </message>
    <message>
        <source>A career of her own</source>
        <translation>Una carrera propia</translation>
    </message>
    <message>
        <source>Finding another wife</source>
        <translation>Encontrar otra esposa</translation>
    </message>
    <message>
        <source>1970: few ways out</source>
        <translation>1970: pocas salidas</translation>
    </message>
    <message>
        <source>Linda needs Frank&apos;s income and the standing of a married woman, and life after a divorce looks bleak. She depends on him far more than he on her: he holds the power.</source>
        <translation>Linda necesita los ingresos de Frank y la posición de una mujer casada, y la vida después de un divorcio parece sombría. Ella depende de él mucho más que él de ella: él tiene el poder.</translation>
    </message>
    <message>
        <source>The pill</source>
        <translation>La píldora</translation>
    </message>
    <message>
        <source>Reliable contraception lets Linda plan a career instead of waiting for children. The career exists mostly in her head so far (she rates it 0.5, it would pay 0.2), but the belief alone lowers her dependence.</source>
        <translation>Un anticonceptivo fiable permite a Linda planear una carrera en lugar de esperar a los hijos. Por ahora la carrera existe sobre todo en su cabeza (ella la valora en 0,5, le daría 0,2), pero la creencia por sí sola ya reduce su dependencia.</translation>
    </message>
    <message>
        <source>Back to college</source>
        <translation>De vuelta a la universidad</translation>
    </message>
    <message>
        <source>A degree brings the career within reach (she still rates it a little above what it would pay) and raises what Linda expects from life: her comparison level climbs from 0.6 to 0.8. Frank&apos;s marriage now falls short of it, yet she stays, because her alternatives are still worse: she is trapped.</source>
        <translation>Un título pone la carrera a su alcance (ella todavía la valora un poco por encima de lo que le daría) y eleva lo que Linda espera de la vida: su nivel de comparación sube de 0,6 a 0,8. El matrimonio con Frank ahora se queda por debajo, y aun así ella se queda, porque sus alternativas son todavía peores: no tiene salida.</translation>
    </message>
    <message>
        <source>She takes a job</source>
        <translation>Acepta un empleo</translation>
    </message>
    <message>
        <source>An employer now pays Linda (0.6) and gives her a standing of her own. A real income cuts her dependence on Frank again, from 0.33 to 0.26.</source>
        <translation>Un empleador paga ahora a Linda (0,6) y le da una posición propia. Unos ingresos reales vuelven a reducir su dependencia de Frank, de 0,33 a 0,26.</translation>
    </message>
    <message>
        <source>No-fault divorce</source>
        <translation>Divorcio sin culpa</translation>
    </message>
    <message>
        <source>Divorce no longer needs a guilty party and stops being a disgrace, and remarriage becomes thinkable for her. For Frank, a new wife who keeps house for nothing is no longer a given. The power gap closes and even tips a little toward Linda.</source>
        <translation>El divorcio ya no necesita un culpable y deja de ser una deshonra, y volver a casarse se vuelve imaginable para ella. Para Frank, una nueva esposa que le lleve la casa a cambio de nada ya no está garantizada. La diferencia de poder se cierra e incluso se inclina un poco hacia Linda.</translation>
    </message>
    <message>
        <source>A new deal at home</source>
        <translation>Un nuevo trato en casa</translation>
    </message>
    <message>
        <source>Frank, who now needs the marriage more than Linda does, gives more: more affection and an equal say. Her outcome rises above what she expects, she is no longer trapped, and they need each other about equally (0.29 and 0.33).</source>
        <translation>Frank, que ahora necesita el matrimonio más que Linda, da más: más afecto y la misma voz en las decisiones. El resultado de ella supera lo que espera, ya no está sin salida, y se necesitan más o menos por igual (0,29 y 0,33).</translation>
    </message>
    <message>
        <source>Abe and Mary</source>
        <translation>Abe y Mary</translation>
    </message>
    <message>
        <source>Mary has just moved to town and knows nobody but Abe; he has old friends to fall back on, so he holds the power. Friends at work give Mary a way out of her lonely evenings, then Abe grows fond of her. They commit, invest and finally give up other partners, and end up needing each other a great deal, and about equally.</source>
        <translation>Mary acaba de mudarse a la ciudad y no conoce a nadie salvo a Abe; él tiene viejos amigos a los que recurrir, así que él tiene el poder. Los amigos del trabajo dan a Mary una salida a sus tardes solitarias, y luego Abe le toma cariño. Se comprometen, invierten y por último renuncian a otras parejas, y terminan necesitándose mucho el uno al otro, y más o menos por igual.</translation>
    </message>
    <message>
        <source>Learning goal: power lives in the relationship, not in the person. Whoever wants the relationship less, or has better alternatives, holds more of it, and the balance moves when needs or alternatives move.

What to try:
- Step through the story with Space and watch the beam of the balance meter.
- At t=0, drag the quality of Mary&apos;s evenings at home upwards: how good must her alternative be before Abe loses his edge?
- At t=6, switch the lens to actual. Abe sees Mary&apos;s company through rosy glasses (0.8 where it is 0.5); under the actual lens his dependence is 0.20, the same as Mary&apos;s, and the beam levels.
- Compare t=8 and t=10: investing raises commitment, but only giving up alternatives makes the two strongly dependent on each other.

What the model does not claim: the numbers are a teaching sketch, not measurements of real people. Dependence is not a fault and power here is not bad intent; the model says nothing about love, fairness or who ought to change.</source>
        <translation>Objetivo de aprendizaje: el poder está en la relación, no en la persona. Quien desea menos la relación, o tiene mejores alternativas, tiene más poder, y el equilibrio se mueve cuando se mueven las necesidades o las alternativas.

Qué probar:
- Recorra la historia con la barra espaciadora y observe el brazo de la balanza de poder.
- En t=0, arrastre hacia arriba la calidad de las tardes en casa de Mary: ¿qué tan buena debe ser su alternativa para que Abe pierda su ventaja?
- En t=6, cambie a la vista real. Abe ve la compañía de Mary de color de rosa (0,8 donde es 0,5); en la vista real su dependencia es 0,20, la misma que la de Mary, y el brazo se nivela.
- Compare t=8 y t=10: invertir aumenta el compromiso, pero solo renunciar a las alternativas hace que los dos dependan mucho el uno del otro.

Lo que el modelo no afirma: los números son un esbozo didáctico, no mediciones de personas reales. La dependencia no es un defecto y el poder aquí no es mala intención; el modelo no dice nada sobre el amor, la justicia ni sobre quién debería cambiar.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Compañía</translation>
    </message>
    <message>
        <source>A shared future</source>
        <translation>Un futuro en común</translation>
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
        <translation>Compañeros de trabajo de Mary</translation>
    </message>
    <message>
        <source>Other singles in town</source>
        <translation>Otros solteros de la ciudad</translation>
    </message>
    <message>
        <source>Evenings at home</source>
        <translation>Tardes en casa</translation>
    </message>
    <message>
        <source>Abe&apos;s old friends</source>
        <translation>Viejos amigos de Abe</translation>
    </message>
    <message>
        <source>Mary is new in town</source>
        <translation>Mary acaba de llegar a la ciudad</translation>
    </message>
    <message>
        <source>Mary wants company badly and her only other choice is an evening at home, while Abe still has his old friends. She depends on him (0.70) and he hardly on her (0.00): Abe holds the power.</source>
        <translation>Mary desea mucho tener compañía y su única otra opción es pasar la tarde en casa, mientras que Abe todavía tiene a sus viejos amigos. Ella depende de él (0,70) y él apenas de ella (0,00): Abe tiene el poder.</translation>
    </message>
    <message>
        <source>Mary makes friends at work</source>
        <translation>Mary hace amigos en el trabajo</translation>
    </message>
    <message>
        <source>Her coworkers now offer company (0.60) almost as good as Abe&apos;s (0.80). Mary&apos;s dependence on Abe falls from 0.70 to 0.20, and so does his power over her.</source>
        <translation>Sus compañeros de trabajo le ofrecen ahora compañía (0,60) casi tan buena como la de Abe (0,80). La dependencia de Mary respecto de Abe baja de 0,70 a 0,20, y con ella el poder de él sobre ella.</translation>
    </message>
    <message>
        <source>Abe grows fond of Mary</source>
        <translation>Abe le toma cariño a Mary</translation>
    </message>
    <message>
        <source>Abe now wants company much more (0.9), rates Mary&apos;s company higher than an outsider would (0.8 instead of 0.5), and his old friends matter less to him. The beam tips the other way: now Abe needs Mary more than she needs him.</source>
        <translation>Abe desea ahora mucho más la compañía (0,9), valora la compañía de Mary más de lo que lo haría alguien de fuera (0,8 en vez de 0,5) y sus viejos amigos le importan menos. El brazo se inclina hacia el otro lado: ahora Abe necesita a Mary más que ella a él.</translation>
    </message>
    <message>
        <source>They commit and invest</source>
        <translation>Se comprometen e invierten</translation>
    </message>
    <message>
        <source>Both start to want a future together and put time and shared plans into it (0.6 each). Other singles in town could still offer a future, so their commitment rises while their dependence on each other barely moves.</source>
        <translation>Ambos empiezan a desear un futuro juntos y le dedican tiempo y planes compartidos (0,6 cada uno). Otros solteros de la ciudad todavía podrían ofrecer un futuro, así que su compromiso aumenta mientras su dependencia mutua apenas se mueve.</translation>
    </message>
    <message>
        <source>Forsaking all others</source>
        <translation>Renunciar a todos los demás</translation>
    </message>
    <message>
        <source>They agree to give up other partners: Mary no longer counts her coworkers or other singles as substitutes for Abe, and Abe lets his old Friday nights go. Each now depends on the other strongly (0.79) and equally, so neither holds power over the other.</source>
        <translation>Acuerdan renunciar a otras parejas: Mary ya no cuenta a sus compañeros de trabajo ni a otros solteros como sustitutos de Abe, y Abe deja atrás sus viejas noches de viernes. Ahora cada uno depende mucho (0,79) y por igual del otro, así que ninguno tiene poder sobre el otro.</translation>
    </message>
    <message>
        <source>Staying in a bad relationship</source>
        <translation>Quedarse en una mala relación</translation>
    </message>
    <message>
        <source>Jo is unhappy with Mark: he gives her a roof but little warmth, and she does not feel safe. Yet she stays, because leaving with nowhere to go looks even worse, and years of shared life and children are at stake. A friend&apos;s offer and a support group change what she believes she can do.</source>
        <translation>Jo no es feliz con Mark: él le da un techo pero poco cariño, y ella no se siente segura. Aun así se queda, porque irse sin tener adónde ir parece todavía peor, y están en juego años de vida en común y los hijos. La oferta de una amiga y un grupo de apoyo cambian lo que ella cree que puede hacer.</translation>
    </message>
    <message>
        <source>Learning goal: satisfaction and staying are different questions. Jo compares what she gets with what she expects (her comparison level) to judge the relationship, but with her best alternative to decide whether to stay. When the outcome is below the first and above the second, she is trapped: unhappy and still staying. Investments add to commitment even then.

What to try:
- At t=0, find Jo in the quadrant view: below her comparison level, above her alternatives.
- At t=3, switch between the perceived and actual lens: the friend&apos;s offer is better than Jo dares to believe.
- At t=5, the actual lens shows that nothing changed when Mark promised to change; only her belief did.
- Drag Jo&apos;s investment to 0 at t=0 and watch her commitment drop, while the quadrant stays the same.

What the model does not claim: it does not say why anyone should stay or go, nor that the person who stays is to blame. Real abuse involves fear, danger at the time of leaving, money and children in ways that a few numbers cannot hold. If this story is close to home, talk to someone you trust or a local support service.</source>
        <translation>Objetivo de aprendizaje: la satisfacción y la permanencia son preguntas distintas. Jo compara lo que recibe con lo que espera (su nivel de comparación) para juzgar la relación, pero con su mejor alternativa para decidir si se queda. Cuando el resultado está por debajo de lo primero y por encima de lo segundo, no tiene salida: es infeliz y aun así se queda. Las inversiones aumentan el compromiso incluso entonces.

Qué probar:
- En t=0, busque a Jo en el gráfico de cuadrantes: por debajo de su nivel de comparación, por encima de sus alternativas.
- En t=3, alterne entre la vista percibida y la real: la oferta de la amiga es mejor de lo que Jo se atreve a creer.
- En t=5, la vista real muestra que nada cambió cuando Mark prometió cambiar; solo cambió la creencia de ella.
- Arrastre la inversión de Jo a 0 en t=0 y observe cómo baja su compromiso mientras el cuadrante sigue igual.

Lo que el modelo no afirma: no dice por qué alguien debería quedarse o irse, ni que la persona que se queda tenga la culpa. El maltrato real implica miedo, peligro en el momento de irse, dinero e hijos de maneras que unos pocos números no pueden recoger. Si esta historia le toca de cerca, hable con alguien de confianza o con un servicio de apoyo local.</translation>
    </message>
    <message>
        <source>A roof and money</source>
        <translation>Un techo y dinero</translation>
    </message>
    <message>
        <source>Safety from harm</source>
        <translation>Protección frente al daño</translation>
    </message>
    <message>
        <source>Warmth and company</source>
        <translation>Cariño y compañía</translation>
    </message>
    <message>
        <source>Care at home</source>
        <translation>Cuidados en casa</translation>
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
        <translation>Lena, una vieja amiga</translation>
    </message>
    <message>
        <source>Support group</source>
        <translation>Grupo de apoyo</translation>
    </message>
    <message>
        <source>Leaving with nowhere to go</source>
        <translation>Irse sin tener adónde ir</translation>
    </message>
    <message>
        <source>Mark&apos;s mother and his mates</source>
        <translation>La madre de Mark y sus amigos</translation>
    </message>
    <message>
        <source>Why does she stay?</source>
        <translation>¿Por qué se queda?</translation>
    </message>
    <message>
        <source>What Jo gets from Mark is well below what she expects from a partner, yet more than she believes she would have on her own. She is trapped: she depends on him (0.44) far more than he on her (0.16), and her investments keep her committed all the same.</source>
        <translation>Lo que Jo recibe de Mark está muy por debajo de lo que espera de una pareja, pero es más de lo que cree que tendría sola. No tiene salida: depende de él (0,44) mucho más que él de ella (0,16), y sus inversiones la mantienen comprometida de todos modos.</translation>
    </message>
    <message>
        <source>A friend offers a room</source>
        <translation>Una amiga le ofrece una habitación</translation>
    </message>
    <message>
        <source>Lena offers Jo a room and her company. Jo doubts the room is really meant (she rates it 0.2, it is worth 0.6), so under her own beliefs she is still trapped; under the actual lens she already is not.</source>
        <translation>Lena ofrece a Jo una habitación y su compañía. Jo duda de que la oferta vaya en serio (la valora en 0,2, vale 0,6), así que según sus propias creencias sigue sin salida; en la vista real ya no lo está.</translation>
    </message>
    <message>
        <source>Mark promises to change</source>
        <translation>Mark promete cambiar</translation>
    </message>
    <message>
        <source>After a bad night Mark promises it will never happen again, and Jo feels safer with him (she rates it 0.7). She even feels satisfied again. Nothing has actually changed (0.3), but her belief pulls her dependence on him back up.</source>
        <translation>Después de una mala noche, Mark promete que no volverá a pasar, y Jo se siente más segura con él (lo valora en 0,7). Incluso vuelve a sentirse satisfecha. En realidad nada ha cambiado (0,3), pero su creencia vuelve a aumentar su dependencia de él.</translation>
    </message>
    <message>
        <source>A support group</source>
        <translation>Un grupo de apoyo</translation>
    </message>
    <message>
        <source>A support group helps Jo plan for her safety, and she comes to see the pattern of promises. She now believes Lena&apos;s offer and rates Mark&apos;s safety as it is. Her alternatives beat the relationship: she is no longer trapped, and her dependence on Mark falls to almost nothing.</source>
        <translation>Un grupo de apoyo ayuda a Jo a planificar su seguridad, y ella llega a ver el patrón de las promesas. Ahora cree en la oferta de Lena y valora la protección de Mark tal como es. Sus alternativas superan a la relación: ya no está sin salida, y su dependencia de Mark cae casi a nada.</translation>
    </message>
    <message>
        <source>A place of her own</source>
        <translation>Un lugar propio</translation>
    </message>
    <message>
        <source>Jo finds a job and a flat. Leaving is no longer a leap into nothing: she no longer depends on Mark at all (0.00), while he still depends on her (0.16). The power he held over her is gone.</source>
        <translation>Jo encuentra un trabajo y un piso. Irse ya no es un salto al vacío: ya no depende en absoluto de Mark (0,00), mientras que él todavía depende de ella (0,16). El poder que él tenía sobre ella ha desaparecido.</translation>
    </message>
    <message>
        <source>Boss and employee</source>
        <translation>Jefa y empleada</translation>
    </message>
    <message>
        <source>Sam has just joined Dana&apos;s team. Dana controls her pay, can penalize her, signs off her work and knows the job far better, so Dana holds the power. As Sam learns the job and gets to know the clients, and as a rival firm and a union contract give her options, the bases of power shift one by one.</source>
        <translation>Sam acaba de entrar en el equipo de Dana. Dana controla su sueldo, puede sancionarla, aprueba su trabajo y conoce el oficio mucho mejor, así que Dana tiene el poder. A medida que Sam aprende el trabajo y conoce a los clientes, y que una empresa rival y un convenio colectivo le dan opciones, las bases de poder cambian una a una.</translation>
    </message>
    <message>
        <source>Learning goal: French and Raven&apos;s bases of power are things one side wants from the other. Reward (pay), coercion (being spared penalties), legitimacy (the backing of the office), expertise, reference (respect, identification) and information can each be held by either side, and each weakens when the other side finds it elsewhere.

What to try:
- Select the Dana-Sam dyad and read the desire sliders one by one: which base carries most of Dana&apos;s power at t=0, and which carries Sam&apos;s at t=5?
- At t=7, switch to the actual lens: the recruiter&apos;s offer is worth less than Sam believes.
- Make the rival firm inactive at t=9: how much of Sam&apos;s position rests on the outside offer, and how much on what she knows?

What the model does not claim: the six bases here are treated as wants that add up, which is a simplification; French and Raven describe how influence works, not a formula. Real workplaces also have rules, teams and histories that a two-person field leaves out.</source>
        <translation>Objetivo de aprendizaje: las bases de poder de French y Raven son cosas que una parte quiere de la otra. La recompensa (el sueldo), la coerción (librarse de sanciones), la legitimidad (el respaldo del cargo), la pericia, la referencia (respeto, identificación) y la información pueden estar en cualquiera de los dos lados, y cada una se debilita cuando la otra parte la encuentra en otro sitio.

Qué probar:
- Seleccione la díada Dana–Sam y lea los controles de los deseos uno a uno: ¿qué base sostiene la mayor parte del poder de Dana en t=0, y cuál sostiene el de Sam en t=5?
- En t=7, cambie a la vista real: la oferta de la reclutadora vale menos de lo que Sam cree.
- Desactive la empresa rival en t=9: ¿cuánto de la posición de Sam se apoya en la oferta de fuera y cuánto en lo que ella sabe?

Lo que el modelo no afirma: aquí las seis bases se tratan como deseos que se suman, lo cual es una simplificación; French y Raven describen cómo funciona la influencia, no una fórmula. Los lugares de trabajo reales también tienen normas, equipos e historias que un campo de dos personas deja fuera.</translation>
    </message>
    <message>
        <source>Pay and promotion</source>
        <translation>Sueldo y ascenso</translation>
    </message>
    <message>
        <source>Protection from penalties</source>
        <translation>Protección frente a sanciones</translation>
    </message>
    <message>
        <source>Backing of the office</source>
        <translation>Respaldo del cargo</translation>
    </message>
    <message>
        <source>Know-how</source>
        <translation>Saber hacer</translation>
    </message>
    <message>
        <source>Respect and loyalty</source>
        <translation>Respeto y lealtad</translation>
    </message>
    <message>
        <source>Inside information</source>
        <translation>Información interna</translation>
    </message>
    <message>
        <source>Dana (manager)</source>
        <translation>Dana (gerente)</translation>
    </message>
    <message>
        <source>Sam (analyst)</source>
        <translation>Sam (analista)</translation>
    </message>
    <message>
        <source>A rival firm</source>
        <translation>Una empresa rival</translation>
    </message>
    <message>
        <source>Job hunting and the law</source>
        <translation>Buscar empleo y la ley</translation>
    </message>
    <message>
        <source>Hiring someone new</source>
        <translation>Contratar a alguien nuevo</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Primera semana</translation>
    </message>
    <message>
        <source>Dana holds five of the six bases: she pays, she can penalize, she signs off, she knows the job, and Sam looks up to her. Sam depends on Dana heavily; Dana hardly needs Sam yet.</source>
        <translation>Dana tiene cinco de las seis bases: paga, puede sancionar, aprueba el trabajo, conoce el oficio y Sam la admira. Sam depende mucho de Dana; Dana apenas necesita todavía a Sam.</translation>
    </message>
    <message>
        <source>Learning the ropes</source>
        <translation>Aprender el oficio</translation>
    </message>
    <message>
        <source>Sam becomes good at the work and the clients start calling her directly. Her know-how (expert power) and what she knows about the clients (informational power) are now hard for Dana to replace.</source>
        <translation>Sam se vuelve buena en su trabajo y los clientes empiezan a llamarla directamente. Su saber hacer (poder experto) y lo que sabe de los clientes (poder informativo) son ahora difíciles de reemplazar para Dana.</translation>
    </message>
    <message>
        <source>No longer a trainee</source>
        <translation>Ya no es aprendiz</translation>
    </message>
    <message>
        <source>Sam can now answer most questions herself, so Dana&apos;s guidance is no longer something only Dana can give: her expert power over Sam fades.</source>
        <translation>Sam ya puede responder ella misma a la mayoría de las preguntas, así que la orientación de Dana ya no es algo que solo Dana pueda dar: su poder experto sobre Sam se desvanece.</translation>
    </message>
    <message>
        <source>A recruiter calls</source>
        <translation>Llama una reclutadora</translation>
    </message>
    <message>
        <source>A rival firm offers Sam a job. The recruiter makes the pay sound excellent (Sam rates it 0.95, it is really 0.7); either way, Dana&apos;s reward power shrinks, and for the first time Dana needs Sam more than Sam needs Dana.</source>
        <translation>Una empresa rival ofrece un puesto a Sam. La reclutadora hace que el sueldo suene excelente (Sam lo valora en 0,95, en realidad es 0,7); en cualquier caso, el poder de recompensa de Dana se reduce y, por primera vez, Dana necesita a Sam más que Sam a Dana.</translation>
    </message>
    <message>
        <source>A union contract</source>
        <translation>Un convenio colectivo</translation>
    </message>
    <message>
        <source>A new contract protects staff against arbitrary penalties. Dana&apos;s coercive power, her last strong base, is now largely gone.</source>
        <translation>Un nuevo convenio protege al personal frente a sanciones arbitrarias. El poder coercitivo de Dana, su última base fuerte, ha desaparecido en gran parte.</translation>
    </message>
    <message>
        <source>Partners at work</source>
        <translation>Socias en el trabajo</translation>
    </message>
    <message>
        <source>Dana makes Sam team lead and shows her respect; Sam comes to identify with the team and passes what she knows about the clients on to her colleagues. Neither can easily do without the other, and the balance is nearly even.</source>
        <translation>Dana nombra a Sam jefa de equipo y le muestra respeto; Sam llega a identificarse con el equipo y transmite a sus colegas lo que sabe de los clientes. Ninguna puede prescindir fácilmente de la otra, y el equilibrio es casi parejo.</translation>
    </message>
    <message>
        <source>Parent and teenager</source>
        <translation>Madre e hijo adolescente</translation>
    </message>
    <message>
        <source>At 13, Leo depends on his mother Maria for money, permission, advice and closeness, and she holds the power. Over the next years friends, a weekend job and turning 18 give him alternatives, and he tells her less. Maria still wants to be close, so the balance swings to Leo, until they learn to deal with each other as adults.</source>
        <translation>A los 13 años, Leo depende de su madre Maria para el dinero, los permisos, los consejos y la cercanía, y ella tiene el poder. En los años siguientes, los amigos, un trabajo de fin de semana y cumplir 18 le dan alternativas, y le cuenta menos cosas. Maria sigue queriendo estar cerca, así que el equilibrio se inclina hacia Leo, hasta que aprenden a tratarse como adultos.</translation>
    </message>
    <message>
        <source>Learning goal: as a child grows up, the parent&apos;s power does not vanish because anybody decides so, but because the child&apos;s alternatives grow: friends, money of his own, the freedom the law gives an adult. The parent, who still wants the relationship as much as before, ends up the more dependent one.

What to try:
- The time axis counts years from Leo&apos;s 13th birthday. Step through and watch the beam swing from Maria to Leo.
- At t=3, compare the lenses: Maria believes she still knows what Leo does (0.9); in fact she knows much less (0.3), and under the actual lens her dependence on him is far smaller.
- At t=5, lower Maria&apos;s need for closeness: the less she wants from Leo, the less power he has over her.
- Use the sweep on the weekend job: how much must it pay before pocket money stops mattering?

What the model does not claim: parenting is not a bargaining game, and love, duty and care do not reduce to exchange. The numbers show one way the balance can move, not how it must move in every family.</source>
        <translation>Objetivo de aprendizaje: cuando un hijo crece, el poder de la madre o del padre no desaparece porque alguien lo decida, sino porque crecen las alternativas del hijo: los amigos, el dinero propio, la libertad que la ley da a un adulto. La madre, que sigue queriendo la relación tanto como antes, acaba siendo la más dependiente.

Qué probar:
- El eje del tiempo cuenta años desde el 13.º cumpleaños de Leo. Avance paso a paso y observe cómo el brazo oscila de Maria a Leo.
- En t=3, compare las vistas: Maria cree que todavía sabe lo que hace Leo (0,9); en realidad sabe mucho menos (0,3), y en la vista real su dependencia de él es mucho menor.
- En t=5, reduzca la necesidad de cercanía de Maria: cuanto menos quiere de Leo, menos poder tiene él sobre ella.
- Use el barrido sobre el trabajo de fin de semana: ¿cuánto debe pagar para que la paga deje de importar?

Lo que el modelo no afirma: la crianza no es un juego de negociación, y el amor, el deber y el cuidado no se reducen a un intercambio. Los números muestran una forma en que el equilibrio puede moverse, no cómo debe moverse en cada familia.</translation>
    </message>
    <message>
        <source>Pocket money</source>
        <translation>La paga</translation>
    </message>
    <message>
        <source>Permission to go out</source>
        <translation>Permiso para salir</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>Cercanía</translation>
    </message>
    <message>
        <source>Knowing what is going on</source>
        <translation>Saber lo que pasa</translation>
    </message>
    <message>
        <source>Maria (parent)</source>
        <translation>Maria (madre)</translation>
    </message>
    <message>
        <source>Leo (teenager)</source>
        <translation>Leo (adolescente)</translation>
    </message>
    <message>
        <source>Leo&apos;s friends</source>
        <translation>Los amigos de Leo</translation>
    </message>
    <message>
        <source>Birthday money</source>
        <translation>Dinero de cumpleaños</translation>
    </message>
    <message>
        <source>Being of age</source>
        <translation>Ser mayor de edad</translation>
    </message>
    <message>
        <source>Maria&apos;s partner and friends</source>
        <translation>La pareja y los amigos de Maria</translation>
    </message>
    <message>
        <source>Thirteen</source>
        <translation>Trece años</translation>
    </message>
    <message>
        <source>Leo needs almost everything his mother gives, and his friends cannot replace much of it yet. He depends on her (0.68) about twice as much as she on him (0.34): Maria holds the power.</source>
        <translation>Leo necesita casi todo lo que le da su madre, y sus amigos todavía no pueden sustituir gran parte de ello. Depende de ella (0,68) aproximadamente el doble que ella de él (0,34): Maria tiene el poder.</translation>
    </message>
    <message>
        <source>A circle of friends</source>
        <translation>Un círculo de amigos</translation>
    </message>
    <message>
        <source>Leo&apos;s friends become the people he feels closest to and asks for advice. His dependence on his mother shrinks.</source>
        <translation>Los amigos de Leo se convierten en las personas a las que se siente más cercano y a las que pide consejo. Su dependencia de su madre se reduce.</translation>
    </message>
    <message>
        <source>A weekend job</source>
        <translation>Un trabajo de fin de semana</translation>
    </message>
    <message>
        <source>A job at the bakery pays better than pocket money. Maria&apos;s reward power, her purse, is no longer what Leo needs her for, and the beam tips slightly toward him.</source>
        <translation>Un trabajo en la panadería paga mejor que la paga. El poder de recompensa de Maria, su monedero, ya no es aquello para lo que Leo la necesita, y el brazo se inclina ligeramente hacia él.</translation>
    </message>
    <message>
        <source>Sixteen and saying little</source>
        <translation>Dieciséis años y pocas palabras</translation>
    </message>
    <message>
        <source>Leo now tells his mother little (0.3), but she believes she still hears most of it (0.9), and she holds on tighter: closeness matters more to her than ever. Under her own beliefs she now needs him a little more than he needs her.</source>
        <translation>Ahora Leo le cuenta poco a su madre (0,3), pero ella cree que todavía se entera de casi todo (0,9), y se aferra más: la cercanía le importa más que nunca. Según sus propias creencias, ahora lo necesita un poco más que él a ella.</translation>
    </message>
    <message>
        <source>Eighteen</source>
        <translation>Dieciocho años</translation>
    </message>
    <message>
        <source>Being of age, Leo no longer needs anybody&apos;s permission: the law gives him what his mother&apos;s authority used to. Her legitimate power is gone, and his alternatives now beat what home offers: he might well move out.</source>
        <translation>Al ser mayor de edad, Leo ya no necesita el permiso de nadie: la ley le da lo que antes le daba la autoridad de su madre. El poder legítimo de ella ha desaparecido, y sus alternativas superan ahora lo que ofrece el hogar: bien podría irse de casa.</translation>
    </message>
    <message>
        <source>Talking as adults</source>
        <translation>Hablar como adultos</translation>
    </message>
    <message>
        <source>Leo shares his life again and comes back for advice and closeness; Maria finds more of her own life outside the family. They need each other less than at 13, but about equally, and the relationship is one that both choose.</source>
        <translation>Leo vuelve a compartir su vida y regresa en busca de consejo y cercanía; Maria encuentra más vida propia fuera de la familia. Se necesitan menos que a los 13, pero más o menos por igual, y la relación es una que ambos eligen.</translation>
    </message>
    <message>
        <source>Two trading countries</source>
        <translation>Dos países que comercian</translation>
    </message>
    <message>
        <source>Aland buys nearly all its energy from its neighbour Borea through a pipeline and has promised by treaty to buy from no one else; Borea needs Aland&apos;s grain and machines much less. Then a third country, Corvia, offers Aland a deal. The balance shifts only when the treaty runs out, and again when Borea finds other partners too.</source>
        <translation>Aland compra casi toda su energía a su vecino Borea a través de un gasoducto y se ha comprometido por tratado a no comprar a nadie más; Borea necesita mucho menos el grano y las máquinas de Aland. Entonces un tercer país, Corvia, ofrece un acuerdo a Aland. El equilibrio solo cambia cuando vence el tratado, y de nuevo cuando Borea también encuentra otros socios.</translation>
    </message>
    <message>
        <source>Learning goal: the same logic works between countries. A country that needs what a partner sells and cannot buy it elsewhere gives that partner power over it; a third country&apos;s offer changes the balance, but only once the first country is free to take it.

What to try:
- Step from t=3 to t=5: Corvia&apos;s offer exists from t=3, yet nothing moves until the exclusive treaty ends. Untick the exclusive flag at t=3 yourself to see it sooner.
- At t=3, compare the lenses: Corvia&apos;s energy sounds better (0.8) than it is (0.7).
- Use the sweep on Aland&apos;s domestic coal: how good must home-grown energy be before Borea loses its edge?

What the model does not claim: countries are not persons, and trade is shaped by prices, law, domestic politics and force, none of which is modelled here. The countries are invented; any likeness to real ones is the user&apos;s own reading.</source>
        <translation>Objetivo de aprendizaje: la misma lógica funciona entre países. Un país que necesita lo que vende un socio y no puede comprarlo en otro lugar da a ese socio poder sobre él; la oferta de un tercer país cambia el equilibrio, pero solo cuando el primer país es libre de aceptarla.

Qué probar:
- Pase de t=3 a t=5: la oferta de Corvia existe desde t=3, pero nada se mueve hasta que termina el tratado de exclusividad. Desmarque usted mismo la casilla «exclusiva» en t=3 para verlo antes.
- En t=3, compare las vistas: la energía de Corvia parece mejor (0,8) de lo que es (0,7).
- Use el barrido sobre el carbón nacional de Aland: ¿qué tan buena debe ser la energía propia para que Borea pierda su ventaja?

Lo que el modelo no afirma: los países no son personas, y el comercio depende de precios, leyes, política interna y fuerza, nada de lo cual se modela aquí. Los países son inventados; cualquier parecido con países reales es lectura de quien lo use.</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>A market for exports</source>
        <translation>Un mercado para las exportaciones</translation>
    </message>
    <message>
        <source>Grain</source>
        <translation>Grano</translation>
    </message>
    <message>
        <source>Machines and know-how</source>
        <translation>Máquinas y conocimientos</translation>
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
        <translation>Carbón nacional y el mercado mundial</translation>
    </message>
    <message>
        <source>Own farms and imports</source>
        <translation>Granjas propias e importaciones</translation>
    </message>
    <message>
        <source>Pipeline politics</source>
        <translation>La política del gasoducto</translation>
    </message>
    <message>
        <source>Aland needs energy badly, and by treaty it takes it only from Borea. Aland depends on Borea (0.61) far more than Borea on Aland (0.24): Borea holds the power.</source>
        <translation>Aland necesita energía con urgencia y, por tratado, solo la obtiene de Borea. Aland depende de Borea (0,61) mucho más que Borea de Aland (0,24): Borea tiene el poder.</translation>
    </message>
    <message>
        <source>Corvia offers a deal</source>
        <translation>Corvia ofrece un acuerdo</translation>
    </message>
    <message>
        <source>Corvia offers Aland energy and a market for its goods. But Aland&apos;s treaty rules out other suppliers, so the offer changes nothing yet: Borea keeps its power.</source>
        <translation>Corvia ofrece a Aland energía y un mercado para sus productos. Pero el tratado de Aland excluye a otros proveedores, así que la oferta todavía no cambia nada: Borea conserva su poder.</translation>
    </message>
    <message>
        <source>The treaty runs out</source>
        <translation>Vence el tratado</translation>
    </message>
    <message>
        <source>Aland lets the exclusive treaty lapse. Corvia&apos;s offer now counts as a real alternative, and Aland&apos;s dependence on Borea drops sharply; the balance tips toward Aland.</source>
        <translation>Aland deja vencer el tratado de exclusividad. La oferta de Corvia cuenta ahora como una alternativa real, y la dependencia de Aland respecto de Borea cae con fuerza; el equilibrio se inclina hacia Aland.</translation>
    </message>
    <message>
        <source>Borea finds new buyers</source>
        <translation>Borea encuentra nuevos compradores</translation>
    </message>
    <message>
        <source>Borea answers by trading grain and machines with Corvia as well. Both countries now have somewhere else to go: they need each other less (0.10 each), and equally.</source>
        <translation>Borea responde comerciando también grano y máquinas con Corvia. Ambos países tienen ahora otro lugar adonde ir: se necesitan menos (0,10 cada uno), y por igual.</translation>
    </message>
    <message>
        <source>A renewed partnership</source>
        <translation>Una asociación renovada</translation>
    </message>
    <message>
        <source>Aland and Borea sign a new agreement, this time without exclusivity, and both invest in it. Their commitment rises while the balance of power stays even.</source>
        <translation>Aland y Borea firman un nuevo acuerdo, esta vez sin exclusividad, y ambos invierten en él. Su compromiso aumenta mientras el equilibrio de poder sigue parejo.</translation>
    </message>
    <message>
        <source>Trust and unequal power</source>
        <translation>Confianza y poder desigual</translation>
    </message>
    <message>
        <source>Two pairs play the same trust game, after a study by du Plessis and colleagues (2023). Ana and Ben have equal say over each other&apos;s winnings; Kim, as supervisor, decides much of Lee&apos;s, while Lee barely affects hers. The model predicts the most cooperation in the equal pair, and less on both sides of the unequal one, until Kim and Lee share control.</source>
        <translation>Dos parejas juegan al mismo juego de confianza, según un estudio de du Plessis y colaboradores (2023). Ana y Ben tienen la misma influencia sobre las ganancias del otro; Kim, como supervisora, decide buena parte de las de Lee, mientras que Lee apenas influye en las suyas. El modelo predice la mayor cooperación en la pareja igualitaria, y menos en ambos lados de la desigual, hasta que Kim y Lee comparten el control.</translation>
    </message>
    <message>
        <source>Learning goal: unequal power costs trust on both sides. In du Plessis, Nguyen, Foulk and Schaerer (2023), about 84% of people paired with an equal cooperated, against about 69% of those with less power and about 58% of those with more. Powerfield&apos;s predicted cooperation is a stylized line through those three figures: 0.8397 at equal power, falling to 0.6947 for the weaker and 0.5814 for the stronger side as the gap in relative power reaches 0.5.

What to try:
- At t=0, select each pair in turn and compare the cooperation figures in the panel.
- At t=2, switch between the perceived and actual lens. Lee feels he has a good way out, so the perceived gap is small; the study found that real differences in power still cost trust when both sides felt powerful, so the actual lens is the one to trust here.
- Between t=4 and t=6, use the sweep on Kim&apos;s control over Lee&apos;s outcome to see cooperation climb as the gap closes.

What the model does not claim: the study measured choices in economic trust games with strangers, not in long relationships; the straight-line interpolation between its three averages is our simplification; and effects the study also found, such as an outside rival raising cooperation despite unequal power, are not modelled.</source>
        <translation>Objetivo de aprendizaje: el poder desigual cuesta confianza en ambos lados. En du Plessis, Nguyen, Foulk y Schaerer (2023), alrededor del 84 % de las personas emparejadas con un igual cooperaron, frente a alrededor del 69 % de quienes tenían menos poder y alrededor del 58 % de quienes tenían más. La cooperación que predice Powerfield es una línea estilizada que pasa por esas tres cifras: 0,8397 con igual poder, que baja a 0,6947 para la parte más débil y a 0,5814 para la más fuerte cuando la diferencia de poder relativo llega a 0,5.

Qué probar:
- En t=0, seleccione cada pareja por turno y compare las cifras de cooperación en el panel.
- En t=2, alterne entre la vista percibida y la real. Lee siente que tiene una buena salida, así que la diferencia percibida es pequeña; el estudio halló que las diferencias reales de poder seguían costando confianza cuando ambas partes se sentían poderosas, así que aquí la vista en la que confiar es la real.
- Entre t=4 y t=6, use el barrido sobre el control de Kim sobre el resultado de Lee para ver cómo sube la cooperación a medida que se cierra la diferencia.

Lo que el modelo no afirma: el estudio midió decisiones en juegos económicos de confianza con desconocidos, no en relaciones largas; la interpolación lineal entre sus tres promedios es una simplificación nuestra; y los efectos que el estudio también encontró, como que un rival externo aumente la cooperación pese al poder desigual, no se modelan.</translation>
    </message>
    <message>
        <source>A good payoff</source>
        <translation>Una buena ganancia</translation>
    </message>
    <message>
        <source>A say over the outcome</source>
        <translation>Voz sobre el resultado</translation>
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
        <translation>Kim (supervisora)</translation>
    </message>
    <message>
        <source>Lee (subordinate)</source>
        <translation>Lee (subordinado)</translation>
    </message>
    <message>
        <source>Keeping her stake</source>
        <translation>Conservar su apuesta (ella)</translation>
    </message>
    <message>
        <source>Keeping his stake</source>
        <translation>Conservar su apuesta (él)</translation>
    </message>
    <message>
        <source>Working with someone else</source>
        <translation>Trabajar con otra persona</translation>
    </message>
    <message>
        <source>Equal and unequal pairs</source>
        <translation>Parejas iguales y desiguales</translation>
    </message>
    <message>
        <source>Ana and Ben depend on each other equally (0.43 each): predicted cooperation 0.84 for both. Lee depends on Kim (0.73) while she hardly depends on him (0.03): she is predicted to cooperate least (0.58) and he not much more (0.69).</source>
        <translation>Ana y Ben dependen el uno del otro por igual (0,43 cada uno): cooperación prevista de 0,84 para ambos. Lee depende de Kim (0,73) mientras que ella apenas depende de él (0,03): se prevé que ella coopere menos que nadie (0,58) y él no mucho más (0,69).</translation>
    </message>
    <message>
        <source>Both feel powerful</source>
        <translation>Ambos se sienten poderosos</translation>
    </message>
    <message>
        <source>Lee convinces himself that he could do well without Kim (he rates his own stake 0.8, it is worth 0.2). Under his beliefs the gap shrinks from 0.70 to 0.30; under the actual lens nothing has changed.</source>
        <translation>Lee se convence de que le podría ir bien sin Kim (valora su propia apuesta en 0,8, vale 0,2). Según sus creencias, la diferencia se reduce de 0,70 a 0,30; en la vista real nada ha cambiado.</translation>
    </message>
    <message>
        <source>Sharing some control</source>
        <translation>Compartir algo de control</translation>
    </message>
    <message>
        <source>Kim hands Lee part of the control: his choices now weigh on her payoff and her say. Lee also sees his own stake as it is again. The gap halves, and predicted cooperation rises on both sides.</source>
        <translation>Kim cede a Lee parte del control: ahora las decisiones de él pesan en la ganancia y en la voz de ella. Lee también vuelve a ver su propia apuesta tal como es. La diferencia se reduce a la mitad y la cooperación prevista aumenta en ambos lados.</translation>
    </message>
    <message>
        <source>Equal roles</source>
        <translation>Roles iguales</translation>
    </message>
    <message>
        <source>The supervisor role is dropped: Kim and Lee now play under the same rules as Ana and Ben. Their dependence is equal and their predicted cooperation is back at 0.84.</source>
        <translation>Se suprime el papel de supervisora: Kim y Lee juegan ahora con las mismas reglas que Ana y Ben. Su dependencia es igual y su cooperación prevista vuelve a ser 0,84.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>Dependence: how much a party would lose without its partner, given what it wants from the partner and how good its alternatives are (0 none, 1 total).</source>
        <translation>Dependencia: cuánto perdería una parte sin su pareja, según lo que quiere de ella y lo buenas que son sus alternativas (0 nada, 1 todo).</translation>
    </message>
    <message>
        <source>Comparison level (CL): the outcome a party expects from a relationship; above it the party is satisfied.</source>
        <translation>Nivel de comparación (CL): el resultado que una parte espera de una relación; por encima de él está conforme.</translation>
    </message>
    <message>
        <source>Comparison level for alternatives (CLalt): the outcome a party could get from its best alternatives; below it the party would leave.</source>
        <translation>Nivel de comparación para alternativas (CLalt): el resultado que una parte obtendría de sus mejores alternativas; por debajo de él se marcharía.</translation>
    </message>
    <message>
        <source>Commitment: the intent to stay, higher when the outcome beats the alternatives and when more has been invested.</source>
        <translation>Compromiso: la intención de quedarse; es mayor cuando el resultado supera a las alternativas y cuando se ha invertido más.</translation>
    </message>
    <message>
        <source>Investment: what a party has sunk into the relationship and would lose by leaving (time, shared friends, plans).</source>
        <translation>Inversión: lo que una parte ha puesto en la relación y perdería al marcharse (tiempo, amistades comunes, planes).</translation>
    </message>
    <message>
        <source>Exclusive: the party has given up other parties as alternatives to this partner; its outside options still count.</source>
        <translation>Exclusiva: la parte ha renunciado a otras partes como alternativas a esta pareja; sus opciones externas siguen contando.</translation>
    </message>
    <message>
        <source>Relative power: the partner&apos;s dependence minus one&apos;s own; whoever needs the relationship less holds more power.</source>
        <translation>Poder relativo: la dependencia de la pareja menos la propia; quien necesita menos la relación tiene más poder.</translation>
    </message>
    <message>
        <source>Predicted cooperation: how often a party is expected to cooperate, highest when power is equal (after du Plessis et al., 2023).</source>
        <translation>Cooperación prevista: con qué frecuencia se espera que una parte coopere, más a menudo cuando el poder es igual (según du Plessis et al., 2023).</translation>
    </message>
    <message>
        <source>Response: what a party is predicted to do if its partner stops cooperating: accept, fight or walk away.</source>
        <translation>Respuesta: lo que se prevé que haga una parte si su pareja deja de cooperar: aceptar, luchar o marcharse.</translation>
    </message>
    <message>
        <source>Importance: how much a party wants this desire, from 0 (not at all) to 1 (above all else).</source>
        <translation>Importancia: cuánto desea una parte esto, de 0 (nada) a 1 (por encima de todo).</translation>
    </message>
    <message>
        <source>Provision: how well the partner meets this desire, from 0 (not at all) to 1 (perfectly).</source>
        <translation>Provisión: lo bien que la pareja satisface este deseo, de 0 (nada) a 1 (perfectamente).</translation>
    </message>
    <message>
        <source>satisfied and stable</source>
        <translation>conforme y estable</translation>
    </message>
    <message>
        <source>trapped</source>
        <translation>sin salida</translation>
    </message>
    <message>
        <source>satisfied but unstable</source>
        <translation>conforme pero inestable</translation>
    </message>
    <message>
        <source>dissatisfied and unstable</source>
        <translation>disconforme e inestable</translation>
    </message>
    <message>
        <source>indifferent</source>
        <translation>indiferente</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>aceptar</translation>
    </message>
    <message>
        <source>fight</source>
        <translation>luchar</translation>
    </message>
    <message>
        <source>walk away</source>
        <translation>marcharse</translation>
    </message>
    <message>
        <source>%1 and %2 depend on each other about equally (%3 and %4): neither holds power over the other.</source>
        <translation>%1 y %2 dependen uno del otro más o menos por igual (%3 y %4): ninguno tiene poder sobre el otro.</translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3) more than %2 on %1 (%4): %2 holds more power.</source>
        <translation>%1 depende de %2 (%3) más que %2 de %1 (%4): %2 tiene más poder.</translation>
    </message>
    <message>
        <source>%1 is satisfied and stays: the outcome with %2 (%3) meets %1&apos;s expectations (%4) and beats the best alternatives (%5).</source>
        <translation>%1 está conforme y se queda: el resultado con %2 (%3) cumple las expectativas de %1 (%4) y supera a las mejores alternativas (%5).</translation>
    </message>
    <message>
        <source>%1 is trapped: the outcome with %2 (%3) falls short of %1&apos;s expectations (%4), but nothing better is on offer (%5).</source>
        <translation>%1 no tiene salida: el resultado con %2 (%3) no llega a las expectativas de %1 (%4), pero no hay nada mejor a su alcance (%5).</translation>
    </message>
    <message>
        <source>%1 is satisfied but may leave: the outcome with %2 (%3) meets %1&apos;s expectations (%4), yet the alternatives offer more (%5).</source>
        <translation>%1 está conforme, pero podría marcharse: el resultado con %2 (%3) cumple las expectativas de %1 (%4), aunque las alternativas ofrecen más (%5).</translation>
    </message>
    <message>
        <source>%1 is dissatisfied and may leave: the outcome with %2 (%3) is below %1&apos;s expectations (%4) and below the alternatives (%5).</source>
        <translation>%1 está disconforme y podría marcharse: el resultado con %2 (%3) está por debajo de las expectativas de %1 (%4) y de las alternativas (%5).</translation>
    </message>
    <message>
        <source>%1 wants nothing that a relationship could give, so %2 does not matter to %1.</source>
        <translation>%1 no quiere nada que una relación pueda dar, así que %2 no le importa a %1.</translation>
    </message>
    <message>
        <source>%1&apos;s commitment to %2 is %3: the outcome (%4) against the best alternatives (%5), plus what %1 has invested (%6).</source>
        <translation>El compromiso de %1 con %2 es %3: el resultado (%4) frente a las mejores alternativas (%5), más lo que %1 ha invertido (%6).</translation>
    </message>
    <message>
        <source>With power about equal, %1 is predicted to cooperate with %2 most often: %3% of the time.</source>
        <translation>Con un poder más o menos igual, se prevé que %1 coopere con %2 lo más a menudo: el %3 % de las veces.</translation>
    </message>
    <message>
        <source>Holding more power than %2, %1 is predicted to cooperate less often: %3% of the time.</source>
        <translation>Con más poder que %2, se prevé que %1 coopere menos a menudo: el %3 % de las veces.</translation>
    </message>
    <message>
        <source>With less power than %2, %1 is predicted to cooperate %3% of the time, less than between equals.</source>
        <translation>Con menos poder que %2, se prevé que %1 coopere el %3 % de las veces, menos que entre iguales.</translation>
    </message>
    <message>
        <source>%1 would walk away if %2 stopped cooperating: %1 wants nothing from the relationship.</source>
        <translation>%1 se marcharía si %2 dejara de cooperar: %1 no quiere nada de la relación.</translation>
    </message>
    <message>
        <source>%1 would walk away if %2 stopped cooperating: the best alternatives (%3) beat the outcome with %2 (%4).</source>
        <translation>%1 se marcharía si %2 dejara de cooperar: las mejores alternativas (%3) superan al resultado con %2 (%4).</translation>
    </message>
    <message>
        <source>%1 would fight if %2 stopped cooperating: %1 needs %2 no more than %2 needs %1, and has no better alternative (%3 against %4).</source>
        <translation>%1 lucharía si %2 dejara de cooperar: %1 no necesita a %2 más de lo que %2 necesita a %1, y no tiene una alternativa mejor (%3 frente a %4).</translation>
    </message>
    <message>
        <source>%1 would accept it if %2 stopped cooperating: %1 needs %2 more than %2 needs %1, and has no better alternative (%3 against %4).</source>
        <translation>%1 lo aceptaría si %2 dejara de cooperar: %1 necesita a %2 más de lo que %2 necesita a %1, y no tiene una alternativa mejor (%3 frente a %4).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %1&apos;s best alternative for %5 (%6) rose to %7, against %8 from %2.</source>
        <translation>La dependencia de %1 respecto de %2 bajó de %3 a %4 porque la mejor alternativa de %1 para %5 (%6) subió a %7, frente a %8 de %2.</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %1&apos;s best alternative for %5 (%6) fell to %7, against %8 from %2.</source>
        <translation>La dependencia de %1 respecto de %2 subió de %3 a %4 porque la mejor alternativa de %1 para %5 (%6) bajó a %7, frente a %8 de %2.</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %2 now provides %5 at %6 (it was %7).</source>
        <translation>La dependencia de %1 respecto de %2 subió de %3 a %4 porque %2 ahora proporciona %5 a %6 (antes %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %2 now provides %5 at only %6 (it was %7).</source>
        <translation>La dependencia de %1 respecto de %2 bajó de %3 a %4 porque %2 ahora proporciona %5 solo a %6 (antes %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4 because %1 now cares more about %5 (importance %6, it was %7).</source>
        <translation>La dependencia de %1 respecto de %2 subió de %3 a %4 porque a %1 ahora le importa más %5 (importancia %6, antes %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4 because %1 now cares less about %5 (importance %6, it was %7).</source>
        <translation>La dependencia de %1 respecto de %2 bajó de %3 a %4 porque a %1 ahora le importa menos %5 (importancia %6, antes %7).</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 rose from %3 to %4.</source>
        <translation>La dependencia de %1 respecto de %2 subió de %3 a %4.</translation>
    </message>
    <message>
        <source>%1&apos;s dependence on %2 fell from %3 to %4.</source>
        <translation>La dependencia de %1 respecto de %2 bajó de %3 a %4.</translation>
    </message>
</context>
<context>
    <name>FieldLegend</name>
    <message>
        <source>Shape: a person, a group, an organization, a country.</source>
        <translation>Forma: una persona, un grupo, una organización, un país.</translation>
    </message>
    <message>
        <source>A bigger node has more power in the field: the others depend on it more.</source>
        <translation>Un nodo más grande tiene más poder en el campo: los demás dependen más de él.</translation>
    </message>
    <message>
        <source>A thicker link: the two depend on each other more.</source>
        <translation>Un vínculo más grueso: los dos dependen más el uno del otro.</translation>
    </message>
    <message>
        <source>The arrow points to the party with more power; the link takes that party&apos;s colour.</source>
        <translation>La flecha apunta a la parte con más poder; el vínculo toma el color de esa parte.</translation>
    </message>
    <message>
        <source>Solid: clearly unequal. Dashed: somewhat unequal. Grey dots, no arrow: balanced.</source>
        <translation>Continuo: claramente desigual. Discontinuo: algo desigual. Puntos grises, sin flecha: equilibrado.</translation>
    </message>
    <message>
        <source>Small circle on a dashed tie: an outside option; bigger is a better alternative.</source>
        <translation>Círculo pequeño en una línea discontinua: una opción externa; cuanto más grande, mejor alternativa.</translation>
    </message>
    <message>
        <source>Number on a link: the imbalance, from 0 (equal) to 1 (all the power on one side).</source>
        <translation>Número en un vínculo: el desequilibrio, de 0 (igual) a 1 (todo el poder de un lado).</translation>
    </message>
    <message>
        <source>Faded with a dashed outline: not in the field at this time.</source>
        <translation>Atenuado con contorno discontinuo: fuera del campo en este momento.</translation>
    </message>
    <message>
        <source>How to read the field</source>
        <translation>Cómo leer el campo</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>%1 and %2 depend on each other about equally (%3 and %4): neither holds more power.</source>
        <translation>%1 y %2 dependen uno del otro más o menos por igual (%3 y %4): ninguno tiene más poder.</translation>
    </message>
    <message>
        <source>%1 depends on %2 (%3) more than %2 depends on %1 (%4): %2 holds more power.</source>
        <translation>%1 depende de %2 (%3) más que %2 de %1 (%4): %2 tiene más poder.</translation>
    </message>
    <message>
        <source>actual values</source>
        <translation>valores reales</translation>
    </message>
    <message>
        <source>as each party sees it</source>
        <translation>tal como lo ve cada parte</translation>
    </message>
    <message>
        <source>Imbalance %1 (0: equal, 1: all the power on one side); mutual dependence %2 (%3).</source>
        <translation>Desequilibrio %1 (0: igual, 1: todo el poder de un lado); dependencia mutua %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not in the field at this time.</source>
        <translation>%1 no está en el campo en este momento.</translation>
    </message>
    <message>
        <source>%1: power in the field %2 (how much the others depend on %1), depends on the others %3.</source>
        <translation>%1: poder en el campo %2 (cuánto dependen los demás de %1), dependencia de los demás %3.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: an outside option of %2 that offers nothing yet.</source>
        <translation>%1: una opción externa de %2 que aún no ofrece nada.</translation>
    </message>
    <message>
        <source>%1: an outside option of %2, offering %3.</source>
        <translation>%1: una opción externa de %2, que ofrece %3.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Poder</translation>
    </message>
    <message>
        <source>The principle of least interest</source>
        <translation>El principio del menor interés</translation>
    </message>
    <message>
        <source>CL and CLalt: comparison levels</source>
        <translation>CL y CLalt: niveles de comparación</translation>
    </message>
    <message>
        <source>The four quadrants</source>
        <translation>Los cuatro cuadrantes</translation>
    </message>
    <message>
        <source>Investments and commitment</source>
        <translation>Inversiones y compromiso</translation>
    </message>
    <message>
        <source>Bases of power</source>
        <translation>Bases de poder</translation>
    </message>
    <message>
        <source>Perceived and actual alternatives</source>
        <translation>Alternativas percibidas y reales</translation>
    </message>
    <message>
        <source>Power and cooperation</source>
        <translation>Poder y cooperación</translation>
    </message>
    <message>
        <source>Accept, fight or walk away</source>
        <translation>Aceptar, luchar o marcharse</translation>
    </message>
    <message>
        <source>What this model does not claim</source>
        <translation>Lo que este modelo no afirma</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para docentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>This scenario has no teacher notes. Notes travel in the scenario file (its &quot;notes&quot; text): the learning goal, what to try, what the model does not claim.</source>
        <translation>Este escenario no tiene notas para docentes. Las notas viajan en el archivo del escenario (su texto «notes»): el objetivo de aprendizaje, qué probar, lo que el modelo no afirma.</translation>
    </message>
    <message>
        <source>More in the glossary</source>
        <translation>Más en el glosario</translation>
    </message>
    <message>
        <source>Getting started: your own scenario</source>
        <translation>Primeros pasos: un escenario propio</translation>
    </message>
    <message>
        <source>The window&apos;s views</source>
        <translation>Las vistas de la ventana</translation>
    </message>
</context>
<context>
    <name>ProvisionDialogs</name>
    <message>
        <source>New provision</source>
        <translation>Nueva provisión</translation>
    </message>
    <message>
        <source>What does %1 give %2?</source>
        <translation>¿Qué da %1 a %2?</translation>
    </message>
    <message>
        <source>%1 (%2 wants it)</source>
        <translation>%1 (lo quiere %2)</translation>
    </message>
    <message>
        <source>Desire:</source>
        <translation>Deseo:</translation>
    </message>
    <message>
        <source>How well (0 to 1):</source>
        <translation>Cuán bien (de 0 a 1):</translation>
    </message>
    <message>
        <source>The link between %1 and %2</source>
        <translation>El vínculo entre %1 y %2</translation>
    </message>
    <message>
        <source>How well %1 gives %2 %3:</source>
        <translation>Lo bien que %1 da %3 a %2:</translation>
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
        <translation>resultado frente a CLalt →</translation>
    </message>
    <message>
        <source>outcome against CL →</source>
        <translation>resultado frente a CL →</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>“%1” had changes that were not saved when Powerfield last stopped. A recovery copy of them was written on %2.

Restore the changes?</source>
        <translation>«%1» tenía cambios sin guardar cuando Powerfield se cerró por última vez. Se escribió una copia de recuperación el %2.

¿Restaurar los cambios?</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Keep the changes and ask again next time</source>
        <translation>Conservar los cambios y volver a preguntar la próxima vez</translation>
    </message>
    <message>
        <source>Delete the automatically saved changes</source>
        <translation>Borrar los cambios guardados automáticamente</translation>
    </message>
</context>
<context>
    <name>SlidePainter</name>
    <message>
        <source>Step %1 of %2, actual values</source>
        <translation>Paso %1 de %2, valores reales</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
</context>
<context>
    <name>StarterScenario</name>
    <message>
        <source>Two roommates</source>
        <translation>Dos compañeros de piso</translation>
    </message>
    <message>
        <source>Two roommates who both want quiet evenings at home and give each other some. Give one of them an alternative and watch the power shift.</source>
        <translation>Dos compañeros de piso que quieren tardes tranquilas en casa y se las dan el uno al otro. Dé a uno de ellos una alternativa y vea cómo cambia el poder.</translation>
    </message>
    <message>
        <source>Quiet evenings</source>
        <translation>Tardes tranquilas</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>My roommate</source>
        <translation>Mi compañero de piso</translation>
    </message>
</context>
<context>
    <name>StudentView</name>
    <message>
        <source>how much %1 wants %2</source>
        <translation>cuánto quiere %1 %2</translation>
    </message>
    <message>
        <source>how good %1 is for %2 to %3</source>
        <translation>qué tan bueno es %1 para %2 según %3</translation>
    </message>
</context>
<context>
    <name>Sweep</name>
    <message>
        <source>%1: comparison level</source>
        <translation>%1: nivel de comparación</translation>
    </message>
    <message>
        <source>%1: importance of %2</source>
        <translation>%1: importancia de %2</translation>
    </message>
    <message>
        <source>%1 to %2: %3 (as %2 sees it)</source>
        <translation>%1 a %2: %3 (tal como lo ve %2)</translation>
    </message>
    <message>
        <source>%1 to %2: %3 (quality)</source>
        <translation>%1 a %2: %3 (calidad)</translation>
    </message>
    <message>
        <source>Alternative of %1, %2: %3 (as %1 sees it)</source>
        <translation>Alternativa de %1, %2: %3 (tal como lo ve %1)</translation>
    </message>
    <message>
        <source>Alternative of %1, %2: %3</source>
        <translation>Alternativa de %1, %2: %3</translation>
    </message>
    <message>
        <source>%1: investment in %2</source>
        <translation>%1: inversión en %2</translation>
    </message>
</context>
<context>
    <name>TrustResults</name>
    <message>
        <source>Waiting for choices in every role (equal %1, low %2, high %3 so far).</source>
        <translation>Faltan decisiones en algún papel (hasta ahora igual %1, bajo %2, alto %3).</translation>
    </message>
    <message>
        <source>The class reproduced the published ordering: equal power %1 &gt; low power %2 &gt; high power %3.</source>
        <translation>La clase reprodujo el orden publicado: poder igual %1 &gt; poco poder %2 &gt; mucho poder %3.</translation>
    </message>
    <message>
        <source>The class did not reproduce the published ordering (equal &gt; low &gt; high): equal power %1, low power %2, high power %3.</source>
        <translation>La clase no reprodujo el orden publicado (igual &gt; bajo &gt; alto): poder igual %1, poco poder %2, mucho poder %3.</translation>
    </message>
    <message>
        <source>Equal power</source>
        <translation>Poder igual</translation>
    </message>
    <message>
        <source>Low power</source>
        <translation>Poco poder</translation>
    </message>
    <message>
        <source>High power</source>
        <translation>Mucho poder</translation>
    </message>
    <message>
        <source>no choices</source>
        <translation>sin decisiones</translation>
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
        <translation>Aún no hay díadas: añada partes e indique qué proporciona una a la otra.</translation>
    </message>
    <message>
        <source>Who depends on whom</source>
        <translation>Quién depende de quién</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who depends on whom&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quién depende de quién&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
    </message>
</context>
<context>
    <name>powerfield::BalanceMeter</name>
    <message>
        <source>Balance meter</source>
        <translation>Balanza de poder</translation>
    </message>
</context>
<context>
    <name>powerfield::ClassDock</name>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>Party of %1</source>
        <translation>Parte de %1</translation>
    </message>
    <message>
        <source>The party %1 holds; choose another to reassign</source>
        <translation>La parte que tiene %1; elige otra para reasignarla</translation>
    </message>
    <message>
        <source>&amp;Assign Party</source>
        <translation>&amp;Asignar parte</translation>
    </message>
    <message>
        <source>Save Power After Each Change</source>
        <translation>Guardar el poder tras cada cambio</translation>
    </message>
    <message>
        <source>Save Session Log</source>
        <translation>Guardar el registro de la sesión</translation>
    </message>
    <message>
        <source>class-power.csv</source>
        <translation>clase-poder.csv</translation>
    </message>
    <message>
        <source>class-log.csv</source>
        <translation>clase-registro.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>&amp;Class Dock</source>
        <translation>Panel de &amp;clase</translation>
    </message>
    <message>
        <source>The class session&apos;s roster and controls</source>
        <translation>La lista y los controles de la sesión de clase</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <source>Students in the class session</source>
        <translation>Estudiantes en la sesión de clase</translation>
    </message>
    <message>
        <source>Right-click a student to assign a party, lock or remove them</source>
        <translation>Haz clic derecho en un estudiante para asignarle una parte, bloquearlo o quitarlo</translation>
    </message>
    <message>
        <source>Show &amp;numbers</source>
        <translation>Mostrar &amp;números</translation>
    </message>
    <message>
        <source>Whether the students&apos; pages show the values as numbers</source>
        <translation>Si las páginas de los estudiantes muestran los valores como números</translation>
    </message>
    <message>
        <source>Show &amp;other parties</source>
        <translation>Mostrar &amp;otras partes</translation>
    </message>
    <message>
        <source>Whether the students&apos; pages say where their party stands with the others</source>
        <translation>Si las páginas de los estudiantes dicen cómo está su parte frente a las demás</translation>
    </message>
    <message>
        <source>C&amp;rowd mode</source>
        <translation>Modo &amp;grupo</translation>
    </message>
    <message>
        <source>Students who join share the parties; a party&apos;s value is the median of its students&apos; values</source>
        <translation>Los estudiantes que se unen comparten las partes; el valor de una parte es la mediana de los valores de sus estudiantes</translation>
    </message>
    <message>
        <source>Loc&amp;k All</source>
        <translation>&amp;Bloquear a todos</translation>
    </message>
    <message>
        <source>Refuse every student&apos;s changes until unlocked</source>
        <translation>Rechazar los cambios de todos hasta desbloquearlos</translation>
    </message>
    <message>
        <source>&amp;Unlock All</source>
        <translation>&amp;Desbloquear a todos</translation>
    </message>
    <message>
        <source>Let every student change their party&apos;s values again</source>
        <translation>Todos los estudiantes pueden volver a cambiar los valores de su parte</translation>
    </message>
    <message>
        <source>Send the Story &amp;Forward</source>
        <translation>&amp;Avanzar la historia</translation>
    </message>
    <message>
        <source>Go to the next event of the story; students see its caption</source>
        <translation>Ir al siguiente evento de la historia; los estudiantes ven su texto</translation>
    </message>
    <message>
        <source>Re&amp;move Student</source>
        <translation>&amp;Quitar estudiante</translation>
    </message>
    <message>
        <source>Remove the selected student; they cannot rejoin with the same page</source>
        <translation>Quitar al estudiante elegido; no podrá volver a unirse con la misma página</translation>
    </message>
    <message>
        <source>Save &amp;Log…</source>
        <translation>Guardar &amp;registro…</translation>
    </message>
    <message>
        <source>Save every student&apos;s change as CSV: time, student, party, what changed, old and new value</source>
        <translation>Guardar cada cambio de los estudiantes como CSV: hora, estudiante, parte, qué cambió, valor anterior y nuevo</translation>
    </message>
    <message>
        <source>Save &amp;Power…</source>
        <translation>Guardar &amp;poder…</translation>
    </message>
    <message>
        <source>Save every party&apos;s dependence and power after each change as CSV</source>
        <translation>Guardar la dependencia y el poder de cada parte tras cada cambio como CSV</translation>
    </message>
    <message>
        <source>&amp;Lock Student</source>
        <translation>&amp;Bloquear estudiante</translation>
    </message>
    <message>
        <source>Refuse or allow the selected student&apos;s changes</source>
        <translation>Rechazar o permitir los cambios del estudiante elegido</translation>
    </message>
</context>
<context>
    <name>powerfield::ClassSession</name>
    <message>
        <source>Start Class Session</source>
        <translation>Iniciar sesión de clase</translation>
    </message>
    <message>
        <source>The class session could not start: %1</source>
        <translation>La sesión de clase no pudo iniciarse: %1</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>&amp;Clase</translation>
    </message>
    <message>
        <source>&amp;Start Class Session…</source>
        <translation>&amp;Iniciar sesión de clase…</translation>
    </message>
    <message>
        <source>Let students join from their browsers and each hold a party</source>
        <translation>Los alumnos se unen desde su navegador y cada uno lleva una parte</translation>
    </message>
    <message>
        <source>S&amp;top Class Session</source>
        <translation>&amp;Detener sesión de clase</translation>
    </message>
    <message>
        <source>Close the class session and every student&apos;s connection</source>
        <translation>Cerrar la sesión de clase y la conexión de cada alumno</translation>
    </message>
    <message>
        <source>Show &amp;Join Card</source>
        <translation>Mostrar &amp;tarjeta de acceso</translation>
    </message>
    <message>
        <source>The QR code, address and room code for the projector</source>
        <translation>El código QR, la dirección y el código de sala para el proyector</translation>
    </message>
    <message>
        <source>Class Session</source>
        <translation>Sesión de clase</translation>
    </message>
    <message>
        <source>Start or stop the class session: students join from their browsers</source>
        <translation>Iniciar o detener la sesión de clase: los estudiantes se unen desde su navegador</translation>
    </message>
    <message>
        <source>Trust &amp;Game…</source>
        <translation>Juego de con&amp;fianza…</translation>
    </message>
    <message>
        <source>Play the trust game in pairs with the class and show cooperation by power</source>
        <translation>Jugar con la clase el juego de confianza en parejas y mostrar la cooperación según el poder</translation>
    </message>
</context>
<context>
    <name>powerfield::ClassStartDialog</name>
    <message>
        <source>Start Class Session</source>
        <translation>Iniciar sesión de clase</translation>
    </message>
    <message>
        <source>Students open the page from their phones or laptops on the same network. Nothing leaves the room.</source>
        <translation>Los alumnos abren la página en su móvil o portátil, en la misma red. Nada sale del aula.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (this computer only, for a try-out)</source>
        <translation>%1 (solo este ordenador, para probar)</translation>
    </message>
    <message>
        <source>127.0.0.1 (this computer only, for a try-out)</source>
        <translation>127.0.0.1 (solo este ordenador, para probar)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>When this port is taken, the next free one is used</source>
        <translation>Si este puerto está ocupado, se usa el siguiente libre</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Crowd mode: students share the parties</source>
        <translation>Modo &amp;grupo: los estudiantes comparten las partes</translation>
    </message>
    <message>
        <source>Several students hold each party; the party&apos;s values are the median of theirs</source>
        <translation>Varios estudiantes tienen cada parte; sus valores son la mediana de los de todos ellos</translation>
    </message>
</context>
<context>
    <name>powerfield::DependencePanel</name>
    <message>
        <source>Dependence panel</source>
        <translation>Panel de dependencia</translation>
    </message>
    <message>
        <source>Who holds power</source>
        <translation>Quién tiene el poder</translation>
    </message>
    <message>
        <source>Why it moved</source>
        <translation>Por qué ha cambiado</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Select a party or two parties in the field to see who depends on whom.</source>
        <translation>Seleccione una parte o dos partes del campo para ver quién depende de quién.</translation>
    </message>
    <message>
        <source>%1 and %2 do not depend on each other at this time: neither provides anything the other wants, or one of them is not in the field.</source>
        <translation>%1 y %2 no dependen uno del otro en este momento: ninguno proporciona nada que el otro quiera, o uno de los dos no está en el campo.</translation>
    </message>
    <message>
        <source>Lens</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Desire shown</source>
        <translation>Deseo mostrado</translation>
    </message>
    <message>
        <source>Presentation mode shows the sliders of one desire at a time</source>
        <translation>El modo de presentación muestra los controles deslizantes de un deseo a la vez</translation>
    </message>
    <message>
        <source>Previous desire</source>
        <translation>Deseo anterior</translation>
    </message>
    <message>
        <source>Next desire</source>
        <translation>Deseo siguiente</translation>
    </message>
    <message>
        <source>No one&apos;s beliefs differ from the actual values here: both lenses show the same.</source>
        <translation>Aquí las creencias de nadie difieren de los valores reales: ambas vistas muestran lo mismo.</translation>
    </message>
</context>
<context>
    <name>powerfield::DesireModel</name>
    <message>
        <source>The base of power that giving %1 rests on</source>
        <translation>La base de poder en la que se apoya dar %1</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>“%1” is not a base of power (reward, coercive, legitimate, referent, expert, informational or other)</source>
        <translation>«%1» no es una base de poder (reward, coercive, legitimate, referent, expert, informational u other)</translation>
    </message>
</context>
<context>
    <name>powerfield::Document</name>
    <message>
        <source>Reset to saved</source>
        <translation>Volver a lo guardado</translation>
    </message>
    <message>
        <source>There is no event %1</source>
        <translation>No existe el evento %1</translation>
    </message>
    <message>
        <source>The event has no change %1</source>
        <translation>El evento no tiene el cambio %1</translation>
    </message>
    <message>
        <source>The time must lie between 0 and %1</source>
        <translation>El instante debe estar entre 0 y %1</translation>
    </message>
    <message>
        <source>There is no provision of %1 from %2 to %3</source>
        <translation>No existe la provisión de «%1» de %2 a %3</translation>
    </message>
    <message>
        <source>%1 already provides %2 to %3</source>
        <translation>%1 ya proporciona %2 a %3</translation>
    </message>
    <message>
        <source>The quality</source>
        <translation>La calidad</translation>
    </message>
    <message>
        <source>%1 offers nothing for %2</source>
        <translation>%1 no ofrece nada para %2</translation>
    </message>
    <message>
        <source>The duration must be at least one step</source>
        <translation>La duración debe ser de al menos un paso</translation>
    </message>
    <message>
        <source>An event lies at time %1, after the end</source>
        <translation>Hay un evento en el instante %1, después del final</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #RRGGBB</source>
        <translation>«%1» no es un color de la forma #RRGGBB</translation>
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
        <translation>La importancia</translation>
    </message>
    <message>
        <source>%1 has no need for %2</source>
        <translation>%1 no tiene necesidad de %2</translation>
    </message>
    <message>
        <source>Changes at step %1</source>
        <translation>Cambios en el paso %1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>Restaurar cambios sin guardar</translation>
    </message>
    <message>
        <source>The duration must be at most %1 steps</source>
        <translation>La duración debe ser como máximo de %1 pasos</translation>
    </message>
    <message>
        <source>The label</source>
        <translation>La etiqueta</translation>
    </message>
    <message>
        <source>The caption</source>
        <translation>El texto</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>%1 wants %2 already</source>
        <translation>%1 ya quiere %2</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message>
        <source>There is no link between %1 and %2</source>
        <translation>No hay ningún vínculo entre %1 y %2</translation>
    </message>
    <message>
        <source>Remove the link between %1 and %2</source>
        <translation>Quitar el vínculo entre %1 y %2</translation>
    </message>
    <message>
        <source>%1 to %2 is not between %3 and %4</source>
        <translation>De %1 a %2 no está entre %3 y %4</translation>
    </message>
    <message>
        <source>Edit the link between %1 and %2</source>
        <translation>Editar el vínculo entre %1 y %2</translation>
    </message>
    <message>
        <source>Party %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>Desire %1</source>
        <translation>Deseo %1</translation>
    </message>
    <message>
        <source>%1&apos;s alternative</source>
        <translation>Alternativa de %1</translation>
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
        <translation>De -1 a 1: positivo cuando A tiene más poder (B depende de A más que A de B)</translation>
    </message>
    <message>
        <source>Dyad A – B</source>
        <translation>Díada A – B</translation>
    </message>
    <message>
        <source>A depends
on B</source>
        <translation>A depende
de B</translation>
    </message>
    <message>
        <source>B depends
on A</source>
        <translation>B depende
de A</translation>
    </message>
    <message>
        <source>Relative
power of A</source>
        <translation>Poder
relativo de A</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Balanced: %1 and %2 depend on each other about equally</source>
        <translation>Equilibrio: %1 y %2 dependen uno del otro más o menos por igual</translation>
    </message>
    <message>
        <source>%1 depends on %2 more: %2 holds more power</source>
        <translation>%1 depende más de %2: %2 tiene más poder</translation>
    </message>
</context>
<context>
    <name>powerfield::EventMarkers</name>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
</context>
<context>
    <name>powerfield::EventModel</name>
    <message numerus="yes">
        <source>%n change(s) at time %1</source>
        <translation>
            <numerusform>%n cambio en el instante %1</numerusform>
            <numerusform>%n cambios en el instante %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>The time must be a whole number of steps</source>
        <translation>El tiempo debe ser un número entero de pasos</translation>
    </message>
</context>
<context>
    <name>powerfield::EventsEditor</name>
    <message>
        <source>Add event</source>
        <translation>Añadir evento</translation>
    </message>
    <message>
        <source>Add an event at the current step</source>
        <translation>Añadir un evento en el paso actual</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Quitar evento</translation>
    </message>
    <message>
        <source>Remove change</source>
        <translation>Quitar cambio</translation>
    </message>
    <message>
        <source>Value of the selected change</source>
        <translation>Valor del cambio seleccionado</translation>
    </message>
    <message>
        <source>The value the selected change sets</source>
        <translation>El valor que fija el cambio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Changes of the selected event:</source>
        <translation>&amp;Cambios del evento seleccionado:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Changes of the selected event</source>
        <translation>Cambios del evento seleccionado</translation>
    </message>
    <message>
        <source>Event at step %1</source>
        <translation>Evento en el paso %1</translation>
    </message>
</context>
<context>
    <name>powerfield::ExportDialog</name>
    <message>
        <source>&amp;Large type and thick lines (presentation)</source>
        <translation>&amp;Letra grande y líneas gruesas (presentación)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>Social field</source>
        <translation>Campo social</translation>
    </message>
    <message>
        <source>Dependence panel</source>
        <translation>Panel de dependencia</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Poder a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Whole window (field, panel and plot)</source>
        <translation>Ventana completa (campo, panel y gráfico)</translation>
    </message>
    <message>
        <source>Slide (title, caption, field with legend, plot)</source>
        <translation>Diapositiva (título, texto, campo con leyenda, gráfico)</translation>
    </message>
    <message>
        <source>16:9 slide, 1920 × 1080</source>
        <translation>Diapositiva 16:9, 1920 × 1080</translation>
    </message>
    <message>
        <source>16:9, 1600 × 900</source>
        <translation>16:9, 1600 × 900</translation>
    </message>
    <message>
        <source>4:3 slide, 1024 × 768</source>
        <translation>Diapositiva 4:3, 1024 × 768</translation>
    </message>
    <message>
        <source>4:3, 1600 × 1200</source>
        <translation>4:3, 1600 × 1200</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Ancho en píxeles</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Alto en píxeles</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Print (white background)</source>
        <translation>Impresión (fondo blanco)</translation>
    </message>
    <message>
        <source>Projector (dark, high contrast)</source>
        <translation>Proyector (oscuro, alto contraste)</translation>
    </message>
    <message>
        <source>Transparent (for slides with a background)</source>
        <translation>Transparente (para diapositivas con fondo)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vista:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>&amp;Scale (PNG):</source>
        <translation>&amp;Escala (PNG):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>Name the file to write.</source>
        <translation>Indique el archivo que se escribirá.</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf: that gives the format.</source>
        <translation>El nombre del archivo debe terminar en .png, .svg o .pdf: eso determina el formato.</translation>
    </message>
    <message>
        <source>The size times the scale must stay within 20000 × 20000 pixels.</source>
        <translation>El tamaño por la escala no debe pasar de 20000 × 20000 píxeles.</translation>
    </message>
    <message>
        <source>A PNG image of %1 × %2 pixels.</source>
        <translation>Una imagen PNG de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>A %1 drawing that scales without loss; its text stays text.</source>
        <translation>Un dibujo %1 que se escala sin pérdida; su texto sigue siendo texto.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldChecklist</name>
    <message>
        <source>Build your scenario</source>
        <translation>Construye tu escenario</translation>
    </message>
    <message>
        <source>Add two parties</source>
        <translation>Añade dos partes</translation>
    </message>
    <message>
        <source>Say what each wants</source>
        <translation>Di qué quiere cada una</translation>
    </message>
    <message>
        <source>Who provides it</source>
        <translation>Quién lo proporciona</translation>
    </message>
    <message>
        <source>Give someone an alternative</source>
        <translation>Dale a alguien una alternativa</translation>
    </message>
    <message>
        <source>Add Party in the toolbar or the Edit menu, twice</source>
        <translation>Dos veces «Añadir parte» en la barra de herramientas o en el menú Editar</translation>
    </message>
    <message>
        <source>Select a party: the Dependence panel adds a desire it wants</source>
        <translation>Selecciona una parte: el panel Dependencia añade un deseo que tiene</translation>
    </message>
    <message>
        <source>Shift-drag from one party onto the other: what it gives the other</source>
        <translation>Arrastra con Mayús de una parte a la otra: lo que le da a la otra</translation>
    </message>
    <message>
        <source>Select a party and choose Add Outside Option: what it could turn to instead</source>
        <translation>Selecciona una parte y elige «Añadir opción externa»: a qué podría recurrir en su lugar</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldLayoutRunner</name>
    <message>
        <source>Automatic layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <source>Spread the parties out until they come to rest; parties you dragged stay where you put them</source>
        <translation>Separar las partes hasta que se estabilicen; las partes que usted ha arrastrado se quedan donde las dejó</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldLegendOverlay</name>
    <message>
        <source>Show the legend</source>
        <translation>Mostrar la leyenda</translation>
    </message>
    <message>
        <source>Fold the legend away</source>
        <translation>Plegar la leyenda</translation>
    </message>
</context>
<context>
    <name>powerfield::FieldView</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Rename party</source>
        <translation>Renombrar parte</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>Nombre de %1:</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Renombrar...</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Other colour...</source>
        <translation>Otro color...</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>En el campo</translation>
    </message>
    <message>
        <source>Add an outside option</source>
        <translation>Añadir una opción externa</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Quitar el vínculo</translation>
    </message>
    <message>
        <source>Add a party here</source>
        <translation>Añadir una parte aquí</translation>
    </message>
    <message>
        <source>Show numbers</source>
        <translation>Mostrar números</translation>
    </message>
    <message>
        <source>Show parties not in the field</source>
        <translation>Mostrar las partes fuera del campo</translation>
    </message>
    <message>
        <source>Show legend</source>
        <translation>Mostrar leyenda</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Social field</source>
        <translation>Campo social</translation>
    </message>
    <message>
        <source>Parties as nodes and their relationships as links; arrows point to the party with more power</source>
        <translation>Las partes como nodos y sus relaciones como vínculos; las flechas apuntan a la parte con más poder</translation>
    </message>
    <message>
        <source>Pinned in place</source>
        <translation>Fijada en su posición</translation>
    </message>
    <message>
        <source>The automatic layout leaves a pinned party where it is</source>
        <translation>La disposición automática deja una parte fijada donde está</translation>
    </message>
    <message>
        <source>Drag to move it (the automatic layout then leaves it there); Shift-drag onto another party to add something it gives that party.</source>
        <translation>Arrástrela para moverla (después la disposición automática la deja ahí); arrástrela con la tecla Mayús pulsada hasta otra parte para añadir algo que le proporciona a esa parte.</translation>
    </message>
</context>
<context>
    <name>powerfield::GlossaryDock</name>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Glossary terms</source>
        <translation>Términos del glosario</translation>
    </message>
    <message>
        <source>Explanation of the term</source>
        <translation>Explicación del término</translation>
    </message>
    <message>
        <source>Description of the current state</source>
        <translation>Descripción del estado actual</translation>
    </message>
    <message>
        <source>Who depends on whom and who holds power, in sentences, updated with every change</source>
        <translation>Quién depende de quién y quién tiene el poder, en frases, actualizado con cada cambio</translation>
    </message>
    <message>
        <source>&amp;Copy Description</source>
        <translation>&amp;Copiar descripción</translation>
    </message>
    <message>
        <source>Copy description</source>
        <translation>Copiar descripción</translation>
    </message>
    <message>
        <source>Copy &amp;Description</source>
        <translation>Copiar &amp;descripción</translation>
    </message>
    <message>
        <source>Copy the description of the current state to the clipboard, for slide notes</source>
        <translation>Copiar la descripción del estado actual al portapapeles, para las notas de las diapositivas</translation>
    </message>
</context>
<context>
    <name>powerfield::JoinCard</name>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Join the Class</source>
        <translation>Unirse a la clase</translation>
    </message>
    <message>
        <source>No class session is running.</source>
        <translation>No hay ninguna sesión de clase en marcha.</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Room code: %1</source>
        <translation>Código de sala: %1</translation>
    </message>
    <message>
        <source>Students connected: %1</source>
        <translation>Alumnos conectados: %1</translation>
    </message>
    <message>
        <source>Leave &amp;Full Screen</source>
        <translation>Salir de &amp;pantalla completa</translation>
    </message>
</context>
<context>
    <name>powerfield::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Use the language of the desktop (English when Powerfield does not speak it)</source>
        <translation>Usar el idioma del escritorio (inglés si Powerfield no lo habla)</translation>
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
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start an empty scenario</source>
        <translation>Empezar un escenario vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Abrir un archivo de escenario</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Guardar el escenario</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the scenario under a new name</source>
        <translation>Guardar el escenario con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Powerfield</source>
        <translation>Salir de Powerfield</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Reset to &amp;Saved</source>
        <translation>&amp;Volver a lo guardado</translation>
    </message>
    <message>
        <source>Return to the scenario as loaded or last saved (undoable)</source>
        <translation>Volver al escenario tal como se cargó o se guardó por última vez (se puede deshacer)</translation>
    </message>
    <message>
        <source>Add &amp;Party</source>
        <translation>Añadir &amp;parte</translation>
    </message>
    <message>
        <source>Add a party to the field</source>
        <translation>Añadir una parte al campo</translation>
    </message>
    <message>
        <source>Add &amp;Desire</source>
        <translation>Añadir d&amp;eseo</translation>
    </message>
    <message>
        <source>Add something parties can want</source>
        <translation>Añadir algo que las partes puedan querer</translation>
    </message>
    <message>
        <source>&amp;About Powerfield</source>
        <translation>&amp;Acerca de Powerfield</translation>
    </message>
    <message>
        <source>What Powerfield is</source>
        <translation>Qué es Powerfield</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer: %1</translation>
    </message>
    <message>
        <source>Add &amp;Outside Option</source>
        <translation>Añadir &amp;opción externa</translation>
    </message>
    <message>
        <source>Give the selected party an alternative outside the relationship</source>
        <translation>Dar a la parte seleccionada una alternativa fuera de la relación</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <source>Write a view, the whole window or a slide to a PNG, SVG or PDF file</source>
        <translation>Guardar una vista, la ventana completa o una diapositiva en un archivo PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation>Copiar &amp;imagen</translation>
    </message>
    <message>
        <source>Copy the view that has the focus (else the field) to the clipboard as an image</source>
        <translation>Copiar la vista que tiene el foco (si no, el campo) al portapapeles como imagen</translation>
    </message>
    <message>
        <source>&amp;Lens: Actual Values</source>
        <translation>&amp;Vista: valores reales</translation>
    </message>
    <message>
        <source>Checked: every view shows the actual values; unchecked: what each party perceives</source>
        <translation>Activada: todas las vistas muestran los valores reales; desactivada: lo que percibe cada parte</translation>
    </message>
    <message>
        <source>Actual Values</source>
        <translation>Valores reales</translation>
    </message>
    <message>
        <source>P&amp;roperties…</source>
        <translation>P&amp;ropiedades…</translation>
    </message>
    <message>
        <source>The scenario&apos;s title, description and teacher notes</source>
        <translation>El título, la descripción y las notas para el docente del escenario</translation>
    </message>
</context>
<context>
    <name>powerfield::MainWindow</name>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Open the example “%1”</source>
        <translation>Abrir el ejemplo «%1»</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — Powerfield</source>
        <translation>%1[*] — Powerfield</translation>
    </message>
    <message>
        <source>Parties: %1 · Dyads: %2</source>
        <translation>Partes: %1 · Díadas: %2</translation>
    </message>
    <message>
        <source>Cannot open the scenario</source>
        <translation>No se puede abrir el escenario</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Abierto %1</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>No se puede abrir el ejemplo</translation>
    </message>
    <message>
        <source>Opened the example “%1”</source>
        <translation>Abierto el ejemplo «%1»</translation>
    </message>
    <message>
        <source>New scenario: add parties and desires from the Edit menu</source>
        <translation>Escenario nuevo: añada partes y deseos desde el menú Editar</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Powerfield scenarios (*.powerfield.json *.json);;All files (*)</source>
        <translation>Escenarios de Powerfield (*.powerfield.json *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Archivo no encontrado</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent files.</source>
        <translation>%1 ya no existe; se ha quitado de los archivos recientes.</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <source>Powerfield scenarios (*.powerfield.json)</source>
        <translation>Escenarios de Powerfield (*.powerfield.json)</translation>
    </message>
    <message>
        <source>Cannot save the scenario</source>
        <translation>No se puede guardar el escenario</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>Cannot add a party</source>
        <translation>No se puede añadir la parte</translation>
    </message>
    <message>
        <source>Cannot add a desire</source>
        <translation>No se puede añadir el deseo</translation>
    </message>
    <message>
        <source>About Powerfield</source>
        <translation>Acerca de Powerfield</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Powerfield %1&lt;/h3&gt;&lt;p&gt;Makes power in relationships visible: who depends on whom, and why, after interdependence theory (Thibaut and Kelley) and Emerson&apos;s power-dependence theory.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Powerfield %1&lt;/h3&gt;&lt;p&gt;Hace visible el poder en las relaciones: quién depende de quién y por qué, según la teoría de la interdependencia (Thibaut y Kelley) y la teoría de poder y dependencia de Emerson.&lt;/p&gt;&lt;p&gt;Con licencia GNU GPL, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Poder a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Who depends on whom</source>
        <translation>Quién depende de quién</translation>
    </message>
    <message>
        <source>Cannot keep a recovery copy: %1</source>
        <translation>No se puede guardar una copia de recuperación: %1</translation>
    </message>
    <message>
        <source>Cannot restore the unsaved changes</source>
        <translation>No se pueden restaurar los cambios sin guardar</translation>
    </message>
    <message>
        <source>Story controls</source>
        <translation>Controles de la historia</translation>
    </message>
    <message>
        <source>Sliders of the dependence panel</source>
        <translation>Controles deslizantes del panel de dependencia</translation>
    </message>
    <message>
        <source>Cannot export the view</source>
        <translation>No se puede exportar la vista</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <source>Cannot copy the image</source>
        <translation>No se puede copiar la imagen</translation>
    </message>
    <message>
        <source>The view could not be drawn.</source>
        <translation>No se pudo dibujar la vista.</translation>
    </message>
    <message>
        <source>Copied an image of %1 × %2 pixels to the clipboard.</source>
        <translation>Se ha copiado al portapapeles una imagen de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>Cannot add an outside option</source>
        <translation>No se puede añadir la opción externa</translation>
    </message>
    <message>
        <source>Select one party first: the option is that party&apos;s alternative.</source>
        <translation>Seleccione primero una parte: la opción es una alternativa de esa parte.</translation>
    </message>
    <message>
        <source>The selected party is not in the scenario.</source>
        <translation>La parte seleccionada no está en el escenario.</translation>
    </message>
    <message>
        <source>Getting &amp;Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>Build a scenario of your own in six steps</source>
        <translation>Construir un escenario propio en seis pasos</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glosario</translation>
    </message>
    <message>
        <source>What every number in Powerfield means, and where the ideas come from</source>
        <translation>Qué significa cada número en Powerfield y de dónde vienen las ideas</translation>
    </message>
    <message>
        <source>New Scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Start from two people who want something from each other, or from an empty field?</source>
        <translation>¿Empezar con dos personas que quieren algo la una de la otra, o con un campo vacío?</translation>
    </message>
    <message>
        <source>Start from &amp;Two People</source>
        <translation>Empezar con &amp;dos personas</translation>
    </message>
    <message>
        <source>&amp;Empty</source>
        <translation>&amp;Vacío</translation>
    </message>
    <message>
        <source>Two people: give one of them an alternative (Ctrl+Shift+O) and watch the power shift</source>
        <translation>Dos personas: dé a una de ellas una alternativa (Ctrl+Mayús+O) y vea cómo cambia el poder</translation>
    </message>
    <message>
        <source>Cannot change the properties</source>
        <translation>No se pueden cambiar las propiedades</translation>
    </message>
    <message>
        <source>Nothing changes: no belief differs from the actual quality at this step</source>
        <translation>No cambia nada: ninguna creencia difiere de la calidad real en este paso</translation>
    </message>
</context>
<context>
    <name>powerfield::OptionModel</name>
    <message>
        <source>Only %1 can turn to this alternative</source>
        <translation>Solo %1 puede recurrir a esta alternativa</translation>
    </message>
    <message>
        <source>What %1 believes this alternative offers</source>
        <translation>Lo que %1 cree que ofrece esta alternativa</translation>
    </message>
    <message>
        <source>Name / Desire</source>
        <translation>Nombre / Deseo</translation>
    </message>
    <message>
        <source>Owner / Quality</source>
        <translation>Titular / Calidad</translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation>Percibida</translation>
    </message>
</context>
<context>
    <name>powerfield::PanelControls</name>
    <message>
        <source>How much %1 wants %2</source>
        <translation>Cuánto quiere %1 %2</translation>
    </message>
    <message>
        <source>How well %1 provides it to %2 (actual)</source>
        <translation>Lo bien que %1 se lo proporciona a %2 (real)</translation>
    </message>
    <message>
        <source>How well %1 provides it to %2</source>
        <translation>Lo bien que %1 se lo proporciona a %2</translation>
    </message>
    <message>
        <source>How well %1 believes %2 provides it</source>
        <translation>Lo bien que %1 cree que %2 se lo proporciona</translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: none</source>
        <translation>Mejor alternativa de %1: ninguna</translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: none yet (%2 could offer it)</source>
        <translation>Mejor alternativa de %1: ninguna todavía (%2 podría ofrecerla)</translation>
    </message>
    <message>
        <source>%1&apos;s best alternative: %2</source>
        <translation>Mejor alternativa de %1: %2</translation>
    </message>
    <message>
        <source>Add an outside option for %1</source>
        <translation>Añadir una opción externa para %1</translation>
    </message>
    <message>
        <source>Investments</source>
        <translation>Inversiones</translation>
    </message>
    <message>
        <source>%1&apos;s investment in %2</source>
        <translation>Inversión de %1 en %2</translation>
    </message>
    <message>
        <source>%1 gives up other partners for %2 (exclusive)</source>
        <translation>%1 renuncia a otras parejas por %2 (exclusiva)</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectativas</translation>
    </message>
    <message>
        <source>%1&apos;s comparison level (CL)</source>
        <translation>Nivel de comparación de %1 (CL)</translation>
    </message>
    <message>
        <source>What %1 wants</source>
        <translation>Lo que quiere %1</translation>
    </message>
    <message>
        <source>%1 wants nothing yet.</source>
        <translation>%1 todavía no quiere nada.</translation>
    </message>
    <message>
        <source>Give %1 somewhere else to get %2: an outside option offering it at 0.50</source>
        <translation>Dé a %1 otro lugar donde obtener %2: una opción externa que lo ofrece con 0,50</translation>
    </message>
    <message>
        <source>%1 wants it</source>
        <translation>%1 lo desea</translation>
    </message>
    <message>
        <source>Gets from %1 (actual)</source>
        <translation>Recibe de %1 (real)</translation>
    </message>
    <message>
        <source>Gets from %1</source>
        <translation>Recibe de %1</translation>
    </message>
    <message>
        <source>Believes it gets</source>
        <translation>Cree que recibe</translation>
    </message>
    <message>
        <source>Alternative: none</source>
        <translation>Alternativa: ninguna</translation>
    </message>
    <message>
        <source>Alternative: none yet</source>
        <translation>Alternativa: aún ninguna</translation>
    </message>
    <message>
        <source>Alternative: %1</source>
        <translation>Alternativa: %1</translation>
    </message>
    <message>
        <source>%1 wants…</source>
        <translation>%1 quiere…</translation>
    </message>
    <message>
        <source>Choose something %1 comes to want: a desire of the scenario, or a new one</source>
        <translation>Elija algo que %1 pase a querer: un deseo del escenario o uno nuevo</translation>
    </message>
</context>
<context>
    <name>powerfield::PartyBars</name>
    <message>
        <source>%1 depends on %2: %3; %2 depends on %1: %4.</source>
        <translation>%1 depende de %2: %3; %2 depende de %1: %4.</translation>
    </message>
    <message>
        <source>Dependences of %1</source>
        <translation>Dependencias de %1</translation>
    </message>
    <message>
        <source>%1 has no partners at this time.</source>
        <translation>%1 no tiene parejas en este momento.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 necesita a %2</translation>
    </message>
</context>
<context>
    <name>powerfield::PartyTreeModel</name>
    <message>
        <source>What %1 expects from a relationship</source>
        <translation>Lo que %1 espera de una relación</translation>
    </message>
    <message>
        <source>In the field</source>
        <translation>En el campo</translation>
    </message>
    <message>
        <source>Outside the field until an event brings it in</source>
        <translation>Fuera del campo hasta que un evento la traiga</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>How much %1 wants %2, from 0 to 1</source>
        <translation>Cuánto quiere %1 %2, de 0 a 1</translation>
    </message>
    <message>
        <source>Name / Desire</source>
        <translation>Nombre / Deseo</translation>
    </message>
    <message>
        <source>Kind / Importance</source>
        <translation>Tipo / Importancia</translation>
    </message>
    <message>
        <source>Comparison level</source>
        <translation>Nivel de comparación</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>“%1” is not a kind of party (%2, %3, %4 or %5)</source>
        <translation>«%1» no es un tipo de parte (%2, %3, %4 o %5)</translation>
    </message>
    <message>
        <source>Set by an event at step %1</source>
        <translation>Fijado por un evento en el paso %1</translation>
    </message>
    <message>
        <source>Set by the event at step %1: %2</source>
        <translation>Fijado por el evento del paso %1: %2</translation>
    </message>
    <message>
        <source>%1 wants %2 from this step on</source>
        <translation>%1 quiere %2 a partir de este paso</translation>
    </message>
</context>
<context>
    <name>powerfield::PowerChart</name>
    <message>
        <source>time (steps)</source>
        <translation>tiempo (pasos)</translation>
    </message>
    <message>
        <source>Relative power: + %1, − %2</source>
        <translation>Poder relativo: + %1, − %2</translation>
    </message>
    <message>
        <source>%1: dependence on %2</source>
        <translation>%1: dependencia de %2</translation>
    </message>
    <message>
        <source>%1: commitment</source>
        <translation>%1: compromiso</translation>
    </message>
    <message>
        <source>%1: predicted cooperation</source>
        <translation>%1: cooperación prevista</translation>
    </message>
    <message>
        <source>▲ %1 holds more power</source>
        <translation>▲ %1 tiene más poder</translation>
    </message>
    <message>
        <source>▼ %1 holds more power</source>
        <translation>▼ %1 tiene más poder</translation>
    </message>
    <message>
        <source>%1 ◀ power ▶ %2</source>
        <translation>%1 ◀ poder ▶ %2</translation>
    </message>
    <message>
        <source>0 to 1</source>
        <translation>0 a 1</translation>
    </message>
    <message>
        <source>Power over time: %1 and %2</source>
        <translation>Poder a lo largo del tiempo: %1 y %2</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>relative power of the first named</source>
        <translation>poder relativo de la primera parte nombrada</translation>
    </message>
    <message>
        <source>Power over time: every dyad</source>
        <translation>Poder a lo largo del tiempo: todas las díadas</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>%1 vs %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 and %2 are not a dyad at this step</source>
        <translation>%1 y %2 no forman una díada en este paso</translation>
    </message>
    <message>
        <source>Relative power of %1: %2</source>
        <translation>Poder relativo de %1: %2</translation>
    </message>
    <message>
        <source>Dependence of %1 on %2: %3</source>
        <translation>Dependencia de %1 respecto de %2: %3</translation>
    </message>
    <message>
        <source>Commitment: %1 %2, %3 %4</source>
        <translation>Compromiso: %1 %2, %3 %4</translation>
    </message>
    <message>
        <source>Predicted cooperation: %1 %2%, %3 %4%</source>
        <translation>Cooperación prevista: %1 %2 %, %3 %4 %</translation>
    </message>
    <message>
        <source>Before the edit</source>
        <translation>Antes del cambio</translation>
    </message>
    <message>
        <source>power</source>
        <translation>poder</translation>
    </message>
    <message>
        <source>%1: dependence</source>
        <translation>%1: dependencia</translation>
    </message>
    <message>
        <source>%1: cooperation</source>
        <translation>%1: cooperación</translation>
    </message>
    <message>
        <source>Relative power</source>
        <translation>Poder relativo</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Predicted cooperation</source>
        <translation>Cooperación prevista</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Poder a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>powerfield::PowerPlot</name>
    <message>
        <source>All dyads</source>
        <translation>Todas las díadas</translation>
    </message>
    <message>
        <source>Show the relative power of every dyad instead of the selected one</source>
        <translation>Mostrar el poder relativo de todas las díadas en lugar de la seleccionada</translation>
    </message>
    <message>
        <source>Power over time</source>
        <translation>Poder a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Show dependences, commitment and cooperation</source>
        <translation>Mostrar dependencias, compromiso y cooperación</translation>
    </message>
    <message>
        <source>A second chart under the relative power, shown when the plot is tall enough for both</source>
        <translation>Un segundo gráfico bajo el poder relativo, visible cuando el gráfico tiene altura suficiente para ambos</translation>
    </message>
</context>
<context>
    <name>powerfield::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo de &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen with large type, thick lines and high contrast for a lecture hall; Esc leaves</source>
        <translation>Pantalla completa con letra grande, líneas gruesas y alto contraste para un aula; Esc sale del modo</translation>
    </message>
    <message>
        <source>Presentation mode (F5; Esc leaves)</source>
        <translation>Modo de presentación (F5; Esc sale)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Salir del modo de presentación</translation>
    </message>
</context>
<context>
    <name>powerfield::PropertiesDialog</name>
    <message>
        <source>Scenario Properties</source>
        <translation>Propiedades del escenario</translation>
    </message>
    <message>
        <source>For example: Roommates and the quiet evenings</source>
        <translation>Por ejemplo: compañeros de piso y las tardes tranquilas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>The situation in a few sentences, for whoever opens the file</source>
        <translation>La situación en pocas frases, para quien abra el archivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Learning goal, what to try, what the model does not claim</source>
        <translation>Objetivo de aprendizaje, qué probar, qué no afirma el modelo</translation>
    </message>
    <message>
        <source>Teacher notes</source>
        <translation>Notas para el docente</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Teacher &amp;notes:</source>
        <translation>&amp;Notas para el docente:</translation>
    </message>
</context>
<context>
    <name>powerfield::ProvisionModel</name>
    <message>
        <source>What %1 believes it gets</source>
        <translation>Lo que %1 cree que recibe</translation>
    </message>
    <message>
        <source>%1 believes the quality as it is</source>
        <translation>%1 ve la calidad tal como es</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Desire</source>
        <translation>Deseo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Perceived</source>
        <translation>Percibida</translation>
    </message>
</context>
<context>
    <name>powerfield::QuadrantChart</name>
    <message>
        <source>Quadrant of %1</source>
        <translation>Cuadrante de %1</translation>
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
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>powerfield::RecordTreeModel</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
</context>
<context>
    <name>powerfield::ScenarioTree</name>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Partes</translation>
    </message>
    <message>
        <source>&amp;Desires</source>
        <translation>&amp;Deseos</translation>
    </message>
    <message>
        <source>P&amp;rovisions</source>
        <translation>P&amp;rovisiones</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Opciones</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message>
        <source>The parties of the field, each with the desires it has and how much it wants them</source>
        <translation>Las partes del campo, cada una con sus deseos y cuánto los quiere</translation>
    </message>
    <message>
        <source>What the parties want: company, money, status, safety, advice</source>
        <translation>Lo que quieren las partes: compañía, dinero, estatus, seguridad, consejo</translation>
    </message>
    <message>
        <source>Who provides what to whom, and how well (and how well the receiver believes)</source>
        <translation>Quién proporciona qué a quién, y lo bien que lo hace (y lo bien que lo cree quien lo recibe)</translation>
    </message>
    <message>
        <source>Alternatives outside the field that only their owner can use</source>
        <translation>Alternativas fuera del campo que solo puede usar su titular</translation>
    </message>
    <message>
        <source>The story: changes at points of the timeline</source>
        <translation>La historia: cambios en puntos de la línea de tiempo</translation>
    </message>
    <message>
        <source>Wanted by</source>
        <translation>Deseado por</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Remove %1&apos;s need for %2</source>
        <translation>Quitar la necesidad de %1 de %2</translation>
    </message>
    <message>
        <source>Remove %1 and all that refers to it</source>
        <translation>Quitar %1 y todo lo que se refiere a él</translation>
    </message>
    <message>
        <source>Remove %1&apos;s %2 for %3</source>
        <translation>Quitar %2 de %1 para %3</translation>
    </message>
</context>
<context>
    <name>powerfield::ShortcutsHelp</name>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Mostrar todos los atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>powerfield::SweepPlot</name>
    <message>
        <source>Sweep of one value</source>
        <translation>Barrido de un valor</translation>
    </message>
    <message>
        <source>power, dependence</source>
        <translation>poder, dependencia</translation>
    </message>
    <message>
        <source>Relative power: + %1, − %2</source>
        <translation>Poder relativo: + %1, − %2</translation>
    </message>
    <message>
        <source>%1: dependence on %2</source>
        <translation>%1: dependencia de %2</translation>
    </message>
    <message>
        <source> now: %1</source>
        <translation> ahora: %1</translation>
    </message>
    <message>
        <source>balanced at %1</source>
        <translation>equilibrio en %1</translation>
    </message>
    <message>
        <source>Value to sweep</source>
        <translation>Valor para el barrido</translation>
    </message>
    <message>
        <source>Pick a value to sweep</source>
        <translation>Elija un valor para el barrido</translation>
    </message>
    <message>
        <source>Pick a value above to see power across its whole range</source>
        <translation>Elija arriba un valor para ver el poder en todo su rango</translation>
    </message>
    <message>
        <source>Relative power</source>
        <translation>Poder relativo</translation>
    </message>
    <message>
        <source>Dependence</source>
        <translation>Dependencia</translation>
    </message>
</context>
<context>
    <name>powerfield::TimeControls</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Next event</source>
        <translation>Evento siguiente</translation>
    </message>
    <message>
        <source>Previous event</source>
        <translation>Evento anterior</translation>
    </message>
    <message>
        <source>Reset to the start</source>
        <translation>Volver al principio</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Playing speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>How fast Play moves from one event to the next</source>
        <translation>Con qué rapidez pasa Reproducir de un evento al siguiente</translation>
    </message>
    <message>
        <source>Caption of the current event</source>
        <translation>Texto del evento actual</translation>
    </message>
    <message>
        <source>Current time</source>
        <translation>Tiempo actual</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source> (since step %1)</source>
        <translation> (desde el paso %1)</translation>
    </message>
</context>
<context>
    <name>powerfield::TimePanel</name>
    <message>
        <source>Power over time</source>
        <translation>Poder a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Sweep one value</source>
        <translation>Barrido de un valor</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>The selected dyad across the whole range of one value</source>
        <translation>La díada seleccionada en todo el rango de un valor</translation>
    </message>
    <message>
        <source>Add, remove and edit the events of the story</source>
        <translation>Añadir, quitar y editar los eventos de la historia</translation>
    </message>
</context>
<context>
    <name>powerfield::TrustChart</name>
    <message>
        <source>Show each round</source>
        <translation>Mostrar cada ronda</translation>
    </message>
    <message>
        <source>Cooperation by power</source>
        <translation>Cooperación según el poder</translation>
    </message>
</context>
<context>
    <name>powerfield::TrustChartPlot</name>
    <message>
        <source>Cooperation by power: this class, the published study and the model</source>
        <translation>Cooperación según el poder: esta clase, el estudio publicado y el modelo</translation>
    </message>
    <message>
        <source>This class (95 % interval)</source>
        <translation>Esta clase (intervalo del 95 %)</translation>
    </message>
    <message>
        <source>du Plessis et al. 2023</source>
        <translation>du Plessis et al. 2023</translation>
    </message>
    <message>
        <source>Model&apos;s prediction</source>
        <translation>Predicción del modelo</translation>
    </message>
    <message>
        <source>cooperated (%)</source>
        <translation>cooperó (%)</translation>
    </message>
    <message>
        <source>by round (%)</source>
        <translation>por ronda (%)</translation>
    </message>
    <message>
        <source>round</source>
        <translation>ronda</translation>
    </message>
    <message>
        <source>%1
%2 of %3 cooperated</source>
        <translation>%1
%2 de %3 cooperaron</translation>
    </message>
</context>
<context>
    <name>powerfield::TrustGameDock</name>
    <message>
        <source>Trust game</source>
        <translation>Juego de confianza</translation>
    </message>
    <message>
        <source>Trust Game</source>
        <translation>Juego de confianza</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Rondas:</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>&amp;Abrir ronda</translation>
    </message>
    <message>
        <source>Students choose Cooperate or Defect; each pair sees the outcome once both chose</source>
        <translation>Los alumnos eligen Cooperar o No cooperar; cada pareja ve el resultado cuando los dos han elegido</translation>
    </message>
    <message>
        <source>&amp;Close Round</source>
        <translation>&amp;Cerrar ronda</translation>
    </message>
    <message>
        <source>End the round now; pairs that did not both choose leave no rows</source>
        <translation>Terminar la ronda ahora; las parejas en las que no eligieron los dos no dejan filas</translation>
    </message>
    <message>
        <source>Re&amp;shuffle Pairs</source>
        <translation>&amp;Mezclar parejas</translation>
    </message>
    <message>
        <source>S&amp;wap Roles</source>
        <translation>&amp;Intercambiar papeles</translation>
    </message>
    <message>
        <source>High and low power trade places in every unequal pair</source>
        <translation>El poder alto y el bajo cambian de lugar en cada pareja desigual</translation>
    </message>
    <message>
        <source>&amp;Both feel powerful</source>
        <translation>&amp;Ambos se sienten poderosos</translation>
    </message>
    <message>
        <source>Both players of an unequal pair are told they have the final say; the points stay unequal. Debrief the class afterwards.</source>
        <translation>A los dos de una pareja desigual se les dice que tienen la última palabra; los puntos siguen siendo desiguales. Aclárelo a la clase después.</translation>
    </message>
    <message>
        <source>Outside &amp;threat</source>
        <translation>Amenaza &amp;externa</translation>
    </message>
    <message>
        <source>A competing group takes the pot unless both of a pair cooperate</source>
        <translation>Un grupo rival se lleva el bote salvo que los dos de una pareja cooperen</translation>
    </message>
    <message>
        <source>&amp;Names in the log</source>
        <translation>&amp;Nombres en el registro</translation>
    </message>
    <message>
        <source>Save &amp;Log…</source>
        <translation>Guardar &amp;registro…</translation>
    </message>
    <message>
        <source>Save S&amp;ummary…</source>
        <translation>Guardar r&amp;esumen…</translation>
    </message>
    <message>
        <source>Export Chart as &amp;Slide…</source>
        <translation>Exportar gráfico como &amp;diapositiva…</translation>
    </message>
    <message>
        <source>Stop &amp;Game</source>
        <translation>&amp;Detener juego</translation>
    </message>
    <message>
        <source>Start &amp;Game</source>
        <translation>&amp;Iniciar juego</translation>
    </message>
    <message>
        <source>No trust game. Students who have joined the class session play when it starts.</source>
        <translation>No hay juego de confianza. Quienes se hayan unido a la sesión de clase juegan cuando empiece.</translation>
    </message>
    <message>
        <source>Round %1 of %2 open: %3 of %4 students chose.</source>
        <translation>Ronda %1 de %2 abierta: %3 de %4 alumnos han elegido.</translation>
    </message>
    <message>
        <source>%1 of %2 rounds played, %3 students paired.</source>
        <translation>%1 de %2 rondas jugadas, %3 alumnos emparejados.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf)</source>
        <translation>Imágenes (*.png *.svg *.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>powerfield::UiZoom</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Make the text and the field larger in every view</source>
        <translation>Agrandar el texto y el campo en todas las vistas</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Make the text and the field smaller in every view</source>
        <translation>Reducir el texto y el campo en todas las vistas</translation>
    </message>
    <message>
        <source>&amp;Normal Size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Return the text to its normal size and fit the field to the window</source>
        <translation>Devolver el texto a su tamaño normal y ajustar el campo a la ventana</translation>
    </message>
</context>
<context>
    <name>powerfield::ValueSlider</name>
    <message>
        <source>Sweep this value</source>
        <translation>Barrer este valor</translation>
    </message>
    <message>
        <source>Plot relative power across the whole range of this value</source>
        <translation>Trazar el poder relativo en todo el rango de este valor</translation>
    </message>
</context>
<context>
    <name>powerfield::ViewExporter</name>
    <message>
        <source>Export This View…</source>
        <translation>Exportar esta vista…</translation>
    </message>
    <message>
        <source>Write this view to a PNG, SVG or PDF file</source>
        <translation>Guardar esta vista en un archivo PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy this view to the clipboard as an image</source>
        <translation>Copiar esta vista al portapapeles como imagen</translation>
    </message>
    <message>
        <source>There is no view named “%1”.</source>
        <translation>No existe ninguna vista llamada «%1».</translation>
    </message>
</context>
<context>
    <name>powerfield::WantsMenu</name>
    <message>
        <source>%1 wants</source>
        <translation>%1 quiere</translation>
    </message>
    <message>
        <source>A new desire…</source>
        <translation>Un deseo nuevo…</translation>
    </message>
    <message>
        <source>A new desire</source>
        <translation>Un deseo nuevo</translation>
    </message>
    <message>
        <source>What does %1 want? (for example company, money, advice)</source>
        <translation>¿Qué quiere %1? (por ejemplo compañía, dinero, consejo)</translation>
    </message>
    <message>
        <source>Should %1 want %2?</source>
        <translation>¿Debería %1 querer %2?</translation>
    </message>
    <message>
        <source>%1 does not want %2 yet, so what %3 gives counts for nothing.

Should %1 want %2 (importance %4)?</source>
        <translation>%1 todavía no quiere %2, así que lo que da %3 no cuenta.

¿Debería %1 querer %2 (importancia %4)?</translation>
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
