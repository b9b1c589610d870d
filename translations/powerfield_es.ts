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
</context>
<context>
    <name>DependencePanel</name>
    <message>
        <source>%1&apos;s alternative</source>
        <translation>Alternativa de %1</translation>
    </message>
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
    <name>powerfield::AnalysisSummary</name>
    <message>
        <source>No dyads yet: add parties and say what one provides to the other.</source>
        <translation>Aún no hay díadas: añada partes e indique qué proporciona una a la otra.</translation>
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
        <source>From -1 to 1: positive when A holds more power (B depends on A more than A on B)</source>
        <translation>De -1 a 1: positivo cuando A tiene más poder (B depende de A más que A de B)</translation>
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
        <source>Balanced: %1 and %2 depend on each other about equally</source>
        <translation>Equilibrio: %1 y %2 dependen uno del otro más o menos por igual</translation>
    </message>
    <message>
        <source>%1 depends on %2 more: %2 holds more power</source>
        <translation>%1 depende más de %2: %2 tiene más poder</translation>
    </message>
    <message>
        <source>Untitled scenario</source>
        <translation>Escenario sin título</translation>
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
        <translation>Balanza de poder</translation>
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
        <source>The perceived quality</source>
        <translation>La calidad percibida</translation>
    </message>
    <message>
        <source>%1 offers nothing for %2</source>
        <translation>%1 no ofrece nada para %2</translation>
    </message>
    <message>
        <source>The investment</source>
        <translation>La inversión</translation>
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
        <source>Remove the link between %1 and %2</source>
        <translation>Quitar el vínculo entre %1 y %2</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Parte nueva</translation>
    </message>
    <message>
        <source>%1&apos;s alternative</source>
        <translation>Alternativa de %1</translation>
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
        <source>“%1” is not a kind of party (person, group, organization or country)</source>
        <translation>«%1» no es un tipo de parte (person, group, organization o country)</translation>
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
        <source>Party %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>Desire %1</source>
        <translation>Deseo %1</translation>
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
        <source>Pick a value in the panel or the tree to see power across its range</source>
        <translation>Elija un valor en el panel o en el árbol para ver el poder a lo largo de todo su rango</translation>
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
</TS>
