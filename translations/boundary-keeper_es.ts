<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AcknowledgementRepository</name>
    <message>
        <source>recording the acknowledgement of policy version %1</source>
        <translation>guardar la confirmación de la versión %1 de la política</translation>
    </message>
    <message>
        <source>reading acknowledgements</source>
        <translation>leer las confirmaciones</translation>
    </message>
    <message>
        <source>counting clients who need to acknowledge the policy</source>
        <translation>contar los clientes que deben confirmar la política</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>I agree to sign this agreement electronically. My electronic signature has the same meaning as my handwritten signature, and I will receive a copy of the signed agreement as a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for a paper copy of the signed agreement at any time, free of charge; and that I may withdraw this consent at any time by telling the practice, after which documents will be given to me on paper (what I signed before stays valid). To open and keep the signed agreement I need a device that shows PDF files, and somewhere to save or print it.</source>
        <translation>Acepto firmar este acuerdo electrónicamente. Mi firma electrónica tiene el mismo valor que mi firma manuscrita, y recibiré una copia del acuerdo firmado en un archivo PDF. Se me ha informado de que puedo firmar en papel en su lugar; de que puedo pedir a la consulta en cualquier momento, sin coste alguno, una copia en papel del acuerdo firmado; y de que puedo retirar este consentimiento en cualquier momento comunicándoselo a la consulta, tras lo cual recibiré los documentos en papel (lo que haya firmado antes sigue siendo válido). Para abrir y conservar el acuerdo firmado necesito un dispositivo que muestre archivos PDF y un lugar donde guardarlo o imprimirlo.</translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that we have discussed each boundary in this agreement, that my questions have been answered, and that I intend to work with %2 on these terms.</source>
        <translation>Con mi firma, yo, %1, confirmo que hemos hablado de cada uno de los límites de este acuerdo, que se han respondido mis preguntas y que tengo la intención de trabajar con %2 en estos términos.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>la consulta</translation>
    </message>
    <message>
        <source>The agreement has already been signed.</source>
        <translation>El acuerdo ya está firmado.</translation>
    </message>
    <message>
        <source>The agreement was prepared on a different policy version than version %1.</source>
        <translation>El acuerdo se preparó sobre una versión de la política distinta de la versión %1.</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; has not been marked as discussed.</source>
        <translation>El límite «%1» no se ha marcado como hablado.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed v%1</source>
        <translation>Firmado v%1</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nueva confirmación pendiente</translation>
    </message>
    <message>
        <source>roles and scope</source>
        <translation>funciones y alcance</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>horario de atención</translation>
    </message>
    <message>
        <source>contact channels</source>
        <translation>canales de contacto</translation>
    </message>
    <message>
        <source>response times</source>
        <translation>tiempos de respuesta</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>urgencias</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 hora local)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID del documento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation>SHA-256 del PDF</translation>
    </message>
    <message>
        <source>“%1” is not an agreement id; use the id or the document ID that “agreements list” shows.</source>
        <translation>«%1» no es un id de acuerdo; use el id o el ID de documento que muestra «agreements list».</translation>
    </message>
    <message>
        <source>--out is required: the file to write the signed PDF to.</source>
        <translation>--out es obligatorio: el archivo en el que escribir el PDF firmado.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Unaltered: this is a signed behavioural contract from this database.</source>
        <translation>Sin alteraciones: es un contrato de conducta firmado de esta base de datos.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (cliente %2)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Unaltered: this is a signed agreement from this database.</source>
        <translation>Sin alteraciones: es un acuerdo firmado de esta base de datos.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Versión de la política</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only the agreements of this client.</source>
        <translation>Solo los acuerdos de este cliente.</translation>
    </message>
    <message>
        <source>table (default, with shortened hashes), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (predeterminado, con los hashes abreviados), csv (RFC 4180, con una fila de encabezado) o json (una matriz de objetos).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>El archivo que se escribirá (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>Reemplaza FILE si ya existe.</translation>
    </message>
    <message>
        <source>Check that a PDF is an unaltered signed agreement from this database.</source>
        <translation>Comprueba que un PDF es un acuerdo firmado sin alteraciones de esta base de datos.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Exit status 0 when the file is, byte for byte, the PDF stored when an agreement was signed:
the agreement&apos;s document ID, client, policy version and signing time are shown. Exit status 1,
with the reason on stderr, when the file names a known agreement but has been altered (one
changed byte is enough), when it is not an agreement from this database, or when it cannot be
read.
JSON keys: file, outcome (match, altered or unknown), sha256 (of the file), reason, agreement
(as in “agreements list”; null when unknown).</source>
        <translation>Estado de salida 0 si el archivo es, byte a byte, el PDF guardado al firmar un acuerdo: se muestran
el ID de documento del acuerdo, el cliente, la versión de la política y el momento de la firma. Estado
de salida 1, con el motivo en stderr, si el archivo corresponde a un acuerdo conocido pero se ha alterado
(basta un byte cambiado), si no es un acuerdo de esta base de datos o si no se puede leer.
Claves JSON: file, outcome (match, altered o unknown), sha256 (del archivo), reason, agreement
(como en «agreements list»; null si es desconocido).</translation>
    </message>
    <message>
        <source>There is no agreement or contract with the document ID %1.</source>
        <translation>No hay ningún acuerdo ni contrato con el ID del documento %1.</translation>
    </message>
    <message>
        <source>behavioural contract %1 with %2 (signed %3)</source>
        <translation>contrato de conducta %1 con %2 (firmado el %3)</translation>
    </message>
    <message>
        <source>agreement %1 with %2 (policy version %3, signed %4)</source>
        <translation>acuerdo %1 con %2 (versión de la política %3, firmado el %4)</translation>
    </message>
    <message>
        <source>Document %1 with %2 is a draft: nothing has been signed, so there is no signed PDF to export. Finish it in Boundary Keeper first.</source>
        <translation>El documento %1 con %2 es un borrador: no se ha firmado nada, así que no hay ningún PDF firmado que exportar. Termínelo primero en Boundary Keeper.</translation>
    </message>
    <message>
        <source>The stored PDF of document %1 no longer matches the SHA-256 recorded when it was signed; it is not exported.</source>
        <translation>El PDF guardado del documento %1 ya no coincide con el SHA-256 registrado al firmarlo; no se exporta.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Se ha exportado %1 a %2.</translation>
    </message>
    <message>
        <source>Write a signed agreement&apos;s or contract&apos;s PDF to a file, exactly as it was signed.</source>
        <translation>Escribe en un archivo el PDF de un acuerdo o contrato firmado, exactamente como se firmó.</translation>
    </message>
    <message>
        <source>ID is the id or the document ID that “agreements list” shows, or a behavioural contract&apos;s
document ID (printed on its PDF; “verify” shows it). Nothing is rendered again: the
file holds the very bytes stored when the agreement was signed, so “verify” recognises it.
The file is readable by you only (0600). A draft has no signed PDF and is refused; an existing
file is only replaced with --force.</source>
        <translation>ID es el id o el ID del documento que muestra «agreements list», o el ID del documento de un
contrato de conducta (impreso en su PDF; «verify» lo muestra). No se genera nada de nuevo: el
archivo contiene exactamente los bytes guardados al firmar el acuerdo, así que «verify» lo reconoce.
Solo usted puede leer el archivo (0600). Un borrador no tiene PDF firmado y se rechaza; un archivo
existente solo se sustituye con --force.</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>“%1” is not a document ID; use the document ID that “agreements list” shows, or a contract&apos;s.</source>
        <translation>«%1» no es un ID de documento; use el ID de documento que muestra «agreements list», o el de un contrato.</translation>
    </message>
    <message>
        <source>the draft agreement %1 with %2 (policy version %3)</source>
        <translation>el borrador de acuerdo %1 con %2 (versión de la política %3)</translation>
    </message>
    <message>
        <source>the draft contract %1 with %2 (incident %3)</source>
        <translation>el borrador de contrato %1 con %2 (incidente %3)</translation>
    </message>
    <message>
        <source>Discarding %1 keeps it, marked discarded, but it can no longer be finished; give --yes to confirm.</source>
        <translation>Descartar %1 lo conserva, marcado como descartado, pero ya no se podrá terminar; indique --yes para confirmarlo.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>Se ha descartado %1.</translation>
    </message>
    <message>
        <source>List the boundary agreements, signed, draft and discarded, most recently changed first.</source>
        <translation>Lista los acuerdos de límites, firmados, en borrador y descartados, empezando por el modificado más recientemente.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, document_id (the UUID printed on the PDF), client_id, client_name (as it
stands on the agreement), state (draft, signed or discarded), policy_version, signed_at (UTC, ISO 8601
ending in Z; null for a draft), updated_at, pdf_sha256 (of the signed PDF; null for a draft).</source>
        <translation>Claves CSV y JSON: id, document_id (el UUID impreso en el PDF), client_id, client_name (tal como
figura en el acuerdo), state (draft, signed o discarded), policy_version, signed_at (UTC, ISO 8601
terminado en Z; null para un borrador), updated_at, pdf_sha256 (del PDF firmado; null para un borrador).</translation>
    </message>
    <message>
        <source>Discard a draft agreement or contract that will not be finished.</source>
        <translation>Descarta un borrador de acuerdo o de contrato que ya no se va a terminar.</translation>
    </message>
    <message>
        <source>Confirm; a discarded draft cannot be finished.</source>
        <translation>Confirma; un borrador descartado no se puede terminar.</translation>
    </message>
    <message>
        <source>DOCUMENT_ID is the document ID of a draft agreement (as “agreements list” shows it) or of a draft
behavioural contract. The draft is kept, marked discarded with the time and who discarded it,
and no longer counts as the client&apos;s draft: a new one can be started. A signed document or a
draft already discarded is refused (exit status 1).</source>
        <translation>DOCUMENT_ID es el ID del documento de un borrador de acuerdo (tal como lo muestra «agreements list») o de un
borrador de contrato de conducta. El borrador se conserva, marcado como descartado con la hora y quién lo descartó,
y deja de contar como el borrador del cliente: se puede empezar uno nuevo. Un documento firmado o un
borrador ya descartado se rechaza (estado de salida 1).</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Boundary agreement – %1 – %2 (document %3)</source>
        <translation>Acuerdo de límites – %1 – %2 (documento %3)</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>Acuerdo de límites</translation>
    </message>
    <message>
        <source>Policy version %1 · Document ID %2</source>
        <translation>Versión de la política %1 · ID del documento %2</translation>
    </message>
    <message>
        <source>Copy for signing on paper. This agreement takes effect once both parties have signed it below.</source>
        <translation>Copia para firmar en papel. Este acuerdo entra en vigor una vez que ambas partes lo hayan firmado más abajo.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Las partes</translation>
    </message>
    <message>
        <source>2. Roles and responsibilities</source>
        <translation>2. Funciones y responsabilidades</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>El profesional</translation>
    </message>
    <message>
        <source>No role was described for the practitioner.</source>
        <translation>No se ha descrito la función del profesional.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>No role was described for the client.</source>
        <translation>No se ha descrito la función del cliente.</translation>
    </message>
    <message>
        <source>3. Scope of services</source>
        <translation>3. Alcance de los servicios</translation>
    </message>
    <message>
        <source>What the practice offers</source>
        <translation>Lo que ofrece la consulta</translation>
    </message>
    <message>
        <source>No services were described.</source>
        <translation>No se han descrito servicios.</translation>
    </message>
    <message>
        <source>What the practice does not offer</source>
        <translation>Lo que la consulta no ofrece</translation>
    </message>
    <message>
        <source>No exclusions were described.</source>
        <translation>No se han descrito exclusiones.</translation>
    </message>
    <message>
        <source>4. Boundaries</source>
        <translation>4. Límites</translation>
    </message>
    <message>
        <source>No description was given.</source>
        <translation>No se ha dado ninguna descripción.</translation>
    </message>
    <message>
        <source>Appropriate behaviour</source>
        <translation>Comportamiento adecuado</translation>
    </message>
    <message>
        <source>Not described.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>If it is crossed</source>
        <translation>Si se traspasa</translation>
    </message>
    <message>
        <source>No consequence was stated.</source>
        <translation>No se ha indicado ninguna consecuencia.</translation>
    </message>
    <message>
        <source>Discussed with the client</source>
        <translation>Hablado con el cliente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How concerns are handled</source>
        <translation>Cómo se tratan las inquietudes</translation>
    </message>
    <message>
        <source>5. Communication</source>
        <translation>5. Comunicación</translation>
    </message>
    <message>
        <source>Working hours (%1)</source>
        <translation>Horario de atención (%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canales de contacto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>No se usa</translation>
    </message>
    <message>
        <source>No response time was promised.</source>
        <translation>No se ha prometido ningún tiempo de respuesta.</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>No response times were described.</source>
        <translation>No se han descrito tiempos de respuesta.</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgencias</translation>
    </message>
    <message>
        <source>No definition of an emergency was given.</source>
        <translation>No se ha definido qué es una urgencia.</translation>
    </message>
    <message>
        <source>No emergency contact was given.</source>
        <translation>No se ha indicado ningún contacto de urgencia.</translation>
    </message>
    <message>
        <source>6. Questions and answers</source>
        <translation>6. Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>No question was recorded.</source>
        <translation>No se ha registrado ninguna pregunta.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation>No se ha registrado ninguna respuesta.</translation>
    </message>
    <message>
        <source>No questions were asked.</source>
        <translation>No se hicieron preguntas.</translation>
    </message>
    <message>
        <source>7. Consent and signatures</source>
        <translation>7. Consentimiento y firmas</translation>
    </message>
    <message>
        <source>This agreement is signed by hand on paper; the signed original is kept by the practice.</source>
        <translation>Este acuerdo se firma a mano en papel; la consulta conserva el original firmado.</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Versión de la política</translation>
    </message>
    <message>
        <source>Policy text SHA-256</source>
        <translation>SHA-256 del texto de la política</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>No registrado.</translation>
    </message>
    <message>
        <source>This is an unsigned copy for signing on paper; it is not the signed agreement.</source>
        <translation>Esta es una copia sin firmar para firmar en papel; no es el acuerdo firmado.</translation>
    </message>
</context>
<context>
    <name>AgreementFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>A signed agreement cannot be changed.</source>
        <translation>Un acuerdo firmado no se puede modificar.</translation>
    </message>
    <message>
        <source>The agreement has already been signed.</source>
        <translation>El acuerdo ya está firmado.</translation>
    </message>
    <message>
        <source>The agreement draft no longer exists.</source>
        <translation>El borrador del acuerdo ya no existe.</translation>
    </message>
    <message>
        <source>saving the agreement</source>
        <translation>guardar el acuerdo</translation>
    </message>
    <message>
        <source>saving the discussed boundaries</source>
        <translation>guardar los límites hablados</translation>
    </message>
    <message>
        <source>saving the agreement draft</source>
        <translation>guardar el borrador del acuerdo</translation>
    </message>
    <message>
        <source>reading the agreement</source>
        <translation>leer el acuerdo</translation>
    </message>
    <message>
        <source>There is no agreement with the number %1.</source>
        <translation>No hay ningún acuerdo con el número %1.</translation>
    </message>
    <message>
        <source>reading the discussed boundaries</source>
        <translation>leer los límites hablados</translation>
    </message>
    <message>
        <source>looking for the client&apos;s agreement draft</source>
        <translation>buscar el borrador del acuerdo del cliente</translation>
    </message>
    <message>
        <source>listing agreements</source>
        <translation>listar los acuerdos</translation>
    </message>
    <message>
        <source>reading the signed PDF</source>
        <translation>leer el PDF firmado</translation>
    </message>
    <message>
        <source>There is no signed agreement with the number %1.</source>
        <translation>No hay ningún acuerdo firmado con el número %1.</translation>
    </message>
    <message>
        <source>reading the client&apos;s agreement status</source>
        <translation>leer el estado del acuerdo del cliente</translation>
    </message>
    <message>
        <source>reading the terms the client signed</source>
        <translation>la lectura de las condiciones que firmó el cliente</translation>
    </message>
    <message>
        <source>discarding the agreement draft</source>
        <translation>descartar el borrador del acuerdo</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Publish the boundary policy before making an agreement: there is nothing to agree on yet.</source>
        <translation>Publique la política de límites antes de preparar un acuerdo: todavía no hay nada que acordar.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet. %1</source>
        <translation>El acuerdo aún no se puede firmar. %1</translation>
    </message>
    <message>
        <source>The agreement is written in the client&apos;s document language, %1, but policy version %2 has no %1 text for: %3. Enter these texts in %1 under Practice ▸ Boundary policy and publish a new version, or choose another document language for the client.</source>
        <translation>El acuerdo se redacta en el idioma de los documentos del cliente, %1, pero la versión %2 de la política no tiene texto en %1 para: %3. Introduzca estos textos en %1 en Consulta ▸ Política de límites y publique una nueva versión, o elija otro idioma de los documentos para el cliente.</translation>
    </message>
</context>
<context>
    <name>AgreementVerifier</name>
    <message>
        <source>No file was named: name the PDF file to verify.</source>
        <translation>No se ha indicado ningún archivo: indique el archivo PDF que desea verificar.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it does not exist.</source>
        <translation>No se pudo abrir %1: no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a PDF file inside it.</source>
        <translation>%1 es una carpeta; indique un archivo PDF que esté dentro.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); only files can be verified.</source>
        <translation>%1 no es un archivo normal (es un dispositivo, una tubería o un socket); solo se pueden verificar archivos.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a file larger than %3 MiB is not verified, as no signed document comes near that size.</source>
        <translation>%1 ocupa %2 MiB; no se verifica ningún archivo de más de %3 MiB, ya que ningún documento firmado se acerca a ese tamaño.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only files can be verified.</source>
        <translation>%1 no es un archivo normal; solo se pueden verificar archivos.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file is the unaltered agreement %1 with %2 on policy version %3, signed on %4 (UTC).</source>
        <translation>El archivo es el acuerdo %1 sin alteraciones con %2 sobre la versión %3 de la política, firmado el %4 (UTC).</translation>
    </message>
    <message>
        <source>The file is the unaltered behavioural contract %1 with %2 (incident %3), signed on %4 (UTC).</source>
        <translation>El archivo es el contrato de conducta %1 sin alteraciones con %2 (incidente %3), firmado el %4 (UTC).</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>No se pudo volver a leer el archivo: %1</translation>
    </message>
    <message>
        <source>The file names %1 %2 with %3, but it is not the PDF that was signed: its SHA-256 differs from the one stored when it was signed. The file has been altered.</source>
        <translation>El archivo se presenta como el %1 %2 con %3, pero no es el PDF que se firmó: su SHA-256 difiere del que se guardó al firmarlo. El archivo se ha alterado.</translation>
    </message>
    <message>
        <source>The file names %1 %2 with %3, which has not been signed yet: it is a draft or unsigned copy, not a signed document.</source>
        <translation>El archivo se presenta como el %1 %2 con %3, que aún no se ha firmado: es un borrador o una copia sin firmar, no un documento firmado.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>acuerdo</translation>
    </message>
    <message>
        <source>behavioural contract</source>
        <translation>contrato de conducta</translation>
    </message>
    <message>
        <source>The file is not an agreement or contract from this practice&apos;s records: neither its SHA-256 nor any document ID in it is known.</source>
        <translation>El archivo no es un acuerdo ni un contrato de los registros de esta consulta: no se conoce ni su SHA-256 ni ningún ID de documento que contenga.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>“%1” is not a head of the audit trail; “audit head” prints one, e.g. 1234:9f86d0…</source>
        <translation>«%1» no es un estado del registro de auditoría; «audit head» muestra uno, p. ej. 1234:9f86d0…</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>como %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) chained, </source>
        <translation>
            <numerusform>Íntegro: %n evento encadenado, </numerusform>
            <numerusform>Íntegro: %n eventos encadenados, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as the trail last recorded them, </source>
        <translation>
            <numerusform>%n registro tal como el registro de auditoría lo anotó por última vez, </numerusform>
            <numerusform>%n registros tal como el registro de auditoría los anotó por última vez, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noted head(s) held.</source>
        <translation>
            <numerusform>%n estado anotado se conserva.</numerusform>
            <numerusform>%n estados anotados se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken:</source>
        <translation>Roto:</translation>
    </message>
    <message>
        <source>Print the head of the audit trail (its newest event&apos;s number and hash), to note or send to a supervisor.</source>
        <translation>Muestra el estado del registro de auditoría (el número y el hash de su evento más reciente), para anotarlo o enviarlo a un supervisor.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Text: SEQ:HASH on one line, as “audit verify --head” takes it.
JSON keys: seq, hash (hex), head (SEQ:HASH).</source>
        <translation>Texto: SEQ:HASH en una línea, tal como lo acepta «audit verify --head».
Claves JSON: seq, hash (hex), head (SEQ:HASH).</translation>
    </message>
    <message>
        <source>Check the audit trail: its chain, every record against its last event, and the heads noted outside the database.</source>
        <translation>Comprueba el registro de auditoría: su cadena, cada registro frente a su último evento y los estados anotados fuera de la base de datos.</translation>
    </message>
    <message>
        <source>A backup whose manifest notes the head it was taken at (repeatable).</source>
        <translation>Una copia de seguridad cuyo manifiesto anota el estado en el que se hizo (repetible).</translation>
    </message>
    <message>
        <source>A head noted earlier with “audit head” (repeatable).</source>
        <translation>Un estado anotado antes con «audit head» (repetible).</translation>
    </message>
    <message>
        <source>A signed agreement&apos;s or contract&apos;s PDF, whose evidence page notes the head it was signed at (repeatable).</source>
        <translation>El PDF de un acuerdo o contrato firmado, cuya página de pruebas anota el estado en el que se firmó (repetible).</translation>
    </message>
    <message>
        <source>Names the first broken link of the chain, every record changed, added or deleted behind the
application&apos;s back, and every noted head the trail no longer holds: this computer&apos;s own, and the
one every signed agreement&apos;s and contract&apos;s stored PDF notes, included.
Exit status 0 when intact, 1 when anything is broken.
JSON keys: intact, events, records, anchors, problems [text].</source>
        <translation>Indica el primer eslabón roto de la cadena, cada registro modificado, añadido o eliminado a espaldas de la
aplicación, y cada estado anotado que el registro ya no contiene, incluidos el de este equipo y el que
anota el PDF guardado de cada acuerdo y contrato firmados.
Estado de salida 0 si está intacto, 1 si hay algo roto.
Claves JSON: intact, events, records, anchors, problems [text].</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>The audit trail was noted %1 at event %2, which it no longer holds: newer events were deleted from it outside Boundary Keeper.</source>
        <translation>El registro de auditoría se anotó %1 en el evento %2, que ya no contiene: se eliminaron eventos más recientes fuera de Boundary Keeper.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail differs from the one noted %2: the trail was rewritten outside Boundary Keeper.</source>
        <translation>El evento %1 del registro de auditoría difiere del anotado %2: el registro se reescribió fuera de Boundary Keeper.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lectura de %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Se canceló la comprobación.</translation>
    </message>
    <message>
        <source>on this computer when it last wrote the practice</source>
        <translation>en este ordenador la última vez que escribió la consulta</translation>
    </message>
    <message>
        <source>The audit trail skips from event %1 to event %2: events were deleted.</source>
        <translation>El registro de auditoría salta del evento %1 al evento %2: se eliminaron eventos.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail does not follow event %2: the chain is broken there.</source>
        <translation>El evento %1 del registro de auditoría no sigue al evento %2: la cadena está rota en ese punto.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail was changed after it was written.</source>
        <translation>El evento %1 del registro de auditoría se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was added outside Boundary Keeper: the audit trail does not record it.</source>
        <translation>El registro %1 de %2 se añadió fuera de Boundary Keeper: el registro de auditoría no lo recoge.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was changed outside Boundary Keeper after event %3 of the audit trail.</source>
        <translation>El registro %1 de %2 se modificó fuera de Boundary Keeper después del evento %3 del registro de auditoría.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was deleted outside Boundary Keeper after event %3 of the audit trail.</source>
        <translation>El registro %1 de %2 se eliminó fuera de Boundary Keeper después del evento %3 del registro de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… y %n problema más.</numerusform>
            <numerusform>… y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records are intact: %n event(s) of the audit trail are chained, and every record is as the trail last recorded it.</source>
        <translation>
            <numerusform>Los registros están íntegros: %n evento del registro de auditoría está encadenado y cada registro está tal como el registro de auditoría lo anotó por última vez.</numerusform>
            <numerusform>Los registros están íntegros: %n eventos del registro de auditoría están encadenados y cada registro está tal como el registro de auditoría lo anotó por última vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail found records changed outside Boundary Keeper.</source>
        <translation>El registro de auditoría encontró registros modificados fuera de Boundary Keeper.</translation>
    </message>
    <message>
        <source>in the signed agreement %1</source>
        <translation>en el acuerdo firmado %1</translation>
    </message>
    <message>
        <source>in the signed behavioural contract %1</source>
        <translation>en el contrato de conducta firmado %1</translation>
    </message>
    <message>
        <source>%1 carries no head of the audit trail: it is not a signed document, or it was signed before documents noted the head.</source>
        <translation>%1 no contiene ningún estado del registro de auditoría: no es un documento firmado, o se firmó antes de que los documentos anotaran el estado.</translation>
    </message>
    <message>
        <source>in the PDF %1 (document %2)</source>
        <translation>en el PDF %1 (documento %2)</translation>
    </message>
    <message>
        <source>without an ID</source>
        <translation>sin ID</translation>
    </message>
    <message>
        <source>%1 is neither a signed document nor a backup with a manifest that can be read, so the head of the audit trail it was made at is not known.</source>
        <translation>%1 no es un documento firmado ni una copia de seguridad con un manifiesto legible, así que no se sabe en qué estado del registro de auditoría se hizo.</translation>
    </message>
    <message>
        <source>%1 was taken before the audit trail existed; it notes no head to check.</source>
        <translation>%1 se hizo antes de que existiera el registro de auditoría; no anota ningún estado que comprobar.</translation>
    </message>
    <message>
        <source>in the backup %1</source>
        <translation>en la copia de seguridad %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommands</name>
    <message>
        <source>Contract review</source>
        <translation>Revisión del contrato</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Nueva fecha</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Aviso enviado</translation>
    </message>
    <message>
        <source>No client has a follow-up, a contract review or a goal due in this period.</source>
        <translation>Ningún cliente tiene un seguimiento, una revisión de contrato ni un objetivo que venza en este periodo.</translation>
    </message>
    <message>
        <source>“%1” is not a period id; use the id “availability list” shows.</source>
        <translation>«%1» no es un id de periodo; use el id que muestra «availability list».</translation>
    </message>
    <message>
        <source>--from and --to are required: the first and the last day.</source>
        <translation>--from y --to son obligatorios: el primer y el último día.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use one of %2.</source>
        <translation>«%1» no es un motivo; use uno de %2.</translation>
    </message>
    <message>
        <source>Recorded period %1 of reduced availability, %2 to %3. The clients affected:</source>
        <translation>Se ha registrado el periodo %1 de disponibilidad reducida, del %2 al %3. Los clientes afectados:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Sin sesiones</translation>
    </message>
    <message>
        <source>Slower replies</source>
        <translation>Respuestas más lentas</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Cubierto por</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n follow-up(s) out of the period; each keeps its original date in the record.</source>
        <translation>
            <numerusform>Se ha sacado %n seguimiento del periodo; conserva su fecha original en el registro.</numerusform>
            <numerusform>Se han sacado %n seguimientos del periodo; cada uno conserva su fecha original en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out is required: the folder to write the notices to.</source>
        <translation>--out es obligatorio: la carpeta en la que se escribirán los avisos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>No client has anything due in this period: no notice was written.</source>
        <translation>Ningún cliente tiene nada que venza en este periodo: no se ha escrito ningún aviso.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n notice(s) as sent.</source>
        <translation>
            <numerusform>Se ha registrado %n aviso como enviado.</numerusform>
            <numerusform>Se han registrado %n avisos como enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>Record a period of reduced availability and list the clients it affects.</source>
        <translation>Registra un periodo de disponibilidad reducida y lista los clientes a los que afecta.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>El primer día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>El último día (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>No sessions take place in the period.</source>
        <translation>No hay sesiones durante el periodo.</translation>
    </message>
    <message>
        <source>Replies take longer than usual.</source>
        <translation>Las respuestas tardan más de lo habitual.</translation>
    </message>
    <message>
        <source>The colleague who covers.</source>
        <translation>El colega que le sustituye.</translation>
    </message>
    <message>
        <source>How clients reach that colleague.</source>
        <translation>Cómo contactan los clientes con ese colega.</translation>
    </message>
    <message>
        <source>Why, kept private: %1 (default other).</source>
        <translation>El motivo, que se mantiene privado: %1 (por defecto other).</translation>
    </message>
    <message>
        <source>At least one of --no-sessions, --slower-replies and --covered-by says what changes for clients.
The reason stays private: no notice names it. The clients affected are those with an open
incident&apos;s follow-up, a behavioural contract&apos;s review or a goal due in the period, one row per
item. CSV and JSON keys: client_id, client_name, language, kind (follow_up, contract_review,
goal), due, moved_to (YYYY-MM-DD or null), incident_id, notice_sent_at.</source>
        <translation>Al menos una de las opciones --no-sessions, --slower-replies y --covered-by indica qué cambia para los clientes.
El motivo es privado: ningún aviso lo menciona. Los clientes afectados son los que tienen el seguimiento
de un incidente abierto, la revisión de un contrato de conducta o un objetivo que vence en el periodo, una fila
por elemento. Claves CSV y JSON: client_id, client_name, language, kind (follow_up, contract_review,
goal), due, moved_to (AAAA-MM-DD o null), incident_id, notice_sent_at.</translation>
    </message>
    <message>
        <source>List your periods of reduced availability, the latest first.</source>
        <translation>Lista sus periodos de disponibilidad reducida, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>List the clients a period of reduced availability affects.</source>
        <translation>Lista los clientes a los que afecta un periodo de disponibilidad reducida.</translation>
    </message>
    <message>
        <source>Move the follow-ups due in a period out of it, in one step.</source>
        <translation>Saca del periodo los seguimientos que vencen en él, en un solo paso.</translation>
    </message>
    <message>
        <source>The new due date (default: the day after the period).</source>
        <translation>La nueva fecha de vencimiento (por defecto: el día siguiente al periodo).</translation>
    </message>
    <message>
        <source>Each move is recorded with the date it had before; the goals keep their own dates.</source>
        <translation>Cada cambio se registra con la fecha que tenía antes; los objetivos conservan sus propias fechas.</translation>
    </message>
    <message>
        <source>Write a notice as PDF for every client a period affects.</source>
        <translation>Escribe un aviso en PDF para cada cliente afectado por un periodo.</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to (required).</source>
        <translation>La carpeta en la que se escribirán los PDF (obligatoria).</translation>
    </message>
    <message>
        <source>Record each notice as sent (as a PDF).</source>
        <translation>Registra cada aviso como enviado (como PDF).</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Sustituye los archivos que ya existen.</translation>
    </message>
    <message>
        <source>Each notice is in the client&apos;s document language and says what changes for them and whom to
contact, without the reason. Files are named client-ID-availability-notice-DATE-period-ID.pdf
and are readable by you only (0600).</source>
        <translation>Cada aviso está en el idioma de los documentos del cliente e indica qué cambia para él y a quién
dirigirse, sin el motivo. Los archivos se llaman client-ID-availability-notice-DATE-period-ID.pdf
y solo usted puede leerlos (0600).</translation>
    </message>
</context>
<context>
    <name>AvailabilityNotice</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale): weekday, day, month name, year</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>the review of our agreement</source>
        <translation>la revisión de nuestro acuerdo</translation>
    </message>
    <message>
        <source>our check-in on your goal</source>
        <translation>nuestro repaso de su objetivo</translation>
    </message>
    <message>
        <source>our follow-up</source>
        <translation>nuestro seguimiento</translation>
    </message>
    <message>
        <source>A change in my availability: %1 to %2</source>
        <translation>Un cambio en mi disponibilidad: del %1 al %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Estimado/a %1:</translation>
    </message>
    <message>
        <source>I would like to let you know in good time that my availability is reduced from %1 to %2.</source>
        <translation>Quiero avisarle con tiempo de que mi disponibilidad será reducida del %1 al %2.</translation>
    </message>
    <message>
        <source>There will be no sessions during this time.</source>
        <translation>Durante este tiempo no habrá sesiones.</translation>
    </message>
    <message>
        <source>Replies to messages will take longer than usual.</source>
        <translation>Las respuestas a los mensajes tardarán más de lo habitual.</translation>
    </message>
    <message>
        <source>We had planned %1 for %2; it moves to %3.</source>
        <translation>Habíamos previsto %1 para el %2; pasa al %3.</translation>
    </message>
    <message>
        <source>We had planned %1 for %2; I will be in touch to find a new date.</source>
        <translation>Habíamos previsto %1 para el %2; me pondré en contacto con usted para buscar una nueva fecha.</translation>
    </message>
    <message>
        <source>My colleague %1 covers for me meanwhile. For anything that cannot wait, please contact them: %2.</source>
        <translation>Mientras tanto, mi colega %1 me sustituye. Para cualquier cosa que no pueda esperar, póngase en contacto con mi colega: %2.</translation>
    </message>
    <message>
        <source>My colleague %1 covers for me meanwhile; please turn to them for anything that cannot wait.</source>
        <translation>Mientras tanto, mi colega %1 me sustituye; para cualquier cosa que no pueda esperar, diríjase a mi colega.</translation>
    </message>
    <message>
        <source>For anything that cannot wait, please write to me as usual; I will answer as soon as I can.</source>
        <translation>Para cualquier cosa que no pueda esperar, escríbame como de costumbre; le responderé en cuanto pueda.</translation>
    </message>
    <message>
        <source>From %1 everything is back as usual. Thank you for your understanding.</source>
        <translation>A partir del %1 todo vuelve a la normalidad. Gracias por su comprensión.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Un cordial saludo,</translation>
    </message>
</context>
<context>
    <name>AvailabilityReasons</name>
    <message>
        <source>Illness or health</source>
        <translation>Enfermedad o salud</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Asuntos familiares</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Duelo</translation>
    </message>
    <message>
        <source>A workplace matter</source>
        <translation>Un asunto laboral</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otro motivo</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>the period of reduced availability</source>
        <translation>el periodo de disponibilidad reducida</translation>
    </message>
    <message>
        <source>reading the period of reduced availability</source>
        <translation>leer el periodo de disponibilidad reducida</translation>
    </message>
    <message>
        <source>There is no period of reduced availability with id %1.</source>
        <translation>No hay ningún periodo de disponibilidad reducida con el id %1.</translation>
    </message>
    <message>
        <source>listing the periods of reduced availability</source>
        <translation>listar los periodos de disponibilidad reducida</translation>
    </message>
    <message>
        <source>reading the periods of reduced availability</source>
        <translation>leer los periodos de disponibilidad reducida</translation>
    </message>
    <message>
        <source>finding the clients affected</source>
        <translation>buscar los clientes afectados</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>el aviso</translation>
    </message>
    <message>
        <source>reading the notices sent</source>
        <translation>leer los avisos enviados</translation>
    </message>
</context>
<context>
    <name>AvailabilityService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indique el primer y el último día del periodo.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>El último día (%1) es anterior al primero (%2).</translation>
    </message>
    <message>
        <source>The period is longer than a year; enter a shorter one.</source>
        <translation>El periodo dura más de un año; introduzca uno más corto.</translation>
    </message>
    <message>
        <source>Say what changes for clients: no sessions, slower replies or a colleague covering.</source>
        <translation>Indique qué cambia para los clientes: sin sesiones, respuestas más lentas o un colega que le sustituye.</translation>
    </message>
    <message>
        <source>Name the colleague who covers, or leave their contact empty.</source>
        <translation>Indique el nombre del colega que le sustituye, o deje vacío su contacto.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <translation>«%1…» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2); only printable characters are allowed.</source>
        <translation>«%1» contiene un carácter de control (%2); solo se admiten caracteres imprimibles.</translation>
    </message>
    <message>
        <source>%1 falls in the period itself; choose a day before or after it.</source>
        <translation>%1 cae dentro del propio periodo; elija un día anterior o posterior.</translation>
    </message>
    <message>
        <source>The notice has no text.</source>
        <translation>El aviso no tiene texto.</translation>
    </message>
    <message>
        <source>The notice holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>El aviso contiene un carácter de control (%1); solo se admiten caracteres imprimibles, tabulaciones y saltos de línea.</translation>
    </message>
    <message>
        <source>The notice cannot be recorded as sent in the future.</source>
        <translation>El aviso no se puede registrar como enviado en el futuro.</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The encrypted backup %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia de seguridad cifrada %1: %2</translation>
    </message>
    <message>
        <source>the encryption library could not be started.</source>
        <translation>no se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>An encrypted backup needs a passphrase.</source>
        <translation>Una copia de seguridad cifrada necesita una frase de contraseña.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <source>there is not enough memory to derive the key.</source>
        <translation>no hay memoria suficiente para derivar la clave.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 is damaged or incomplete; nothing was restored from it.</source>
        <translation>La copia de seguridad cifrada %1 está dañada o incompleta; no se restauró nada de ella.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Boundary Keeper backup.</source>
        <translation>%1 no es una copia de seguridad cifrada de Boundary Keeper.</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Boundary Keeper; update Boundary Keeper to restore it.</source>
        <translation>%1 se cifró con una versión más reciente de Boundary Keeper; actualice Boundary Keeper para restaurarla.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key of %1.</source>
        <translation>No hay memoria suficiente para derivar la clave de %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is damaged); nothing was restored from it.</source>
        <translation>La frase de contraseña no abre %1 (o el archivo está dañado); no se restauró nada de él.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Read the passphrase from the first line of standard input instead of asking for it on the terminal.</source>
        <translation>Lee la frase de contraseña de la primera línea de la entrada estándar en lugar de pedirla en el terminal.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>No se pudo leer la entrada estándar.</translation>
    </message>
    <message>
        <source>The first line of standard input is empty; it must hold the passphrase.</source>
        <translation>La primera línea de la entrada estándar está vacía; debe contener la frase de contraseña.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on; give it on standard input with --passphrase-stdin.</source>
        <translation>No hay ningún terminal en el que pedir la frase de contraseña; indíquela en la entrada estándar con --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Las dos frases de contraseña no coinciden; no se escribió nada.</translation>
    </message>
    <message>
        <source>--passphrase-stdin goes with --encrypt.</source>
        <translation>--passphrase-stdin solo se usa junto con --encrypt.</translation>
    </message>
    <message>
        <source>Backed up %1 rows of %2 tables (schema version %3) to %4%5.</source>
        <translation>Copia de seguridad de %1 filas de %2 tablas (versión del esquema %3) guardada en %4%5.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, cifrada</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifiesto: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <source>There are no backups of %1 in %2.</source>
        <translation>No hay copias de seguridad de %1 en %2.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>INCORRECTA</translation>
    </message>
    <message>
        <source>%1 of %2 backups failed the check.</source>
        <translation>%1 de %2 copias de seguridad no superaron la comprobación.</translation>
    </message>
    <message>
        <source>There is no data folder for the database.</source>
        <translation>No hay ninguna carpeta de datos para la base de datos.</translation>
    </message>
    <message>
        <source>Restoring replaces %1; give --yes to confirm when not asking on a terminal.</source>
        <translation>Restaurar sustituye %1; indique --yes para confirmarlo cuando no se pregunte en un terminal.</translation>
    </message>
    <message>
        <source>Backup %1: created %2, schema version %3, %4 rows.</source>
        <translation>Copia de seguridad %1: creada el %2, versión del esquema %3, %4 filas.</translation>
    </message>
    <message>
        <source>Replace %1 with this backup? The database as it is now is kept as a backup first. [y/N] </source>
        <translation>¿Sustituir %1 por esta copia de seguridad? Antes se guarda una copia de seguridad de la base de datos tal como está ahora. [s/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>No se restauró nada.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>Se restauró %1 en %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>La base de datos tal como estaba antes se conserva como %1.</translation>
    </message>
    <message>
        <source>Back up the practice now, checked, with a manifest beside it.</source>
        <translation>Hace ahora una copia de seguridad de la consulta, comprobada y con un manifiesto al lado.</translation>
    </message>
    <message>
        <source>Write the backup to FILE (it must not exist) instead of the backups folder.</source>
        <translation>Escribe la copia de seguridad en FILE (no debe existir) en lugar de en la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase, asked twice on the terminal.</source>
        <translation>Cifra la copia de seguridad con una frase de contraseña, que se pide dos veces en el terminal.</translation>
    </message>
    <message>
        <source>A file practice is copied with SQLite&apos;s online backup while it may be in use, checked with
PRAGMA integrity_check and written readable by you only; a practice on a server is written with
pg_dump. Without --out the backup goes into the backups folder beside the application&apos;s data.
The manifest FILE.json holds when it was made (UTC), the schema version, the rows of each table
and the file&apos;s SHA-256. The passphrase is never taken on the command line.</source>
        <translation>Una consulta en archivo se copia con la copia de seguridad en línea de SQLite aunque esté en uso, se comprueba
con PRAGMA integrity_check y se escribe de modo que solo usted pueda leerla; una consulta en un servidor se
escribe con pg_dump. Sin --out, la copia de seguridad va a la carpeta de copias de seguridad junto a los datos
de la aplicación. El manifiesto FILE.json indica cuándo se hizo (UTC), la versión del esquema, las filas de
cada tabla y el SHA-256 del archivo. La frase de contraseña nunca se acepta en la línea de comandos.</translation>
    </message>
    <message>
        <source>List the backups of the practice in the backups folder, newest first.</source>
        <translation>Lista las copias de seguridad de la consulta que hay en la carpeta de copias de seguridad, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: created (UTC), kind (daily, before-upgrade, before-restore, manual),
schema_version, rows, encrypted, file.</source>
        <translation>Claves CSV y JSON: created (UTC), kind (daily, before-upgrade, before-restore, manual),
schema_version, rows, encrypted, file.</translation>
    </message>
    <message>
        <source>Check every backup of the practice: its SHA-256 against its manifest, and its integrity.</source>
        <translation>Comprueba cada copia de seguridad de la consulta: su SHA-256 frente a su manifiesto, y su integridad.</translation>
    </message>
    <message>
        <source>Prints &quot;good&quot; or &quot;BAD&quot; and the file for each backup; exits with 1 when any is bad. An
encrypted backup is checked against its manifest&apos;s SHA-256 only.</source>
        <translation>Imprime «correcta» o «INCORRECTA» y el archivo de cada copia de seguridad; termina con 1 si alguna es
incorrecta. Una copia de seguridad cifrada solo se comprueba con el SHA-256 de su manifiesto.</translation>
    </message>
    <message>
        <source>Replace the practice with a backup, keeping the current one as a backup.</source>
        <translation>Sustituye la consulta por una copia de seguridad y conserva la actual como copia de seguridad.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed when not run on a terminal).</source>
        <translation>No pide confirmación (necesario cuando no se ejecuta en un terminal).</translation>
    </message>
    <message>
        <source>The backup is checked first (integrity, a schema version this program understands) and what it
holds is shown. The database as it is now is kept as a backup (a damaged file under another name
beside itself), then the checked copy takes its place in one rename. Close Boundary Keeper first.</source>
        <translation>Primero se comprueba la copia de seguridad (integridad, una versión del esquema que este programa entienda) y se
muestra lo que contiene. La base de datos tal como está ahora se conserva como copia de seguridad (si está dañada,
con otro nombre junto a ella); después, la copia comprobada ocupa su lugar con un solo cambio de nombre. Cierre antes Boundary Keeper.</translation>
    </message>
</context>
<context>
    <name>BackupPassphrase</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the system keyring: %1</source>
        <translation>No se pudo guardar la frase de contraseña en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Daily backups are encrypted, and their passphrase could not be read from the system keyring: %1</source>
        <translation>Las copias de seguridad diarias están cifradas y no se pudo leer su frase de contraseña del llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Daily backups are encrypted, and the system keyring no longer holds their passphrase. Set it again under File ▸ Preferences.</source>
        <translation>Las copias de seguridad diarias están cifradas y el llavero del sistema ya no guarda su frase de contraseña. Vuelva a establecerla en Archivo ▸ Preferencias.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>No private temporary folder could be made: %1</source>
        <translation>No se pudo crear una carpeta temporal privada: %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <source>pg_dump is not installed: the practice on %1 is upgraded without a backup taken first.</source>
        <translation>pg_dump no está instalado: la consulta en %1 se actualiza sin hacer antes una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 has changed since it was written: its SHA-256 does not match its manifest.</source>
        <translation>%1 ha cambiado desde que se escribió: su SHA-256 no coincide con el de su manifiesto.</translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest says (schema version or row counts differ).</source>
        <translation>%1 no contiene lo que indica su manifiesto (la versión del esquema o el número de filas no coinciden).</translation>
    </message>
    <message>
        <source>The newest good backup is %1, taken %2; restore it with “boundary-keeper-cli --db %3 restore %1”.</source>
        <translation>La copia de seguridad correcta más reciente es %1, hecha el %2; restáurela con «boundary-keeper-cli --db %3 restore %1».</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>%1 está cifrada; indique su frase de contraseña.</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, not of a practice on a server; open it as a file and copy it to the server with “migrate --to”.</source>
        <translation>%1 es una copia de seguridad de un archivo de base de datos, no de una consulta en un servidor; ábrala como archivo y cópiela al servidor con «migrate --to».</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice on a server; restore it with --db and the server&apos;s address.</source>
        <translation>%1 es una copia de seguridad de una consulta en un servidor; restáurela con --db y la dirección del servidor.</translation>
    </message>
    <message>
        <source>The current database could not be kept as a backup in %1; nothing was restored.</source>
        <translation>La base de datos actual no se pudo conservar como copia de seguridad en %1; no se restauró nada.</translation>
    </message>
    <message>
        <source>The current database could not be kept under %1 (%2); nothing was restored.</source>
        <translation>La base de datos actual no se pudo conservar como %1 (%2); no se restauró nada.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2; it was not changed.</source>
        <translation>No se pudo sustituir %1: %2; no se modificó.</translation>
    </message>
</context>
<context>
    <name>BoundaryPolicy</name>
    <message>
        <source>&quot;%1&quot; needs a key of lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>«%1» necesita una clave de letras minúsculas, cifras y guiones bajos que empiece por una letra.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used more than once.</source>
        <translation>La clave «%1» se usa más de una vez.</translation>
    </message>
    <message>
        <source>Every boundary needs a title.</source>
        <translation>Cada límite necesita un título.</translation>
    </message>
    <message>
        <source>Every step of the consequence ladder needs a title.</source>
        <translation>Cada paso de la escala de consecuencias necesita un título.</translation>
    </message>
    <message>
        <source>The policy&apos;s language &quot;%1&quot; is not one documents can be written in.</source>
        <translation>El idioma de la política, «%1», no es un idioma en el que se puedan redactar documentos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has texts in &quot;%2&quot;, which is not a language documents can be written in.</source>
        <translation>«%1» tiene textos en «%2», que no es un idioma en el que se puedan redactar documentos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a title in %2.</source>
        <translation>«%1» necesita un título en %2.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>preparing to add many rows</source>
        <translation>preparar la incorporación de muchas filas</translation>
    </message>
    <message>
        <source>recording the added rows in the audit trail</source>
        <translation>registrar las filas añadidas en el registro de auditoría</translation>
    </message>
    <message>
        <source>building the indexes again</source>
        <translation>reconstruir los índices</translation>
    </message>
    <message>
        <source>%1 rows were added to %2 but %3 recorded in the audit trail; nothing was added.</source>
        <translation>Se añadieron %1 filas a %2, pero el registro de auditoría recoge %3; no se añadió nada.</translation>
    </message>
</context>
<context>
    <name>CheckingProgress</name>
    <message>
        <source>Checking the practice file %1 (%2) before opening it. This takes a while after another program changed the file or a copy replaced it; the records are not changed.</source>
        <translation>Comprobando el archivo de la consulta %1 (%2) antes de abrirlo. Tarda un poco cuando otro programa ha modificado el archivo o una copia lo ha sustituido; los registros no se modifican.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the practice file</source>
        <translation>Comprobando el archivo de la consulta</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>See “%1 --help”.</source>
        <translation>Consulte «%1 --help».</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Uso: %1 %2 %3</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; “%2 init” creates it.</source>
        <translation>Todavía no hay ninguna base de datos en %1; «%2 init» la crea.</translation>
    </message>
    <message>
        <source>--db is given more than once; give it once.</source>
        <translation>--db se indica más de una vez; indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>--demo is given more than once; give it once.</source>
        <translation>--demo se indica más de una vez; indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Opción desconocida «%1».</translation>
    </message>
    <message>
        <source>Choose either --db or --demo, not both.</source>
        <translation>Elija --db o --demo, no ambos.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indique un comando.</translation>
    </message>
    <message>
        <source>“%1” needs a command after it, for example “%1 list”.</source>
        <translation>«%1» necesita un comando a continuación, por ejemplo «%1 list».</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Comando desconocido «%1 %2».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation>Falta un valor después de «%1».</translation>
    </message>
    <message>
        <source>%1 goes before the command, for example “%2 %3 %4”.</source>
        <translation>%1 va antes del comando, por ejemplo «%2 %3 %4».</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 se indica más de una vez; indíquelo una sola vez.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>No existe el comando «%1».</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [OPTIONS]</source>
        <translation>Uso: %1 %2 COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Boundary Keeper on the command line: keep your client register from a terminal or a script.</source>
        <translation>Boundary Keeper en la línea de comandos: lleve su registro de clientes desde un terminal o un script.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Use the demo practice; your own database is not touched.</source>
        <translation>Usa la consulta de demostración; su propia base de datos no se toca.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Muestra la ayuda de un comando.</translation>
    </message>
    <message>
        <source>Every command takes --help. Exit status: 0 done, 1 refused or failed, 2 wrong usage.</source>
        <translation>Todos los comandos admiten --help. Estado de salida: 0 hecho, 1 rechazado o fallido, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3 COMMAND [OPTIONS]</source>
        <translation>Uso: %1 %2 %3 COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Run “%1 %2 COMMAND --help” to see a command&apos;s options.</source>
        <translation>Ejecute «%1 %2 COMMAND --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the practice on the PostgreSQL server at URL (postgresql://user@host/database), instead of your own.</source>
        <translation>Usa, en lugar de su propia base de datos, el archivo de base de datos en PATH o la consulta del servidor PostgreSQL en URL (postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>There is no practice at %1 yet; “%2 init” creates it.</source>
        <translation>Todavía no hay ninguna consulta en %1; «%2 init» la crea.</translation>
    </message>
    <message>
        <source>--db needs the path of a database file or the URL of a server.</source>
        <translation>--db necesita la ruta de un archivo de base de datos o la URL de un servidor.</translation>
    </message>
    <message>
        <source>Warning: %1 “%2 audit verify” tells more.</source>
        <translation>Aviso: %1 «%2 audit verify» da más detalles.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>“%1” is not %2. Use one of: %3.</source>
        <translation>«%1» no es %2. Use uno de estos: %3.</translation>
    </message>
    <message>
        <source>a format here</source>
        <translation>un formato válido aquí</translation>
    </message>
    <message>
        <source>a contact channel</source>
        <translation>un canal de contacto</translation>
    </message>
    <message>
        <source>a client status</source>
        <translation>un estado de cliente</translation>
    </message>
    <message>
        <source>a severity</source>
        <translation>una gravedad</translation>
    </message>
    <message>
        <source>who crossed the boundary</source>
        <translation>quién traspasó el límite</translation>
    </message>
    <message>
        <source>an incident status</source>
        <translation>un estado de incidente</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>«%1» no es un id de cliente; los id son números enteros mayores que 0, como muestra «clients list».</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>%1 no es una fecha; escríbala como AAAA-MM-DD, por ejemplo 2026-03-01.</translation>
    </message>
    <message>
        <source>%1 is outside the supported dates. %2</source>
        <translation>%1 está fuera de las fechas admitidas. %2</translation>
    </message>
    <message>
        <source>The period starts after it ends: --from (%1) must be on or before --to (%2).</source>
        <translation>El periodo empieza después de terminar: --from (%1) debe ser igual o anterior a --to (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date and time. Write it in ISO 8601, for example 2026-03-01T21:30 (in the practice&apos;s time zone, %2), 2026-03-01T21:30Z (UTC) or 2026-03-01T21:30+01:00.</source>
        <translation>«%1» no es una fecha y hora. Escríbala en ISO 8601, por ejemplo 2026-03-01T21:30 (en la zona horaria de la consulta, %2), 2026-03-01T21:30Z (UTC) o 2026-03-01T21:30+01:00.</translation>
    </message>
    <message>
        <source>“%1” is outside the supported dates. %2</source>
        <translation>«%1» está fuera de las fechas admitidas. %2</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks went forward then. Give the time in UTC (with Z) or with its offset instead.</source>
        <translation>%1 no existe en %2: ese día se adelantaron los relojes. Indique la hora en UTC (con Z) o con su desfase.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks went back then. Add the offset to say which: %3%4 (the first time) or %3%5 (the second), or give the time in UTC with Z.</source>
        <translation>%1 ocurre dos veces en %2: ese día se atrasaron los relojes. Añada el desfase para indicar cuál: %3%4 (la primera vez) o %3%5 (la segunda), o indique la hora en UTC con Z.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it.</source>
        <translation>%1 es una carpeta; indique un archivo que esté dentro.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or add --force to replace it.</source>
        <translation>%1 ya existe; elija otro nombre o añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>--%1 and --%2 both name %3; give each file its own name.</source>
        <translation>--%1 y --%2 indican ambos %3; dé a cada archivo su propio nombre.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
</context>
<context>
    <name>ClientCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>«%1» no es un id de cliente; los id son números enteros mayores que 0, como muestra «clients list».</translation>
    </message>
    <message>
        <source>--name is required: the client&apos;s full name.</source>
        <translation>--name es obligatorio: el nombre completo del cliente.</translation>
    </message>
    <message>
        <source>--search: %1</source>
        <translation>--search: %1</translation>
    </message>
    <message>
        <source>a list format</source>
        <translation>un formato de lista</translation>
    </message>
    <message>
        <source>a format for one client</source>
        <translation>un formato para un cliente</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
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
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Client %1, %2, was already archived.</source>
        <translation>El cliente %1, %2, ya estaba archivado.</translation>
    </message>
    <message>
        <source>Client %1, %2, is not archived.</source>
        <translation>El cliente %1, %2, no está archivado.</translation>
    </message>
    <message>
        <source>Archived client %1, %2.</source>
        <translation>Cliente %1, %2, archivado.</translation>
    </message>
    <message>
        <source>Restored client %1, %2.</source>
        <translation>Cliente %1, %2, restaurado.</translation>
    </message>
    <message>
        <source>Only clients with this status: %1.</source>
        <translation>Solo los clientes con este estado: %1.</translation>
    </message>
    <message>
        <source>Add a client to the register and print the new client&apos;s id.</source>
        <translation>Añade un cliente al registro e imprime el id del nuevo cliente.</translation>
    </message>
    <message>
        <source>The client&apos;s full name (required).</source>
        <translation>El nombre completo del cliente (obligatorio).</translation>
    </message>
    <message>
        <source>The name the client likes to be called.</source>
        <translation>El nombre por el que el cliente prefiere que se le llame.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <source>Preferred contact channel: %1.</source>
        <translation>Canal de contacto preferido: %1.</translation>
    </message>
    <message>
        <source>Where the relationship stands: %1 (default prospect).</source>
        <translation>En qué punto está la relación: %1 (predeterminado prospect).</translation>
    </message>
    <message>
        <source>The day the work together starts.</source>
        <translation>El día en que empieza el trabajo conjunto.</translation>
    </message>
    <message>
        <source>Notes about the client.</source>
        <translation>Notas sobre el cliente.</translation>
    </message>
    <message>
        <source>List clients by name; archived clients only with --archived.</source>
        <translation>Lista los clientes por nombre; los archivados solo con --archived.</translation>
    </message>
    <message>
        <source>Only clients whose name, preferred name, email or phone contain every word of TEXT.</source>
        <translation>Solo los clientes cuyo nombre, nombre preferido, correo electrónico o teléfono contengan todas las palabras de TEXT.</translation>
    </message>
    <message>
        <source>Include archived clients.</source>
        <translation>Incluye los clientes archivados.</translation>
    </message>
    <message>
        <source>table (default), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (predeterminado), csv (RFC 4180, con una fila de encabezado) o json (una matriz de objetos).</translation>
    </message>
    <message>
        <source>Show everything the register holds about one client.</source>
        <translation>Muestra todo lo que el registro contiene sobre un cliente.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Archive a client: kept on record, hidden from lists.</source>
        <translation>Archiva un cliente: se conserva en el registro, oculto en las listas.</translation>
    </message>
    <message>
        <source>Bring an archived client back into the lists.</source>
        <translation>Devuelve un cliente archivado a las listas.</translation>
    </message>
    <message>
        <source>--document-language: “%1” is not a language documents can be written in; choose one of: %2.</source>
        <translation>--document-language: «%1» no es un idioma en el que se puedan redactar documentos; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documentos en</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>--expect-version: “%1” is not a version; versions are whole numbers above 0, as “clients show” prints them.</source>
        <translation>--expect-version: «%1» no es una versión; las versiones son números enteros mayores que 0, tal como las imprime «clients show».</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --%1.</source>
        <translation>Nada que cambiar: indique al menos una de estas opciones: --%1.</translation>
    </message>
    <message>
        <source>Client %1, %2, is at version %3, not %4: it was changed after you read it. Nothing was saved; “clients show %1” shows it as it is now.</source>
        <translation>El cliente %1, %2, está en la versión %3, no en la %4: se modificó después de que usted lo leyera. No se guardó nada; «clients show %1» lo muestra tal como está ahora.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; “clients show %2” shows it as it is now.</source>
        <translation>%1 No se guardó nada; «clients show %2» lo muestra tal como está ahora.</translation>
    </message>
    <message>
        <source>Saved client %1, %2 (version %3).</source>
        <translation>Cliente %1, %2, guardado (versión %3).</translation>
    </message>
    <message>
        <source>The language of the client&apos;s agreements, contracts and summaries: %1 (default: the practice&apos;s language, the one the program runs in).</source>
        <translation>El idioma de los acuerdos, contratos y resúmenes del cliente: %1 (predeterminado: el idioma de la consulta, en el que se ejecuta el programa).</translation>
    </message>
    <message>
        <source>Change some of a client&apos;s details; what is not given stays as it is.</source>
        <translation>Cambia algunos datos de un cliente; lo que no se indique queda como está.</translation>
    </message>
    <message>
        <source>The client&apos;s full name.</source>
        <translation>El nombre completo del cliente.</translation>
    </message>
    <message>
        <source>Save only if the client is still at version N, as “clients show” printed it.</source>
        <translation>Guarda solo si el cliente sigue en la versión N, tal como la imprimió «clients show».</translation>
    </message>
    <message>
        <source>Where the relationship stands: %1.</source>
        <translation>En qué punto está la relación: %1.</translation>
    </message>
    <message>
        <source>Every client carries a version that each saved change raises by one. The change is saved only if nobody else saved the client between reading and writing it (or since version N, with --expect-version); otherwise nothing is saved and the command fails.</source>
        <translation>Cada cliente tiene una versión que aumenta en uno con cada cambio guardado. El cambio solo se guarda si nadie más ha guardado el cliente entre su lectura y su escritura (o desde la versión N, con --expect-version); si no, no se guarda nada y el comando falla.</translation>
    </message>
    <message>
        <source>--out is required: a new or empty folder to write the client&apos;s data to.</source>
        <translation>--out es obligatorio: una carpeta nueva o vacía en la que se escribirán los datos del cliente.</translation>
    </message>
    <message>
        <source>Give either --keep-agreements or --remove-agreements, not both.</source>
        <translation>Indique --keep-agreements o --remove-agreements, no ambas.</translation>
    </message>
    <message numerus="yes">
        <source>Client %1, %2, has %n signed agreement(s) or contract(s). A signed agreement may have to be retained (professional bodies commonly advise about seven years): give --keep-agreements to keep them as signed, or --remove-agreements to remove them with the rest.</source>
        <translation>
            <numerusform>El cliente %1, %2, tiene %n acuerdo o contrato firmado. Puede que un acuerdo firmado deba conservarse (los colegios profesionales suelen recomendar unos siete años): indique --keep-agreements para conservarlo firmado, o --remove-agreements para eliminarlo junto con lo demás.</numerusform>
            <numerusform>El cliente %1, %2, tiene %n acuerdos o contratos firmados. Puede que un acuerdo firmado deba conservarse (los colegios profesionales suelen recomendar unos siete años): indique --keep-agreements para conservarlos firmados, o --remove-agreements para eliminarlos junto con lo demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing overwrites the personal data of client %1, %2, for good; give --yes to confirm.</source>
        <translation>El borrado sobrescribe definitivamente los datos personales del cliente %1, %2; indique --yes para confirmarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of client %1, %2, and the free text of %n incident(s).</source>
        <translation>
            <numerusform>Se han borrado los datos personales del cliente %1, %2, y el texto libre de %n incidente.</numerusform>
            <numerusform>Se han borrado los datos personales del cliente %1, %2, y el texto libre de %n incidentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n signed agreement(s) and contract(s).</source>
        <translation>
            <numerusform>Se ha eliminado %n acuerdo o contrato firmado.</numerusform>
            <numerusform>Se han eliminado %n acuerdos y contratos firmados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n signed agreement(s) and contract(s) as signed.</source>
        <translation>
            <numerusform>Se ha conservado firmado %n acuerdo o contrato.</numerusform>
            <numerusform>Se han conservado firmados %n acuerdos y contratos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase a client&apos;s personal data on their request; anonymised incident counts stay.</source>
        <translation>Borra los datos personales de un cliente a petición suya; los recuentos anónimos de incidentes se conservan.</translation>
    </message>
    <message>
        <source>Overwrites the client&apos;s name, contact details and notes and the free text of their incidents, steps, follow-ups and outcomes, and removes their drafts. Their incidents stay, anonymised, so the dashboard&apos;s history stays true, and the erasure is recorded. A client with signed agreements or contracts needs --keep-agreements or --remove-agreements.</source>
        <translation>Sobrescribe el nombre, los datos de contacto y las notas del cliente y el texto libre de sus incidentes, pasos, seguimientos y resultados, y elimina sus borradores. Sus incidentes se conservan, anonimizados, para que el historial del panel siga siendo fiel, y el borrado queda registrado. Un cliente con acuerdos o contratos firmados necesita --keep-agreements o --remove-agreements.</translation>
    </message>
    <message>
        <source>Keep the client&apos;s signed agreements and contracts as signed.</source>
        <translation>Conserva firmados los acuerdos y contratos firmados del cliente.</translation>
    </message>
    <message>
        <source>Remove the client&apos;s signed agreements and contracts too.</source>
        <translation>Elimina también los acuerdos y contratos firmados del cliente.</translation>
    </message>
    <message>
        <source>Confirm the erasure; it cannot be undone.</source>
        <translation>Confirma el borrado; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Answer a client&apos;s access request: write everything held about them.</source>
        <translation>Responde a la solicitud de acceso de un cliente: escribe todo lo que consta sobre él.</translation>
    </message>
    <message>
        <source>A new or empty folder to write to (required).</source>
        <translation>Una carpeta nueva o vacía en la que escribir (obligatoria).</translation>
    </message>
    <message>
        <source>DIR gets report.html (readable and printable), data.json (the same for programs) and the PDF of
every signed agreement and contract: the client&apos;s details, agreements, incidents with every step,
follow-up and outcome, the written summaries sent and the contracts. Your private reflection
entries are not included. Every file is readable by you only (0600).</source>
        <translation>DIR recibe report.html (legible e imprimible), data.json (lo mismo para programas) y el PDF de
cada acuerdo y contrato firmado: los datos del cliente, los acuerdos, los incidentes con cada paso,
seguimiento y resultado, los resúmenes por escrito enviados y los contratos. Sus entradas privadas
de reflexión no se incluyen. Solo usted puede leer cada archivo (0600).</translation>
    </message>
    <message>
        <source>Wrote everything held about client %1 (%2, %3) to %4: report.html, data.json and the signed PDFs.</source>
        <translation>Se ha escrito todo lo que consta del cliente %1 (%2, %3) en %4: report.html, data.json y los PDF firmados.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incidente</numerusform>
            <numerusform>%n incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n documento firmado</numerusform>
            <numerusform>%n documentos firmados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientConflict</name>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ClientDataExport</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Datos que constan sobre %1</translation>
    </message>
    <message>
        <source>Everything the practice&apos;s records hold about you, as of %1.</source>
        <translation>Todo lo que consta sobre usted en los registros de la consulta, a fecha de %1.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Behavioural contracts</source>
        <translation>Contratos de conducta</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incidente %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Written summaries sent</source>
        <translation>Resúmenes por escrito enviados</translation>
    </message>
</context>
<context>
    <name>ClientFilter</name>
    <message>
        <source>The search text is %1 characters long; a search takes at most %2.</source>
        <translation>El texto de búsqueda tiene %1 caracteres; una búsqueda admite como máximo %2.</translation>
    </message>
    <message>
        <source>The search text has %1 words; a search takes at most %2.</source>
        <translation>El texto de búsqueda tiene %1 palabras; una búsqueda admite como máximo %2.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation>No hay ningún cliente con el id %1.</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>el nuevo cliente</translation>
    </message>
    <message>
        <source>the changes to the client</source>
        <translation>los cambios del cliente</translation>
    </message>
    <message>
        <source>archiving the client</source>
        <translation>archivar el cliente</translation>
    </message>
    <message>
        <source>restoring the client</source>
        <translation>restaurar el cliente</translation>
    </message>
    <message>
        <source>deleting the client</source>
        <translation>eliminar el cliente</translation>
    </message>
    <message>
        <source>reading the client</source>
        <translation>leer el cliente</translation>
    </message>
    <message>
        <source>counting clients</source>
        <translation>contar los clientes</translation>
    </message>
    <message>
        <source>finding the client</source>
        <translation>buscar el cliente</translation>
    </message>
    <message>
        <source>listing clients</source>
        <translation>listar los clientes</translation>
    </message>
    <message>
        <source>reading the clients to search</source>
        <translation>leer los clientes para la búsqueda</translation>
    </message>
    <message>
        <source>reading who needs to re-acknowledge</source>
        <translation>leer quién debe volver a confirmar</translation>
    </message>
    <message>
        <source>sorting the clients to search</source>
        <translation>ordenar los clientes para la búsqueda</translation>
    </message>
    <message>
        <source>Client %1, %2, was changed elsewhere after it was read.</source>
        <translation>El cliente %1, %2, se modificó en otro lugar después de leerlo.</translation>
    </message>
    <message>
        <source>erasing the client&apos;s data</source>
        <translation>borrar los datos del cliente</translation>
    </message>
    <message>
        <source>Client %1&apos;s data was erased already.</source>
        <translation>Los datos del cliente %1 ya se habían borrado.</translation>
    </message>
    <message>
        <source>reading the client&apos;s records</source>
        <translation>leer los registros del cliente</translation>
    </message>
    <message>
        <source>reading the clients&apos; contact details</source>
        <translation>leer los datos de contacto de los clientes</translation>
    </message>
    <message>
        <source>the new clients</source>
        <translation>los nuevos clientes</translation>
    </message>
    <message>
        <source>The clients table has the columns %1, but an import knows %2; nothing was added.</source>
        <translation>La tabla de clientes tiene las columnas %1, pero una importación conoce %2; no se añadió nada.</translation>
    </message>
    <message>
        <source>The new clients did not get the ids expected; nothing was added.</source>
        <translation>Los nuevos clientes no recibieron los identificadores esperados; no se añadió nada.</translation>
    </message>
    <message>
        <source>reading the saved search index</source>
        <translation>leer el índice de búsqueda guardado</translation>
    </message>
    <message>
        <source>saving the search index</source>
        <translation>guardar el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled: no client was added or changed.</source>
        <translation>Cancelado: no se ha añadido ni modificado ningún cliente.</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <source>Prospect</source>
        <translation>Potencial</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>ClientValidator</name>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>Introduzca el nombre completo del cliente.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The name holds a control character (%1); only printable characters are allowed.</source>
        <translation>El nombre contiene un carácter de control (%1); solo se admiten caracteres imprimibles.</translation>
    </message>
    <message>
        <source>The preferred name is longer than %1 characters.</source>
        <translation>El nombre preferido tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The preferred name holds a control character (%1); only printable characters are allowed.</source>
        <translation>El nombre preferido contiene un carácter de control (%1); solo se admiten caracteres imprimibles.</translation>
    </message>
    <message>
        <source>The email address holds a control character (%1); only printable characters are allowed.</source>
        <translation>La dirección de correo electrónico contiene un carácter de control (%1); solo se admiten caracteres imprimibles.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«%1» no es una dirección de correo electrónico; debería tener la forma nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>A phone number has at least 3 digits and may contain only digits, spaces, a leading + and ( ) - . /</source>
        <translation>Un número de teléfono tiene al menos 3 cifras y solo puede contener cifras, espacios, un + inicial y ( ) - . /</translation>
    </message>
    <message>
        <source>The start date %1 is outside the supported range. %2</source>
        <translation>La fecha de inicio %1 está fuera del intervalo admitido. %2</translation>
    </message>
    <message>
        <source>The start date %1 is more than a year ahead; check the year.</source>
        <translation>La fecha de inicio %1 es posterior en más de un año; compruebe el año.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Las notas tienen más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The notes hold a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Las notas contienen un carácter de control (%1); solo se admiten caracteres imprimibles, tabulaciones y saltos de línea.</translation>
    </message>
    <message>
        <source>Documents cannot be written in &quot;%1&quot;; choose one of: %2.</source>
        <translation>No se pueden redactar documentos en «%1»; elija uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1 (%2 time)</source>
        <translation>%1 (hora de %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContactChannel</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Mensajería</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ContactChannelInSentence</name>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>por teléfono</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>por SMS</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>by video call</source>
        <translation>por videollamada</translation>
    </message>
    <message>
        <source>through a messaging app</source>
        <translation>por una aplicación de mensajería</translation>
    </message>
    <message>
        <source>on social media</source>
        <translation>por redes sociales</translation>
    </message>
    <message>
        <source>in another agreed way</source>
        <translation>de otra forma acordada</translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>I agree to sign this behavioural contract electronically. My electronic signature has the same meaning as my handwritten signature, and I will receive a copy of the signed contract as a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for a paper copy of the signed contract at any time, free of charge; and that I may withdraw this consent at any time by telling the practice, after which documents will be given to me on paper (what I signed before stays valid). To open and keep the signed contract I need a device that shows PDF files, and somewhere to save or print it.</source>
        <translation>Acepto firmar este contrato de conducta electrónicamente. Mi firma electrónica tiene el mismo valor que mi firma manuscrita, y recibiré una copia del contrato firmado en un archivo PDF. Se me ha informado de que puedo firmar en papel en su lugar; de que puedo pedir a la consulta en cualquier momento, sin coste alguno, una copia en papel del contrato firmado; y de que puedo retirar este consentimiento en cualquier momento comunicándoselo a la consulta, tras lo cual recibiré los documentos en papel (lo que haya firmado antes sigue siendo válido). Para abrir y conservar el contrato firmado necesito un dispositivo que muestre archivos PDF y un lugar donde guardarlo o imprimirlo.</translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that we have talked this contract through, that I understand the behaviour it asks for, the goals and the consequences, and that I intend to keep it with %2 until the review date.</source>
        <translation>Con mi firma, yo, %1, confirmo que hemos hablado de este contrato, que entiendo el comportamiento que pide, los objetivos y las consecuencias, y que tengo la intención de cumplirlo con %2 hasta la fecha de revisión.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>la consulta</translation>
    </message>
    <message>
        <source>The contract has already been signed.</source>
        <translation>El contrato ya está firmado.</translation>
    </message>
    <message>
        <source>The contract is not linked to an incident.</source>
        <translation>El contrato no está vinculado a ningún incidente.</translation>
    </message>
    <message>
        <source>Say in the contract what appropriate behaviour is.</source>
        <translation>Indique en el contrato cuál es el comportamiento adecuado.</translation>
    </message>
    <message>
        <source>Say in the contract which behaviour replaces the one that crossed the boundary.</source>
        <translation>Indique en el contrato qué comportamiento sustituye al que traspasó el límite.</translation>
    </message>
    <message>
        <source>Give the contract at least one measurable goal.</source>
        <translation>Dé al contrato al menos un objetivo medible.</translation>
    </message>
    <message>
        <source>State the consequences if the contract is not kept.</source>
        <translation>Indique las consecuencias si no se cumple el contrato.</translation>
    </message>
    <message>
        <source>Give the contract a review date.</source>
        <translation>Dé al contrato una fecha de revisión.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Behavioural contract – %1 – %2 (document %3)</source>
        <translation>Contrato de conducta – %1 – %2 (documento %3)</translation>
    </message>
    <message>
        <source>Behavioural contract</source>
        <translation>Contrato de conducta</translation>
    </message>
    <message>
        <source>Document ID %1 · Review date %2</source>
        <translation>ID del documento %1 · Fecha de revisión %2</translation>
    </message>
    <message>
        <source>Copy for signing on paper. This contract takes effect once both parties have signed it below.</source>
        <translation>Copia para firmar en papel. Este contrato entra en vigor una vez que ambas partes lo hayan firmado más abajo.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Las partes</translation>
    </message>
    <message>
        <source>2. Why we make this contract</source>
        <translation>2. Por qué hacemos este contrato</translation>
    </message>
    <message>
        <source>No background was recorded.</source>
        <translation>No se registraron antecedentes.</translation>
    </message>
    <message>
        <source>3. Appropriate behaviour</source>
        <translation>3. Comportamiento adecuado</translation>
    </message>
    <message>
        <source>No appropriate behaviour was described.</source>
        <translation>No se ha descrito ningún comportamiento adecuado.</translation>
    </message>
    <message>
        <source>4. The replacement behaviour</source>
        <translation>4. El comportamiento alternativo</translation>
    </message>
    <message>
        <source>No replacement behaviour was described.</source>
        <translation>No se ha descrito ningún comportamiento alternativo.</translation>
    </message>
    <message>
        <source>5. Measurable goals</source>
        <translation>5. Objetivos medibles</translation>
    </message>
    <message>
        <source>No measurable goals were set.</source>
        <translation>No se fijaron objetivos medibles.</translation>
    </message>
    <message>
        <source>6. Consequences</source>
        <translation>6. Consecuencias</translation>
    </message>
    <message>
        <source>No consequences were stated.</source>
        <translation>No se indicaron consecuencias.</translation>
    </message>
    <message>
        <source>7. Review</source>
        <translation>7. Revisión</translation>
    </message>
    <message>
        <source>We review this contract together on %1: how each goal went, and what comes next.</source>
        <translation>Revisaremos juntos este contrato el %1: cómo ha ido cada objetivo y cuáles son los siguientes pasos.</translation>
    </message>
    <message>
        <source>No review date was set.</source>
        <translation>No se fijó ninguna fecha de revisión.</translation>
    </message>
    <message>
        <source>8. Consent and signatures</source>
        <translation>8. Consentimiento y firmas</translation>
    </message>
    <message>
        <source>This contract is signed by hand on paper; the signed original is kept by the practice.</source>
        <translation>Este contrato se firma a mano en papel; la consulta conserva el original firmado.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>No registrado.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Contract text SHA-256</source>
        <translation>SHA-256 del texto del contrato</translation>
    </message>
    <message>
        <source>This is an unsigned copy for signing on paper; it is not the signed contract.</source>
        <translation>Esta es una copia sin firmar para firmar en papel; no es el contrato firmado.</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>A signed contract cannot be changed.</source>
        <translation>Un contrato firmado no se puede modificar.</translation>
    </message>
    <message>
        <source>The contract has already been signed.</source>
        <translation>El contrato ya está firmado.</translation>
    </message>
    <message>
        <source>The contract draft no longer exists.</source>
        <translation>El borrador del contrato ya no existe.</translation>
    </message>
    <message>
        <source>saving the contract draft</source>
        <translation>guardar el borrador del contrato</translation>
    </message>
    <message>
        <source>The contract cannot be signed without its step on the incident&apos;s ladder.</source>
        <translation>El contrato no se puede firmar sin su paso en la escala del incidente.</translation>
    </message>
    <message>
        <source>reading the contract</source>
        <translation>leer el contrato</translation>
    </message>
    <message>
        <source>There is no behavioural contract with the number %1.</source>
        <translation>No hay ningún contrato de conducta con el número %1.</translation>
    </message>
    <message>
        <source>listing behavioural contracts</source>
        <translation>listar los contratos de conducta</translation>
    </message>
    <message>
        <source>reading the signed PDF</source>
        <translation>leer el PDF firmado</translation>
    </message>
    <message>
        <source>There is no signed behavioural contract with the number %1.</source>
        <translation>No hay ningún contrato de conducta firmado con el número %1.</translation>
    </message>
    <message>
        <source>discarding the contract draft</source>
        <translation>descartar el borrador del contrato</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>• %1 – %2: %3</source>
        <translation>• %1 – %2: %3</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <source>This contract follows these incidents:</source>
        <translation>
            <numerusform>Este contrato es consecuencia de este incidente:</numerusform>
            <numerusform>Este contrato es consecuencia de estos incidentes:</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident is closed; a contract can no longer be signed on it.</source>
        <translation>El incidente está cerrado; ya no se puede firmar un contrato sobre él.</translation>
    </message>
    <message>
        <source>The contract&apos;s client is not the client of the incident.</source>
        <translation>El cliente del contrato no es el cliente del incidente.</translation>
    </message>
    <message>
        <source>The practice&apos;s ladder has no behavioural contract step to record the contract on.</source>
        <translation>La escala de la consulta no tiene ningún paso de contrato de conducta en el que registrar el contrato.</translation>
    </message>
    <message>
        <source>The contract cannot be signed yet. %1</source>
        <translation>El contrato aún no se puede firmar. %1</translation>
    </message>
    <message>
        <source>Behavioural contract signed by both parties (document %1).</source>
        <translation>Contrato de conducta firmado por ambas partes (documento %1).</translation>
    </message>
</context>
<context>
    <name>ConversationPlanner</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale): weekday, day, month name, year</comment>
        <translation>dddd, d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>I don&apos;t work on %1s</source>
        <translation>no trabajo ningún %1</translation>
    </message>
    <message>
        <source>my working hours on %1s are %2 to %3</source>
        <translation>cada %1 trabajo de %2 a %3</translation>
    </message>
    <message>
        <source>That was outside our agreed working hours.</source>
        <translation>Fue fuera del horario de atención acordado.</translation>
    </message>
    <message>
        <source>It came through a channel we agreed not to use.</source>
        <translation>Llegó por un canal que acordamos no usar.</translation>
    </message>
    <message>
        <source>Keeping to it keeps our work focused and lets me give you my best.</source>
        <translation>Respetar este límite mantiene nuestro trabajo centrado y me permite darle lo mejor de mí.</translation>
    </message>
    <message>
        <source>For reference, %1.</source>
        <translation>Como referencia, %1.</translation>
    </message>
    <message>
        <source>Can we agree on how we handle this from now on? Is there anything behind it I should know about? I&apos;ll send you a short written summary of what we agree, and we&apos;ll check how it is going.</source>
        <translation>¿Podemos acordar cómo lo gestionamos a partir de ahora? ¿Hay algo detrás de esto que yo deba saber? Le enviaré un breve resumen por escrito de lo que acordemos y veremos cómo va.</translation>
    </message>
    <message>
        <source>Conversation plan: %1</source>
        <translation>Plan de conversación: %1</translation>
    </message>
    <message>
        <source>1. Acknowledge the specific behaviour</source>
        <translation>1. Reconocer el comportamiento concreto</translation>
    </message>
    <message>
        <source>(Your note: %1)</source>
        <translation>(Su nota: %1)</translation>
    </message>
    <message>
        <source>2. State the boundary</source>
        <translation>2. Expresar el límite</translation>
    </message>
    <message>
        <source>3. Explain why</source>
        <translation>3. Explicar por qué</translation>
    </message>
    <message>
        <source>4. State the consequence or the alternative</source>
        <translation>4. Expresar la consecuencia o la alternativa</translation>
    </message>
    <message>
        <source>5. Agree how to follow through</source>
        <translation>5. Acordar cómo hacer el seguimiento</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Estimado/a %1:</translation>
    </message>
    <message>
        <source>Thank you for talking with me on %1. As promised, here is a short summary of our conversation.</source>
        <translation>Gracias por hablar conmigo el %1. Como le prometí, le envío un breve resumen de nuestra conversación.</translation>
    </message>
    <message>
        <source>What we discussed and agreed: %1</source>
        <translation>Lo que hablamos y acordamos: %1</translation>
    </message>
    <message>
        <source>If anything here does not match your memory of our conversation, please tell me.</source>
        <translation>Si algo de lo que aquí se dice no coincide con su recuerdo de la conversación, dígamelo, por favor.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Un cordial saludo,</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened when we met on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre lo que ocurrió cuando nos vimos el %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened when we met on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz de lo que ocurrió cuando nos vimos el %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the phone call on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre la llamada telefónica del %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the phone call on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz de la llamada telefónica del %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the text message on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre el SMS del %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the text message on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz del SMS del %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the email on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre el correo electrónico del %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the email on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz del correo electrónico del %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened during our video call on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre lo que ocurrió durante nuestra videollamada del %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened during our video call on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz de lo que ocurrió durante nuestra videollamada del %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the message through the messaging app on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre el mensaje enviado por la aplicación de mensajería el %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the message through the messaging app on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz del mensaje enviado por la aplicación de mensajería el %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the message on social media on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre el mensaje enviado por redes sociales el %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the message on social media on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz del mensaje enviado por redes sociales el %2, a las %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened on %2 at %3.</source>
        <translation>%1, me gustaría hablar con usted sobre lo que ocurrió el %2, a las %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened on %2 at %3.</source>
        <translation>Hablamos sobre %1 a raíz de lo que ocurrió el %2, a las %3.</translation>
    </message>
    <message>
        <source>One of the boundaries we agreed on is %1.</source>
        <translation>Uno de los límites que acordamos es %1.</translation>
    </message>
    <message>
        <source>Our agreement puts it this way: %1</source>
        <translation>Nuestro acuerdo lo expresa así: %1</translation>
    </message>
    <message>
        <source>What we agreed instead: %1</source>
        <translation>Lo que acordamos en su lugar: %1</translation>
    </message>
    <message>
        <source>You can reach me %1; whatever reaches me outside working hours I answer on the next working day.</source>
        <translation>Puede ponerse en contacto conmigo %1; lo que me llegue fuera del horario de atención lo respondo el siguiente día laborable.</translation>
    </message>
    <message>
        <source>If it happens again, our agreement says: %1</source>
        <translation>Si vuelve a ocurrir, nuestro acuerdo dice: %1</translation>
    </message>
    <message>
        <source>The boundary, in the words of our agreement: %1</source>
        <translation>El límite, en palabras de nuestro acuerdo: %1</translation>
    </message>
    <message>
        <source>What our agreement says happens if it is crossed again: %1</source>
        <translation>Lo que, según nuestro acuerdo, ocurre si se vuelve a traspasar: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file holds no header row: there is nothing to import.</source>
        <translation>El archivo no tiene fila de encabezado: no hay nada que importar.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 characters: a closing quote is probably missing.</source>
        <translation>La fila que empieza en la línea %1 tiene más de %2 caracteres: probablemente faltan unas comillas de cierre.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed.</source>
        <translation>Un valor entre comillas que empieza en la línea %1 nunca se cierra.</translation>
    </message>
</context>
<context>
    <name>DashboardCommands</name>
    <message>
        <source>First day of the period (YYYY-MM-DD); by default %1 days before --to.</source>
        <translation>Primer día del periodo (AAAA-MM-DD); por defecto, %1 días antes de --to.</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD); by default today.</source>
        <translation>Último día del periodo (AAAA-MM-DD); por defecto, hoy.</translation>
    </message>
    <message>
        <source>Only this client&apos;s figures.</source>
        <translation>Solo las cifras de este cliente.</translation>
    </message>
    <message>
        <source>none to measure</source>
        <translation>nada que medir</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Client: %1 (id %2)</source>
        <translation>Cliente: %1 (id %2)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nueva confirmación pendiente</translation>
    </message>
    <message>
        <source>Onboarding drafts</source>
        <translation>Borradores de incorporación</translation>
    </message>
    <message>
        <source>Client incidents</source>
        <translation>Incidentes de clientes</translation>
    </message>
    <message>
        <source>%1 (%2 outside working hours)</source>
        <translation>%1 (%2 fuera del horario de atención)</translation>
    </message>
    <message>
        <source>Addressed within 24 h</source>
        <translation>Abordados en 24 h</translation>
    </message>
    <message>
        <source>Median to resolution</source>
        <translation>Mediana hasta la resolución</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>nothing resolved yet</source>
        <translation>aún no se ha resuelto nada</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Faltas propias registradas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days</source>
        <translation>
            <numerusform>%Ln incidente, %1 por cliente activo cada 30 días</numerusform>
            <numerusform>%Ln incidentes, %1 por cliente activo cada 30 días</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Por mes:</translation>
    </message>
    <message>
        <source>By boundary:</source>
        <translation>Por límite:</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Por canal:</translation>
    </message>
    <message>
        <source>Clients with the most incidents:</source>
        <translation>Clientes con más incidentes:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat bands:</source>
        <translation>Grupos de repetición:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) (id %1)</source>
        <translation>
            <numerusform>%Ln incidente (id %1)</numerusform>
            <numerusform>%Ln incidentes (id %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Early warning (2 or more incidents in the last 30 days):</source>
        <translation>Alerta temprana (2 o más incidentes en los últimos 30 días):</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out es obligatorio: el archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Saved the figures to %1</source>
        <translation>Cifras guardadas en %1</translation>
    </message>
    <message>
        <source>Show where, when, how often and with whom boundaries are crossed, and what needs attention now.</source>
        <translation>Muestra dónde, cuándo, con qué frecuencia y con quién se traspasan los límites, y qué requiere atención ahora.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report (one view per page) and, optionally, its figures as CSV.</source>
        <translation>Guarda el panel como informe PDF (una vista por página) y, opcionalmente, sus cifras en CSV.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>Also write the figures to this CSV file.</source>
        <translation>Escribe también las cifras en este archivo CSV.</translation>
    </message>
    <message>
        <source>Replace the files when they already exist.</source>
        <translation>Reemplaza los archivos si ya existen.</translation>
    </message>
    <message>
        <source>Both files are readable by you only (0600); an existing file is only replaced with --force.
CSV columns: figure, key, label, value.</source>
        <translation>Solo usted puede leer ambos archivos (0600); un archivo existente solo se reemplaza con --force.
Columnas CSV: figure, key, label, value.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln incident(s) whose 24 hours are over</source>
        <translation>
            <numerusform>%1 de %Ln incidente cuyas 24 horas han transcurrido</numerusform>
            <numerusform>%1 de los %Ln incidentes cuyas 24 horas han transcurrido</numerusform>
        </translation>
    </message>
    <message>
        <source>none whose 24 hours are over</source>
        <translation>ninguno cuyas 24 horas hayan transcurrido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) still within their first 24 hours, not counted yet</source>
        <translation>
            <numerusform>%Ln incidente aún dentro de sus primeras 24 horas, todavía sin contar</numerusform>
            <numerusform>%Ln incidentes aún dentro de sus primeras 24 horas, todavía sin contar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 hasta ahora</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days, scaled over the %2 days so far</source>
        <translation>
            <numerusform>%Ln incidente, %1 por cliente activo cada 30 días, extrapolado a partir de los %2 días transcurridos hasta ahora</numerusform>
            <numerusform>%Ln incidentes, %1 por cliente activo cada 30 días, extrapolado a partir de los %2 días transcurridos hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Months reflected on</source>
        <translation>Meses con reflexión</translation>
    </message>
    <message>
        <source>The period is in the practice&apos;s time zone; open, overdue, reack_due, drafts and early_warning are as
of today. Self-reported lapses count only in self_reported; every other incident figure counts the
incidents clients crossed (open and overdue count both). Incidents of archived clients count;
archived clients are left out of reack_due, drafts, early_warning and active clients, closed
clients out of reack_due and active clients.

JSON keys: from, to (YYYY-MM-DD), client_id (null for all), time_zone, open, overdue, reack_due,
drafts, incidents, outside_hours, addressed_judged (client incidents whose first 24 hours are
over), addressed_pending (those still within them, not counted yet), addressed_within_24h (a
fraction of addressed_judged, null when it is 0), resolved, median_days_to_resolution (null when
none resolved), by_month [{month (YYYY-MM), days, days_elapsed (of days, those up to today),
so_far (true for the month holding today), count, lapses (your own), reflected (the monthly
reflection), active_clients, rate_per_active_client_30d (scaled over days_elapsed)}], by_boundary and by_channel {key: count}, by_weekday_hour (7 arrays
of 24 counts, Monday first, practice-local hours), by_client [{client_id, count}] most first,
repeat_bands {&quot;1&quot;, &quot;2-5&quot;, &quot;6+&quot;: clients}, early_warning [client ids], self_reported,
months_over (months of the period that are over), months_reflected (of those, reflected on),
reflected_share (null when no month is over).</source>
        <translation>El periodo está en la zona horaria de la consulta; open, overdue, reack_due, drafts y early_warning se refieren
a hoy. Las faltas propias solo cuentan en self_reported; todas las demás cifras de incidentes cuentan los
incidentes que traspasaron los clientes (open y overdue cuentan ambos). Cuentan los incidentes de clientes
archivados; los clientes archivados quedan fuera de reack_due, drafts, early_warning y los clientes activos, los
clientes cerrados, fuera de reack_due y los clientes activos.

Claves JSON: from, to (AAAA-MM-DD), client_id (null para todos), time_zone, open, overdue, reack_due,
drafts, incidents, outside_hours, addressed_judged (incidentes de clientes cuyas primeras 24 horas han
pasado), addressed_pending (los que aún están dentro de ellas, todavía sin contar), addressed_within_24h (una
fracción de addressed_judged, null si es 0), resolved, median_days_to_resolution (null si no
se resolvió ninguno), by_month [{month (AAAA-MM), days, days_elapsed (de days, los que llegan hasta hoy),
so_far (true para el mes que contiene hoy), count, lapses (las suyas), reflected (la reflexión
mensual), active_clients, rate_per_active_client_30d (escalada sobre days_elapsed)}], by_boundary y by_channel {clave: recuento}, by_weekday_hour (7 matrices
de 24 recuentos, empezando por el lunes, horas locales de la consulta), by_client [{client_id, count}] de más a menos,
repeat_bands {&quot;1&quot;, &quot;2-5&quot;, &quot;6+&quot;: clientes}, early_warning [ids de clientes], self_reported,
months_over (meses del periodo ya transcurridos), months_reflected (de ellos, los que tienen reflexión),
reflected_share (null si no ha transcurrido ningún mes).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) over</source>
        <translation>
            <numerusform>%1 de %Ln mes transcurrido</numerusform>
            <numerusform>%1 de los %Ln meses transcurridos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>2–5 times</source>
        <translation>De 2 a 5 veces</translation>
    </message>
    <message>
        <source>6+ times</source>
        <translation>6 o más veces</translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Boundary dashboard</source>
        <translation>Panel de límites</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>cliente: %1</translation>
    </message>
    <message>
        <source>Boundary Keeper · figures as of %1</source>
        <translation>Boundary Keeper · cifras a fecha de %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>No client incidents in this period.</source>
        <translation>No hay incidentes de clientes en este periodo.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Boundary dashboard, %1</source>
        <translation>Panel de límites, %1</translation>
    </message>
    <message>
        <source>Boundary dashboard: %1, %2</source>
        <translation>Panel de límites: %1, %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Clients with re-acknowledgement due</source>
        <translation>Clientes con nueva confirmación pendiente</translation>
    </message>
    <message>
        <source>Unfinished onboarding drafts</source>
        <translation>Borradores de incorporación sin terminar</translation>
    </message>
    <message>
        <source>Client incidents in the period</source>
        <translation>Incidentes de clientes en el periodo</translation>
    </message>
    <message>
        <source>… of them outside working hours</source>
        <translation>… de ellos, fuera del horario de atención</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Mediana del tiempo hasta la resolución</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Faltas propias registradas</translation>
    </message>
    <message>
        <source>Clients on early warning</source>
        <translation>Clientes en alerta temprana</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Incidentes por mes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active client(s)</source>
        <translation>
            <numerusform>%Ln cliente activo</numerusform>
            <numerusform>%Ln clientes activos</numerusform>
        </translation>
    </message>
    <message>
        <source>By boundary</source>
        <translation>Por límite</translation>
    </message>
    <message>
        <source>Client incidents in the period by the boundary crossed.</source>
        <translation>Incidentes de clientes en el periodo según el límite traspasado.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>Client incidents in the period by the channel they came through.</source>
        <translation>Incidentes de clientes en el periodo según el canal por el que llegaron.</translation>
    </message>
    <message>
        <source>By weekday and hour</source>
        <translation>Por día de la semana y hora</translation>
    </message>
    <message>
        <source>Client incidents by weekday and hour in the practice&apos;s time zone (%1). The working hours are outlined; incidents outside them are shown in orange.</source>
        <translation>Incidentes de clientes por día de la semana y hora en la zona horaria de la consulta (%1). El horario de atención aparece recuadrado; los incidentes fuera de él se muestran en naranja.</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>la del sistema</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <source>The clients with the most incidents in the period (up to %1), and how many clients had one, two to five, or six or more.</source>
        <translation>Los clientes con más incidentes en el periodo (hasta %1) y cuántos clientes tuvieron uno, de dos a cinco, o seis o más.</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat bands</source>
        <translation>Grupos de repetición</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Alerta temprana</translation>
    </message>
    <message>
        <source>Clients with %1 or more client incidents in the %2 days up to %3: worth a conversation before a pattern settles in.</source>
        <translation>Clientes con %1 o más incidentes en los %2 días hasta el %3: conviene hablar con ellos antes de que se asiente un patrón.</translation>
    </message>
    <message>
        <source>No client needs attention.</source>
        <translation>Ningún cliente requiere atención.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo terminar el PDF.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>El PDF salió vacío.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Client incidents outside working hours</source>
        <translation>Incidentes de clientes fuera del horario de atención</translation>
    </message>
    <message>
        <source>Median days to resolution</source>
        <translation>Mediana de días hasta la resolución</translation>
    </message>
    <message>
        <source>Client incidents</source>
        <translation>Incidentes de clientes</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clientes activos</translation>
    </message>
    <message>
        <source>Per active client per 30 days</source>
        <translation>Por cliente activo cada 30 días</translation>
    </message>
    <message>
        <source>What needs attention today, and how the period&apos;s client incidents were handled. An incident counts as addressed when a conversation about it was recorded within 24 hours; incidents still within their first 24 hours are not counted yet. Self-reported lapses are counted apart from client incidents.</source>
        <translation>Lo que requiere atención hoy y cómo se gestionaron los incidentes de clientes del periodo. Un incidente cuenta como abordado cuando se registró una conversación sobre él en un plazo de 24 horas; los incidentes que aún están dentro de sus primeras 24 horas todavía no se cuentan. Las faltas propias registradas se cuentan aparte de los incidentes de clientes.</translation>
    </message>
    <message>
        <source>Addressed within 24 hours, of those whose 24 hours are over</source>
        <translation>Abordados en 24 horas, de aquellos cuyas 24 horas han transcurrido</translation>
    </message>
    <message>
        <source>… still within their first 24 hours (not counted yet)</source>
        <translation>… aún dentro de sus primeras 24 horas (todavía sin contar)</translation>
    </message>
    <message>
        <source>Client incidents per active client per 30 days, so that a growing practice does not look worse. The month that holds today is not over: it is marked &quot;so far&quot; and scaled over its days so far, where a single incident weighs heavily. Below the chart: each month&apos;s incidents and active clients.</source>
        <translation>Incidentes de clientes por cliente activo cada 30 días, para que una consulta que crece no parezca ir peor. El mes que incluye hoy aún no ha terminado: se marca «hasta ahora» y se extrapola a partir de sus días transcurridos hasta ahora, en los que un solo incidente pesa mucho. Debajo del gráfico: los incidentes y los clientes activos de cada mes.</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (hasta ahora)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (so far: %Ln day(s))</source>
        <translation>
            <numerusform>%1 (en curso: %Ln día)</numerusform>
            <numerusform>%1 (en curso: %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share addressed within 24 hours, of client incidents whose 24 hours are over</source>
        <translation>Proporción abordada en 24 horas, de los incidentes de clientes cuyas 24 horas han transcurrido</translation>
    </message>
    <message>
        <source>Client incidents whose 24 hours are over</source>
        <translation>Incidentes de clientes cuyas 24 horas han transcurrido</translation>
    </message>
    <message>
        <source>Client incidents still within their first 24 hours</source>
        <translation>Incidentes de clientes aún dentro de sus primeras 24 horas</translation>
    </message>
    <message>
        <source>Days in the period up to today</source>
        <translation>Días del periodo hasta hoy</translation>
    </message>
    <message>
        <source>Month not over yet (1) or over (0)</source>
        <translation>Mes aún no terminado (1) o terminado (0)</translation>
    </message>
    <message>
        <source>Per active client per 30 days, over the days so far</source>
        <translation>Por cliente activo cada 30 días, sobre los días transcurridos hasta ahora</translation>
    </message>
    <message>
        <source>Months reflected on, of those over</source>
        <translation>Meses con reflexión, de los transcurridos</translation>
    </message>
    <message>
        <source>%1, %2, rate %3; %4</source>
        <translation>%1, %2, tasa %3; %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln own lapse(s)</source>
        <translation>
            <numerusform>%Ln falta propia</numerusform>
            <numerusform>%Ln faltas propias</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the months over that were reflected on</source>
        <translation>Proporción de los meses transcurridos con reflexión</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>reading what needs attention</source>
        <translation>leer lo que requiere atención</translation>
    </message>
    <message>
        <source>counting incidents by boundary and channel</source>
        <translation>contar los incidentes por límite y canal</translation>
    </message>
    <message>
        <source>counting incidents by time</source>
        <translation>contar los incidentes por tiempo</translation>
    </message>
    <message>
        <source>counting incidents by client</source>
        <translation>contar los incidentes por cliente</translation>
    </message>
    <message>
        <source>measuring how soon incidents were addressed</source>
        <translation>medir la rapidez con que se abordaron los incidentes</translation>
    </message>
    <message>
        <source>looking for clients who need attention</source>
        <translation>buscar clientes que requieren atención</translation>
    </message>
    <message>
        <source>counting active clients</source>
        <translation>contar los clientes activos</translation>
    </message>
    <message>
        <source>A newer request replaced this one.</source>
        <translation>Una solicitud más reciente sustituyó a esta.</translation>
    </message>
    <message>
        <source>counting the months reflected on</source>
        <translation>contar los meses con reflexión</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>El periodo debe empezar el mismo día en que termina o antes.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos.</translation>
    </message>
    <message>
        <source>There is no Boundary Keeper database at %1.</source>
        <translation>No hay ninguna base de datos de Boundary Keeper en %1.</translation>
    </message>
    <message>
        <source>%1 is not a Boundary Keeper database. It was not opened and was not changed.</source>
        <translation>%1 no es una base de datos de Boundary Keeper. No se ha abierto ni modificado.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>No se puede abrir %1.</translation>
    </message>
    <message>
        <source>%1 and its write-ahead log %2 do not read as a sound database, so it was not opened; neither file was changed. If %2 came from another copy of the database, move it away and open %1 again.</source>
        <translation>%1 y su registro de escritura anticipada %2 no se leen como una base de datos en buen estado, así que no se abrió; ninguno de los dos archivos se modificó. Si %2 procede de otra copia de la base de datos, muévalo a otro sitio y vuelva a abrir %1.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened; the file was not changed. Open an earlier copy of it if you have one.</source>
        <translation>%1 está dañado y no se abrió; el archivo no se modificó. Abra una copia anterior si la tiene.</translation>
    </message>
    <message>
        <source>%1 could not be read. The file was not changed.</source>
        <translation>No se pudo leer %1. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The file was not changed.</source>
        <translation>No se pudo abrir %1. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Boundary Keeper. It was not opened and was not changed.</source>
        <translation>%1 es una base de datos SQLite, pero no de Boundary Keeper. No se ha abierto ni modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to open it. The file was not changed.</source>
        <translation>%1 se escribió con una versión más reciente de Boundary Keeper (esquema de base de datos %2; esta versión admite hasta el %3). Actualice Boundary Keeper para abrirlo. El archivo no se modificó.</translation>
    </message>
    <message>
        <source>%1 is read-only and was made by an older Boundary Keeper; it must be upgraded before use, which needs write access. Make the file writable and open it again.</source>
        <translation>%1 es de solo lectura y se creó con una versión anterior de Boundary Keeper; debe actualizarse antes de usarlo, lo que requiere permiso de escritura. Haga que el archivo se pueda escribir y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>No se puede preparar %1: %2</translation>
    </message>
    <message>
        <source>preparing the upgrade</source>
        <translation>preparar la actualización</translation>
    </message>
    <message>
        <source>The upgrade script %1 is missing.</source>
        <translation>Falta el script de actualización %1.</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>actualizar la base de datos a la versión %1</translation>
    </message>
    <message>
        <source>The upgrade to version %1 would leave a row of %2 referring to a missing row of %3; nothing was changed.</source>
        <translation>La actualización a la versión %1 dejaría una fila de %2 que remite a una fila inexistente de %3; no se modificó nada.</translation>
    </message>
    <message>
        <source>recording the database version</source>
        <translation>registrar la versión de la base de datos</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed. Make %1 writable and open it again.</source>
        <translation>La base de datos está abierta en solo lectura, así que no se puede modificar nada. Haga que %1 se pueda escribir y vuelva a abrirla.</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>La base de datos rechazó la operación (%1): %2</translation>
    </message>
    <message>
        <source>The practice on %1 is open read-only, so nothing can be changed.</source>
        <translation>La consulta en %1 está abierta en solo lectura, así que no se puede modificar nada.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>Esta instalación no puede conectarse a servidores PostgreSQL: el controlador PostgreSQL de Qt (libqt6sql6-psql) no está instalado.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1.</source>
        <translation>No se puede conectar con el servidor de la consulta %1.</translation>
    </message>
    <message>
        <source>The practice server %1 could not be read.</source>
        <translation>No se pudo leer el servidor de la consulta %1.</translation>
    </message>
    <message>
        <source>The server at %1 runs PostgreSQL %2; Boundary Keeper needs PostgreSQL 13 or later. Nothing was changed.</source>
        <translation>El servidor en %1 ejecuta PostgreSQL %2; Boundary Keeper necesita PostgreSQL 13 o posterior. No se modificó nada.</translation>
    </message>
    <message>
        <source>The database at %1 holds tables that are not Boundary Keeper&apos;s. It was not changed; give the practice an empty database of its own.</source>
        <translation>La base de datos en %1 contiene tablas que no son de Boundary Keeper. No se modificó; asigne a la consulta una base de datos vacía propia.</translation>
    </message>
    <message>
        <source>There is no Boundary Keeper practice at %1.</source>
        <translation>No hay ninguna consulta de Boundary Keeper en %1.</translation>
    </message>
    <message>
        <source>The practice at %1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to open it. Nothing was changed.</source>
        <translation>La consulta en %1 se escribió con una versión más reciente de Boundary Keeper (esquema de base de datos %2; esta versión admite hasta el %3). Actualice Boundary Keeper para abrirla. No se modificó nada.</translation>
    </message>
    <message>
        <source>The practice at %1 was made by an older Boundary Keeper and must be upgraded before use, which needs write access. Open it again for writing.</source>
        <translation>La consulta en %1 se creó con una versión anterior de Boundary Keeper y debe actualizarse antes de usarla, lo que requiere permiso de escritura. Vuelva a abrirla con permiso de escritura.</translation>
    </message>
    <message>
        <source>telling the other desktops about the change</source>
        <translation>el aviso del cambio a los demás equipos</translation>
    </message>
    <message>
        <source>The database needs an upgrade, and the backup taken before it failed, so it was not upgraded: %1</source>
        <translation>La base de datos necesita una actualización, pero falló la copia de seguridad previa, así que no se actualizó: %1</translation>
    </message>
    <message>
        <source>The practice server cannot be reached, so %1 failed; nothing of it was stored. Try again once the server is back.</source>
        <translation>No se puede acceder al servidor de la consulta, así que falló la operación (%1); no se guardó nada de ella. Vuelva a intentarlo cuando el servidor esté disponible de nuevo.</translation>
    </message>
    <message>
        <source>The practice server %1 still cannot be reached.</source>
        <translation>Sigue sin poderse acceder al servidor de la consulta %1.</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>preparar la conexión</translation>
    </message>
    <message>
        <source>Other desktops&apos; changes to %1 are shown only when the window is next focused.</source>
        <translation>Los cambios que hagan otros equipos en %1 solo se muestran cuando la ventana vuelva a recibir el foco.</translation>
    </message>
    <message>
        <source>checking for changes</source>
        <translation>comprobar si hay cambios</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it asks for a password.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: pide una contraseña.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it did not accept the user name or password. Check both and try again.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: no ha aceptado el nombre de usuario o la contraseña. Compruebe ambos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it does not let this user in from this computer (or not without TLS). Ask whoever runs the server.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: no deja entrar a este usuario desde este equipo (o no sin TLS). Consulte a quien administre el servidor.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: its TLS certificate is not trusted by this computer, so nothing was sent to it. Ask whoever runs the server for its root certificate.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: este equipo no confía en su certificado TLS, así que no se le ha enviado nada. Pida a quien administre el servidor su certificado raíz.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it does not offer the encrypted (TLS) connection this address requires.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: no ofrece la conexión cifrada (TLS) que exige esta dirección.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it has no database named %2.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: no tiene ninguna base de datos llamada %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it cannot be reached. It may be switched off, its address or port may be wrong, or the network may be down.</source>
        <translation>No se puede conectar con el servidor de la consulta %1: no se puede acceder a él. Puede que esté apagado, que su dirección o su puerto sean incorrectos o que la red no funcione.</translation>
    </message>
    <message>
        <source>The audit trail needs an SQLite connection.</source>
        <translation>El registro de auditoría necesita una conexión SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare the audit trail: %1</source>
        <translation>No se puede preparar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>on this computer when it last wrote the practice</source>
        <translation>en este ordenador la última vez que escribió la consulta</translation>
    </message>
    <message>
        <source>%1 record %2 refers to a missing %3 record</source>
        <translation>El registro %2 de %1 remite a un registro de %3 que no existe</translation>
    </message>
    <message>
        <source>Opening %1 was stopped while it was being checked; the file was not changed.</source>
        <translation>Se detuvo la apertura de %1 mientras se comprobaba; el archivo no se modificó.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n record(s) that refer to records that are missing (%2), so it was not opened and was left as it is. Another program changed it without keeping its records together; open an earlier copy of it if you have one.</source>
        <translation>
            <numerusform>%1 tiene %n registro que remite a un registro que no existe (%2), así que no se ha abierto y se ha dejado tal como está. Otro programa lo modificó sin mantener sus registros enlazados; abra una copia anterior si la tiene.</numerusform>
            <numerusform>%1 tiene %n registros que remiten a registros que no existen (%2), así que no se ha abierto y se ha dejado tal como está. Otro programa lo modificó sin mantener sus registros enlazados; abra una copia anterior si la tiene.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Versión del esquema: %1</translation>
    </message>
    <message>
        <source>The file is read-only: it can be read but not changed.</source>
        <translation>El archivo es de solo lectura: se puede leer, pero no modificar.</translation>
    </message>
    <message>
        <source>Create the database, or bring an older one up to date, and show where it is.</source>
        <translation>Crea la base de datos, o actualiza una anterior, y muestra dónde está.</translation>
    </message>
    <message>
        <source>--to takes a server address beginning with postgresql://.</source>
        <translation>--to espera una dirección de servidor que empiece por postgresql://.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables to %3; every count and every signed document&apos;s SHA-256 match. %4 was not changed.</source>
        <translation>Se copiaron %1 filas de %2 tablas a %3; todos los recuentos y el SHA-256 de cada documento firmado coinciden. %4 no se modificó.</translation>
    </message>
    <message>
        <source>Copy the practice from its file into an empty database on a PostgreSQL server.</source>
        <translation>Copia la consulta desde su archivo a una base de datos vacía en un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>The server database to copy into (postgresql://…); it must be empty.</source>
        <translation>La base de datos del servidor a la que se copia (postgresql://…); debe estar vacía.</translation>
    </message>
    <message>
        <source>%1 of %2 rows (%3)</source>
        <translation>%1 de %2 filas (%3)</translation>
    </message>
    <message>
        <source>Every table is copied with the same ids in one transaction on the server. The record count of every table and the SHA-256 of every signed document are then compared on both sides; any difference undoes the copy. The file is only read. Rows go to the server a thousand at a time. On a terminal a progress bar is shown on standard error; the copied tables and their row counts, tab-separated, go to standard output.</source>
        <translation>Cada tabla se copia con los mismos id en una única transacción en el servidor. Después se comparan en ambos lados el número de registros de cada tabla y el SHA-256 de cada documento firmado; cualquier diferencia deshace la copia. El archivo solo se lee. Las filas se envían al servidor de mil en mil. En un terminal se muestra una barra de progreso en la salida de error estándar; las tablas copiadas y su número de filas, separados por tabuladores, van a la salida estándar.</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation>No se pudieron listar las tablas: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation>No se pudieron contar las filas de %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>No se pudo escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s backup interface is not available.</source>
        <translation>La interfaz de copias de seguridad de SQLite no está disponible.</translation>
    </message>
    <message>
        <source>it was cancelled.</source>
        <translation>se canceló.</translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check: %1</source>
        <translation>la copia no superó la comprobación de integridad: %1</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk.</source>
        <translation>no se pudo escribir por completo en el disco.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Boundary Keeper database.</source>
        <translation>%1 no es una base de datos de Boundary Keeper.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database.</source>
        <translation>%1 está dañado: no se puede leer como base de datos.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to use it.</source>
        <translation>%1 se escribió con una versión más reciente de Boundary Keeper (esquema de base de datos %2; esta versión admite hasta el %3). Actualice Boundary Keeper para usarlo.</translation>
    </message>
    <message>
        <source>%1 is damaged: it did not pass the integrity check.</source>
        <translation>%1 está dañado: no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 falló.</translation>
    </message>
    <message>
        <source>Backing up a practice on a server needs pg_dump and pg_restore, which are not installed here (Debian: the package postgresql-client).</source>
        <translation>Para hacer una copia de seguridad de una consulta en un servidor se necesitan pg_dump y pg_restore, que no están instalados aquí (Debian: el paquete postgresql-client).</translation>
    </message>
    <message>
        <source>Restoring a practice on a server needs pg_dump and pg_restore, which are not installed here (Debian: the package postgresql-client).</source>
        <translation>Para restaurar una consulta en un servidor se necesitan pg_dump y pg_restore, que no están instalados aquí (Debian: el paquete postgresql-client).</translation>
    </message>
    <message>
        <source>%1 is not a backup of a practice on a server (pg_dump&apos;s custom format).</source>
        <translation>%1 no es una copia de seguridad de una consulta en un servidor (formato personalizado de pg_dump).</translation>
    </message>
    <message>
        <source>The practice at %1 could not be restored; nothing was changed there: %2</source>
        <translation>No se pudo restaurar la consulta en %1; allí no se modificó nada: %2</translation>
    </message>
</context>
<context>
    <name>DefaultPolicy</name>
    <message>
        <source>Personal space and touch</source>
        <translation>Espacio personal y contacto físico</translation>
    </message>
    <message>
        <source>We each keep a comfortable distance. There is no unwanted or inappropriate touching or show of affection, and no one crowds or intimidates the other by standing too close.</source>
        <translation>Cada uno mantiene una distancia cómoda. No hay contacto físico ni muestras de afecto no deseados o inapropiados, y nadie agobia ni intimida al otro acercándose demasiado.</translation>
    </message>
    <message>
        <source>Any physical contact the work needs, such as correcting a posture, is explained first and happens only with your agreement. Either of us can ask for more space at any time, and the other respects it.</source>
        <translation>Cualquier contacto físico que requiera el trabajo, como corregir una postura, se explica antes y solo se produce con su consentimiento. Cualquiera de los dos puede pedir más espacio en cualquier momento, y el otro lo respeta.</translation>
    </message>
    <message>
        <source>We talk about it straight away, in private. If it happens again, the consequence ladder applies, and unwelcome touching can end the engagement at once.</source>
        <translation>Lo hablamos enseguida, en privado. Si se repite, se aplica la escala de consecuencias, y un contacto físico no deseado puede poner fin a la relación profesional de inmediato.</translation>
    </message>
    <message>
        <source>Each other&apos;s time</source>
        <translation>El tiempo de cada uno</translation>
    </message>
    <message>
        <source>Work happens within working hours. Please do not call outside them unless it is an emergency; in the same way, your practitioner does not contact you after hours unless an appointment was arranged.</source>
        <translation>El trabajo se hace dentro del horario de atención. Por favor, no llame fuera de él salvo en caso de urgencia; del mismo modo, su profesional no se pone en contacto con usted fuera de horario salvo que se haya concertado una cita.</translation>
    </message>
    <message>
        <source>Outside working hours, send non-urgent matters by email; they are answered on the next working day. Appointments at unusual times are agreed in advance.</source>
        <translation>Fuera del horario de atención, envíe los asuntos no urgentes por correo electrónico; se responden el siguiente día laborable. Las citas en horarios poco habituales se acuerdan con antelación.</translation>
    </message>
    <message>
        <source>We talk about it and agree how to reach each other. Calls outside hours are not answered, and repeated after-hours contact moves up the consequence ladder.</source>
        <translation>Lo hablamos y acordamos cómo contactarnos. Las llamadas fuera de horario no se atienden, y el contacto repetido fuera de horario avanza en la escala de consecuencias.</translation>
    </message>
    <message>
        <source>Respectful body language and gestures</source>
        <translation>Lenguaje corporal y gestos respetuosos</translation>
    </message>
    <message>
        <source>We use only respectful body language with each other: no rude gestures, poses or mimicking.</source>
        <translation>Entre nosotros solo usamos un lenguaje corporal respetuoso: nada de gestos groseros, posturas ofensivas ni burlas imitando al otro.</translation>
    </message>
    <message>
        <source>Disagreement and frustration are welcome in words. If something annoys you, say so, and we will look at it together.</source>
        <translation>El desacuerdo y la frustración son bienvenidos expresados con palabras. Si algo le molesta, dígalo y lo veremos juntos.</translation>
    </message>
    <message>
        <source>We pause and talk about what happened. If it continues, the consequence ladder applies.</source>
        <translation>Hacemos una pausa y hablamos de lo ocurrido. Si continúa, se aplica la escala de consecuencias.</translation>
    </message>
    <message>
        <source>No yelling, cursing or name-calling</source>
        <translation>Sin gritos, insultos ni palabrotas</translation>
    </message>
    <message>
        <source>Neither of us yells at, curses at or calls the other names. This applies to both sides equally.</source>
        <translation>Ninguno de los dos grita, insulta ni dirige palabrotas al otro. Esto se aplica a ambas partes por igual.</translation>
    </message>
    <message>
        <source>We speak calmly, even when the conversation is difficult. Either of us can ask for a short break and come back to the topic.</source>
        <translation>Hablamos con calma, incluso cuando la conversación es difícil. Cualquiera de los dos puede pedir una breve pausa y volver después al tema.</translation>
    </message>
    <message>
        <source>The session pauses until we can talk calmly. We then discuss what happened, and repeated incidents move up the consequence ladder.</source>
        <translation>La sesión se interrumpe hasta que podamos hablar con calma. Después hablamos de lo ocurrido, y los incidentes repetidos avanzan en la escala de consecuencias.</translation>
    </message>
    <message>
        <source>No bullying</source>
        <translation>Sin acoso</translation>
    </message>
    <message>
        <source>There is no bullying of any kind: no threats, intimidation, humiliation or pressure, in person or online.</source>
        <translation>No hay acoso de ningún tipo: ni amenazas, ni intimidación, ni humillaciones, ni presiones, en persona o en línea.</translation>
    </message>
    <message>
        <source>We raise concerns openly and respectfully, and we accept a clear &quot;no&quot;.</source>
        <translation>Planteamos las inquietudes de forma abierta y respetuosa, y aceptamos un «no» claro.</translation>
    </message>
    <message>
        <source>Bullying is addressed at once. Depending on how serious it is, we may start higher on the consequence ladder, up to ending the engagement.</source>
        <translation>El acoso se aborda de inmediato. Según su gravedad, podemos empezar más arriba en la escala de consecuencias, hasta poner fin a la relación profesional.</translation>
    </message>
    <message>
        <source>The golden rule</source>
        <translation>La regla de oro</translation>
    </message>
    <message>
        <source>We treat each other, and each other&apos;s property, the way we would want to be treated ourselves.</source>
        <translation>Nos tratamos el uno al otro, y tratamos las pertenencias del otro, como querríamos que nos trataran a nosotros.</translation>
    </message>
    <message>
        <source>Equipment, rooms and belongings are used with care, and we show equal respect for each other&apos;s culture and beliefs.</source>
        <translation>El material, las salas y los objetos personales se usan con cuidado, y mostramos el mismo respeto por la cultura y las creencias del otro.</translation>
    </message>
    <message>
        <source>We talk about it. Damage to property is put right, and repeated disrespect moves up the consequence ladder.</source>
        <translation>Lo hablamos. Los daños materiales se reparan, y la falta de respeto repetida avanza en la escala de consecuencias.</translation>
    </message>
    <message>
        <source>Personal questions</source>
        <translation>Preguntas personales</translation>
    </message>
    <message>
        <source>Personal questions stay within the professional context of our work together.</source>
        <translation>Las preguntas personales se mantienen dentro del contexto profesional de nuestro trabajo conjunto.</translation>
    </message>
    <message>
        <source>Questions that help the work are welcome. Either of us may decline to answer a question that goes beyond it, without having to explain why.</source>
        <translation>Las preguntas que ayudan al trabajo son bienvenidas. Cualquiera de los dos puede no responder a una pregunta que vaya más allá, sin tener que explicar por qué.</translation>
    </message>
    <message>
        <source>We gently steer back to the work. If it keeps happening, we talk about it and the consequence ladder applies.</source>
        <translation>Reconducimos la conversación con tacto hacia el trabajo. Si sigue ocurriendo, lo hablamos y se aplica la escala de consecuencias.</translation>
    </message>
    <message>
        <source>Contact through agreed channels</source>
        <translation>Contacto por los canales acordados</translation>
    </message>
    <message>
        <source>We contact each other only through the channels agreed in the communication terms. Excessive contact, or contact through other channels, crosses this boundary.</source>
        <translation>Nos ponemos en contacto solo por los canales acordados en las condiciones de comunicación. El contacto excesivo, o por otros canales, traspasa este límite.</translation>
    </message>
    <message>
        <source>Use the agreed channels and allow for the response times stated there. One message is enough; it will be answered.</source>
        <translation>Use los canales acordados y tenga en cuenta los tiempos de respuesta indicados en ellas. Basta con un mensaje; recibirá respuesta.</translation>
    </message>
    <message>
        <source>Messages through other channels may go unanswered. We review the communication terms together, and repeated contact outside them moves up the consequence ladder.</source>
        <translation>Los mensajes por otros canales pueden quedar sin respuesta. Revisamos juntos las condiciones de comunicación, y el contacto repetido fuera de ellas avanza en la escala de consecuencias.</translation>
    </message>
    <message>
        <source>Emotional support within professional limits</source>
        <translation>Apoyo emocional dentro de los límites profesionales</translation>
    </message>
    <message>
        <source>Support is part of good work together, within professional limits. Your practitioner cannot be a friend, a confidant or a round-the-clock source of support.</source>
        <translation>El apoyo forma parte de un buen trabajo conjunto, dentro de los límites profesionales. Su profesional no puede ser un amigo, un confidente ni una fuente de apoyo a todas horas.</translation>
    </message>
    <message>
        <source>We use sessions to work towards your goals. When you need more support than this relationship can give, your practitioner helps you find the right person or service.</source>
        <translation>Usamos las sesiones para avanzar hacia sus objetivos. Cuando necesite más apoyo del que esta relación puede ofrecer, su profesional le ayuda a encontrar a la persona o el servicio adecuados.</translation>
    </message>
    <message>
        <source>We talk openly about what you need, agree where the limits lie, and may refer you to other support.</source>
        <translation>Hablamos abiertamente de lo que necesita, acordamos dónde están los límites y podemos derivarle a otros apoyos.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>What is shared in our work stays confidential, on both sides.</source>
        <translation>Lo que se comparte en nuestro trabajo es confidencial, por ambas partes.</translation>
    </message>
    <message>
        <source>Your practitioner keeps your records private and shares information only with your consent or where the law requires it. Please keep what you learn about the practice and its other clients private too.</source>
        <translation>Su profesional mantiene sus datos en privado y solo comparte información con su consentimiento o cuando la ley lo exige. Le pedimos que también mantenga en privado lo que sepa de la consulta y de sus otros clientes.</translation>
    </message>
    <message>
        <source>We talk about what was shared and how to prevent it happening again. A serious breach can end the engagement.</source>
        <translation>Hablamos de lo que se compartió y de cómo evitar que vuelva a ocurrir. Una infracción grave puede poner fin a la relación profesional.</translation>
    </message>
    <message>
        <source>Personal and workplace problems stay out of sessions</source>
        <translation>Los problemas personales y laborales se quedan fuera de las sesiones</translation>
    </message>
    <message>
        <source>Your practitioner does not bring their own personal or workplace problems into sessions. Sessions are about you: you are not there to listen to your practitioner&apos;s troubles.</source>
        <translation>Su profesional no lleva a las sesiones sus propios problemas personales o laborales. Las sesiones tratan de usted: usted no está ahí para escuchar los problemas de su profesional.</translation>
    </message>
    <message>
        <source>If something in your practitioner&apos;s life affects the service, such as availability or a deadline, you are told openly how it is being handled and what changes for you, without personal detail.</source>
        <translation>Si algo en la vida de su profesional afecta al servicio, como la disponibilidad o un plazo, se le informa abiertamente de cómo se está gestionando y de qué cambia para usted, sin detalles personales.</translation>
    </message>
    <message>
        <source>Please tell your practitioner if this happens. They record it, reflect on it and, where needed, seek supervision.</source>
        <translation>Si esto ocurre, dígaselo a su profesional. Lo registrará, reflexionará sobre ello y, si es necesario, buscará supervisión.</translation>
    </message>
    <message>
        <source>A private conversation</source>
        <translation>Una conversación en privado</translation>
    </message>
    <message>
        <source>We talk about it calmly and in private: the specific behaviour, the boundary, why it matters and what happens instead. We look for the cause together and a fair compromise where one is reasonable.</source>
        <translation>Hablamos de ello con calma y en privado: el comportamiento concreto, el límite, por qué es importante y qué hacer en su lugar. Buscamos juntos la causa y, cuando sea razonable, un compromiso justo.</translation>
    </message>
    <message>
        <source>A written summary</source>
        <translation>Un resumen por escrito</translation>
    </message>
    <message>
        <source>You receive a short written summary of the conversation and of anything we agreed.</source>
        <translation>Recibe un breve resumen por escrito de la conversación y de lo que hayamos acordado.</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Objetivos y seguimiento</translation>
    </message>
    <message>
        <source>We set clear goals for changing the behaviour and check progress on agreed dates.</source>
        <translation>Fijamos objetivos claros para cambiar el comportamiento y comprobamos los avances en las fechas acordadas.</translation>
    </message>
    <message>
        <source>A behavioural contract</source>
        <translation>Un contrato de conducta</translation>
    </message>
    <message>
        <source>If the behaviour continues, we meet and write a contract together: what is appropriate, the behaviour that replaces it, measurable goals, the consequences and a review date. We both sign it.</source>
        <translation>Si el comportamiento continúa, nos reunimos y redactamos juntos un contrato: qué es lo adecuado, el comportamiento que lo sustituye, objetivos medibles, las consecuencias y una fecha de revisión. Lo firmamos ambos.</translation>
    </message>
    <message>
        <source>Training or resources</source>
        <translation>Formación o recursos</translation>
    </message>
    <message>
        <source>Your practitioner offers training or resources that help you develop in this area.</source>
        <translation>Su profesional le ofrece formación o recursos que le ayuden a mejorar en este aspecto.</translation>
    </message>
    <message>
        <source>Supervision and advice</source>
        <translation>Supervisión y asesoramiento</translation>
    </message>
    <message>
        <source>Your practitioner seeks advice from a colleague or supervisor on how best to continue.</source>
        <translation>Su profesional pide consejo a un colega o supervisor sobre la mejor manera de continuar.</translation>
    </message>
    <message>
        <source>Ending the engagement</source>
        <translation>Fin de la relación profesional</translation>
    </message>
    <message>
        <source>As the last step, the working relationship ends. This is explained to you in writing.</source>
        <translation>Como último paso, la relación profesional termina. Se le explica por escrito.</translation>
    </message>
</context>
<context>
    <name>DefaultPractice</name>
    <message>
        <source>Your practitioner guides you towards the goals you set together, holds you accountable to them, prepares each session, keeps appointments and promises, and treats you with respect, honesty and integrity. They work within their competence and tell you when someone else can help you better.</source>
        <translation>Su profesional le guía hacia los objetivos que fijan juntos, le ayuda a responsabilizarse de ellos, prepara cada sesión, cumple las citas y las promesas, y le trata con respeto, honestidad e integridad. Trabaja dentro de sus competencias y le dice cuándo otra persona puede ayudarle mejor.</translation>
    </message>
    <message>
        <source>You take an active part in the work: you come to sessions prepared and on time, let us know in good time when you cannot attend, do the agreed work between sessions, and tell your practitioner openly when something is not working for you.</source>
        <translation>Usted participa activamente en el trabajo: llega a las sesiones preparado y puntual, avisa con tiempo cuando no puede asistir, hace el trabajo acordado entre sesiones y le dice abiertamente a su profesional cuando algo no le funciona.</translation>
    </message>
    <message>
        <source>Scheduled sessions towards the goals we agree, preparation and follow-up for them, and answers to questions about our work through the agreed channels.</source>
        <translation>Sesiones programadas para avanzar hacia los objetivos acordados, su preparación y seguimiento, y respuestas a preguntas sobre nuestro trabajo por los canales acordados.</translation>
    </message>
    <message>
        <source>Crisis or emergency support, medical, legal or financial advice, and help with matters outside the agreed goals. Your practitioner can point you to the right service for these.</source>
        <translation>Apoyo en crisis o urgencias, asesoramiento médico, jurídico o financiero, y ayuda en asuntos ajenos a los objetivos acordados. Su profesional puede indicarle el servicio adecuado para ello.</translation>
    </message>
    <message>
        <source>By the next working day</source>
        <translation>El siguiente día laborable</translation>
    </message>
    <message>
        <source>Within two working days</source>
        <translation>En dos días laborables</translation>
    </message>
    <message>
        <source>Non-urgent messages are answered within 24 to 48 hours on working days. For anything urgent outside working hours, please send an email; it is answered on the next working day.</source>
        <translation>Los mensajes no urgentes se responden en un plazo de 24 a 48 horas en días laborables. Para cualquier asunto urgente fuera del horario de atención, envíe un correo electrónico; se responde el siguiente día laborable.</translation>
    </message>
    <message>
        <source>An emergency is a situation where someone&apos;s health or safety is at risk right now. A change of plans, a missed session or a difficult day is important, but it is not an emergency.</source>
        <translation>Una urgencia es una situación en la que la salud o la seguridad de alguien corre peligro en ese momento. Un cambio de planes, una sesión perdida o un día difícil son importantes, pero no son una urgencia.</translation>
    </message>
    <message>
        <source>In an emergency, call the local emergency number first. Afterwards, let your practitioner know by phone or email.</source>
        <translation>En caso de urgencia, llame primero al número de emergencias local. Después, avise a su profesional por teléfono o correo electrónico.</translation>
    </message>
</context>
<context>
    <name>DemoPractice</name>
    <message>
        <source>Career transition coaching, fortnightly sessions.</source>
        <translation>Coaching de transición profesional, sesiones quincenales.</translation>
    </message>
    <message>
        <source>Strength training three times a week; prefers early mornings.</source>
        <translation>Entrenamiento de fuerza tres veces por semana; prefiere primera hora de la mañana.</translation>
    </message>
    <message>
        <source>Leadership coaching over video; lives in Madrid.</source>
        <translation>Coaching de liderazgo por vídeo; vive en Madrid.</translation>
    </message>
    <message>
        <source>Paused for parental leave; check in next quarter.</source>
        <translation>En pausa por permiso parental; retomar el contacto el próximo trimestre.</translation>
    </message>
    <message>
        <source>First meeting booked; agreement still to be signed.</source>
        <translation>Primera reunión concertada; el acuerdo aún está por firmar.</translation>
    </message>
    <message>
        <source>Tutoring in statistics before exams.</source>
        <translation>Clases de estadística antes de los exámenes.</translation>
    </message>
    <message>
        <source>Business coaching for a new studio opening.</source>
        <translation>Coaching empresarial para la apertura de un nuevo estudio.</translation>
    </message>
    <message>
        <source>Engagement ended by mutual agreement after goals were met.</source>
        <translation>Relación profesional finalizada de mutuo acuerdo tras alcanzar los objetivos.</translation>
    </message>
    <message>
        <source>Nutrition and habit coaching.</source>
        <translation>Coaching de nutrición y hábitos.</translation>
    </message>
    <message>
        <source>Enquiry through a referral; introductory call pending.</source>
        <translation>Consulta recibida por recomendación; llamada de presentación pendiente.</translation>
    </message>
    <message>
        <source>Starts next week; wants sessions in French where possible.</source>
        <translation>Empieza la semana que viene; quiere sesiones en francés cuando sea posible.</translation>
    </message>
    <message>
        <source>Consulting on a product launch; time zone UTC-3.</source>
        <translation>Consultoría para el lanzamiento de un producto; zona horaria UTC-3.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>What if something urgent comes up on a Sunday?</source>
        <translation>¿Y si surge algo urgente un domingo?</translation>
    </message>
    <message>
        <source>Leave a message; it is returned on Monday morning. In an emergency, call the emergency number first.</source>
        <translation>Deje un mensaje; se le devolverá la llamada el lunes por la mañana. En caso de urgencia, llame primero al número de emergencias.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Personal trainer</source>
        <translation>Entrenador personal</translation>
    </message>
    <message>
        <source>Career, leadership and business coaching; personal training and habit coaching; session notes and a training plan between sessions.</source>
        <translation>Coaching profesional, de liderazgo y empresarial; entrenamiento personal y coaching de hábitos; notas de sesión y un plan de entrenamiento entre sesiones.</translation>
    </message>
    <message>
        <source>Same working day</source>
        <translation>El mismo día laborable</translation>
    </message>
    <message>
        <source>We talk about it and agree how to reach each other. Calls outside working hours go to voicemail and are returned on the next working day; a second after-hours call in a month leads to a written summary.</source>
        <translation>Lo hablamos y acordamos cómo contactarnos. Las llamadas fuera del horario de atención van al buzón de voz y se devuelven el siguiente día laborable; una segunda llamada fuera de horario en un mes da lugar a un resumen por escrito.</translation>
    </message>
    <message>
        <source>Starting and ending on time</source>
        <translation>Empezar y terminar a la hora</translation>
    </message>
    <message>
        <source>Sessions start and end at the agreed time, so that each client gets their full time.</source>
        <translation>Las sesiones empiezan y terminan a la hora acordada, para que cada cliente disponga de todo su tiempo.</translation>
    </message>
    <message>
        <source>Arrive a few minutes early. Cancel or move a session at least 24 hours ahead.</source>
        <translation>Llegue unos minutos antes. Cancele o cambie una sesión con al menos 24 horas de antelación.</translation>
    </message>
    <message>
        <source>A late start is not made up at the end. Sessions cancelled with less notice are charged in full.</source>
        <translation>Un inicio tardío no se recupera al final. Las sesiones canceladas con menos antelación se cobran íntegramente.</translation>
    </message>
    <message>
        <source>Questions that help the work are welcome. Either of us may decline to answer a question that goes beyond it; a simple &quot;I&apos;d rather keep that private&quot; is enough.</source>
        <translation>Las preguntas que ayudan al trabajo son bienvenidas. Cualquiera de los dos puede no responder a una pregunta que vaya más allá; basta con un sencillo «prefiero no hablar de eso».</translation>
    </message>
    <message>
        <source>Working hours and urgent matters: a one-page guide</source>
        <translation>Horario de atención y asuntos urgentes: guía de una página</translation>
    </message>
    <message>
        <source>Speaking up calmly: a short course</source>
        <translation>Expresarse con calma: un curso breve</translation>
    </message>
    <message>
        <source>Phoned at 21:30 to move Thursday&apos;s session.</source>
        <translation>Llamó a las 21:30 para cambiar la sesión del jueves.</translation>
    </message>
    <message>
        <source>Called late in the evening about the training plan; third late call this month.</source>
        <translation>Llamó a última hora de la tarde por el plan de entrenamiento; tercera llamada tardía este mes.</translation>
    </message>
    <message>
        <source>Talked before training. Daniel had not realised the hours applied to quick questions; agreed to text questions and wait for the morning.</source>
        <translation>Hablamos antes del entrenamiento. Daniel no se había dado cuenta de que el horario se aplicaba a las preguntas rápidas; acordó enviar las preguntas por SMS y esperar a la mañana.</translation>
    </message>
    <message>
        <source>Two goals agreed.</source>
        <translation>Dos objetivos acordados.</translation>
    </message>
    <message>
        <source>No calls after 18:00 on working days</source>
        <translation>Ninguna llamada después de las 18:00 en días laborables</translation>
    </message>
    <message>
        <source>Questions by email, answered next working day</source>
        <translation>Preguntas por correo electrónico, respondidas el siguiente día laborable</translation>
    </message>
    <message>
        <source>One late call in two weeks, down from four.</source>
        <translation>Una llamada tardía en dos semanas, frente a cuatro.</translation>
    </message>
    <message>
        <source>Called at 21:45 about a missed session.</source>
        <translation>Llamó a las 21:45 por una sesión perdida.</translation>
    </message>
    <message>
        <source>Talked again; Daniel asked for a clearer arrangement. A behavioural contract is next.</source>
        <translation>Hablamos de nuevo; Daniel pidió un acuerdo más claro. El siguiente paso es un contrato de conducta.</translation>
    </message>
    <message>
        <source>Long emails every day asking for reassurance between sessions.</source>
        <translation>Correos largos cada día pidiendo que lo tranquilizaran entre sesiones.</translation>
    </message>
    <message>
        <source>Agreed to bring worries to the session and to use the support line in a crisis.</source>
        <translation>Acordó traer sus preocupaciones a la sesión y usar la línea de ayuda en caso de crisis.</translation>
    </message>
    <message>
        <source>Asked about the practitioner&apos;s relationship and family plans during a session.</source>
        <translation>Preguntó por la relación de pareja y los planes familiares del profesional durante una sesión.</translation>
    </message>
    <message>
        <source>Sofia apologised; she meant to be friendly.</source>
        <translation>Sofía se disculpó; quería ser amable.</translation>
    </message>
    <message>
        <source>Sessions stay on the coaching agenda</source>
        <translation>Las sesiones se ciñen al programa de coaching</translation>
    </message>
    <message>
        <source>No further personal questions.</source>
        <translation>No hubo más preguntas personales.</translation>
    </message>
    <message>
        <source>Resolved after one conversation; goal met.</source>
        <translation>Resuelto tras una conversación; objetivo cumplido.</translation>
    </message>
    <message>
        <source>Raised his voice and swore when a mock exam went badly.</source>
        <translation>Levantó la voz y soltó palabrotas cuando un examen de prueba le salió mal.</translation>
    </message>
    <message>
        <source>Exam stress; agreed to ask for a pause instead.</source>
        <translation>Estrés por los exámenes; acordó pedir una pausa en su lugar.</translation>
    </message>
    <message>
        <source>Summary of our conversation.</source>
        <translation>Resumen de nuestra conversación.</translation>
    </message>
    <message>
        <source>Ask for a pause when frustrated</source>
        <translation>Pedir una pausa cuando se sienta frustrado</translation>
    </message>
    <message>
        <source>Shouted again at the next session.</source>
        <translation>Volvió a gritar en la siguiente sesión.</translation>
    </message>
    <message>
        <source>We speak calmly, even when a session is frustrating.</source>
        <translation>Hablamos con calma, incluso cuando una sesión resulta frustrante.</translation>
    </message>
    <message>
        <source>Saying &quot;I need a pause&quot; and taking five minutes.</source>
        <translation>Decir «necesito una pausa» y tomarse cinco minutos.</translation>
    </message>
    <message>
        <source>No raised voice or swearing in the next eight sessions.</source>
        <translation>Sin levantar la voz ni decir palabrotas en las próximas ocho sesiones.</translation>
    </message>
    <message>
        <source>A pause is asked for at least once when frustrated.</source>
        <translation>Pide una pausa al menos una vez cuando se siente frustrado.</translation>
    </message>
    <message>
        <source>Another outburst means a review of whether to continue tutoring.</source>
        <translation>Otro arrebato supondrá revisar si se continúan las clases.</translation>
    </message>
    <message>
        <source>Sent the course link.</source>
        <translation>Se envió el enlace del curso.</translation>
    </message>
    <message>
        <source>Discussed with my supervisor; continue with the contract.</source>
        <translation>Lo hablé con mi supervisora; seguimos con el contrato.</translation>
    </message>
    <message>
        <source>Sent several messages through a social network over the weekend.</source>
        <translation>Envió varios mensajes por una red social durante el fin de semana.</translation>
    </message>
    <message>
        <source>Agreed to use the messaging app only.</source>
        <translation>Acordó usar solo la aplicación de mensajería.</translation>
    </message>
    <message>
        <source>Messages through the agreed app only</source>
        <translation>Mensajes solo por la aplicación acordada</translation>
    </message>
    <message>
        <source>Repeatedly belittled the practitioner&apos;s advice in front of his team.</source>
        <translation>Menospreció repetidamente los consejos del profesional delante de su equipo.</translation>
    </message>
    <message>
        <source>Talked privately.</source>
        <translation>Hablamos en privado.</translation>
    </message>
    <message>
        <source>Consulted a colleague after it continued.</source>
        <translation>Consulté a un colega después de que continuara.</translation>
    </message>
    <message>
        <source>Ended the engagement in writing, with a referral.</source>
        <translation>Relación profesional finalizada por escrito, con derivación.</translation>
    </message>
    <message>
        <source>I replied to Priya&apos;s message at 23:40; it could have waited for the morning.</source>
        <translation>Respondí al mensaje de Priya a las 23:40; podría haber esperado a la mañana.</translation>
    </message>
    <message>
        <source>Told Amy in two sentences that I changed careers at 35 too; we were back on her plan within a minute.</source>
        <translation>Le conté a Amy en dos frases que yo también cambié de profesión a los 35; al minuto ya volvíamos a estar con su plan.</translation>
    </message>
    <message>
        <source>Wanted to tell Daniel about my own knee operation. It would have been about me, not his training.</source>
        <translation>Quise contarle a Daniel lo de mi propia operación de rodilla. Habría tratado de mí, no de su entrenamiento.</translation>
    </message>
    <message>
        <source>My own studio closed in 2019. Relevant to Priya&apos;s opening, but I am not sure I can keep it short; raising it in supervision first.</source>
        <translation>Mi propio estudio cerró en 2019. Viene al caso para la apertura de Priya, pero no sé si sabré ser breve; primero lo llevo a supervisión.</translation>
    </message>
    <message>
        <source>I answered Daniel&apos;s questions on a Sunday twice; he took it as an open line.</source>
        <translation>Respondí dos veces en domingo a las preguntas de Daniel; lo entendió como una línea siempre abierta.</translation>
    </message>
    <message>
        <source>Wanting to be helpful. Saying when I would answer helped.</source>
        <translation>Quería ser útil. Me ayudó decir cuándo iba a responder.</translation>
    </message>
    <message>
        <source>Replies on working days only; take the Sunday messages to supervision.</source>
        <translation>Respuestas solo en días laborables; llevar los mensajes del domingo a supervisión.</translation>
    </message>
    <message>
        <source>Priya&apos;s late messages, and my own reply at 23:40.</source>
        <translation>Los mensajes de Priya a altas horas, y mi propia respuesta a las 23:40.</translation>
    </message>
    <message>
        <source>Her opening date was close and I felt her stress. Muting notifications after 19:00 helped.</source>
        <translation>Se acercaba la fecha de su apertura y sentí su estrés. Me ayudó silenciar las notificaciones a partir de las 19:00.</translation>
    </message>
    <message>
        <source>Keep notifications off in the evening; talk about the studio story in supervision.</source>
        <translation>Mantener las notificaciones desactivadas por la noche; hablar de la historia del estudio en supervisión.</translation>
    </message>
    <message>
        <source>The working hours apply to quick questions too. Text me your questions in the evening, and I&apos;ll answer them in the morning.</source>
        <translation>El horario de atención también se aplica a las preguntas rápidas. Si por la noche me envía sus preguntas por SMS, se las responderé por la mañana.</translation>
    </message>
    <message>
        <source>You bring your worries to our sessions, and in a crisis you call the support line, which is there day and night.</source>
        <translation>Usted trae sus preocupaciones a nuestras sesiones y, en caso de crisis, llama a la línea de ayuda, que atiende de día y de noche.</translation>
    </message>
</context>
<context>
    <name>DisclosureCheck</name>
    <message>
        <source>Whose need does sharing this serve?</source>
        <translation>¿A qué necesidad responde compartir esto?</translation>
    </message>
    <message>
        <source>Is it relevant to what the client is working on?</source>
        <translation>¿Es relevante para aquello en lo que trabaja el cliente?</translation>
    </message>
    <message>
        <source>Can you say it in a sentence or two?</source>
        <translation>¿Puede decirlo en una o dos frases?</translation>
    </message>
    <message>
        <source>Will the focus come straight back to the client?</source>
        <translation>¿Volverá la atención enseguida al cliente?</translation>
    </message>
    <message>
        <source>Would you be comfortable seeing it in the record?</source>
        <translation>¿Le parecería bien verlo escrito en el expediente?</translation>
    </message>
    <message>
        <source>Wanting to vent, to be supported or to be understood is a need of your own.</source>
        <translation>Querer desahogarse, sentirse apoyado o comprendido es una necesidad propia.</translation>
    </message>
    <message>
        <source>A short experience can give hope or understanding when it speaks to their goal.</source>
        <translation>Una experiencia breve puede dar esperanza o comprensión cuando guarda relación con su objetivo.</translation>
    </message>
    <message>
        <source>How much is enough: the point, not the story.</source>
        <translation>Lo justo: la idea, no la historia.</translation>
    </message>
    <message>
        <source>Share, then hand the conversation back with a question about them.</source>
        <translation>Compártalo y devuelva la conversación con una pregunta sobre el cliente.</translation>
    </message>
    <message>
        <source>Imagine it written in your notes of the session.</source>
        <translation>Imagínelo escrito en sus notas de la sesión.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>No estoy seguro</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>La del cliente</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>It would meet a need of your own, and clients are not confidants: take it to a colleague, your supervisor or the people who support you.</source>
        <translation>Respondería a una necesidad propia, y los clientes no son confidentes: llévelo a un colega, a su supervisor o a las personas que le apoyan.</translation>
    </message>
    <message>
        <source>It is not relevant to what the client is working on, so it would spend their time on your story.</source>
        <translation>No es relevante para aquello en lo que trabaja el cliente, así que dedicaría el tiempo del cliente a su historia.</translation>
    </message>
    <message>
        <source>It cannot be told briefly, and a long story turns the session towards you.</source>
        <translation>No se puede contar brevemente, y una historia larga desvía la sesión hacia usted.</translation>
    </message>
    <message>
        <source>The focus would stay with you instead of coming straight back to the client.</source>
        <translation>La atención se quedaría en usted en lugar de volver enseguida al cliente.</translation>
    </message>
    <message>
        <source>You would not be comfortable seeing it in the record, a sign that it does not belong in the session.</source>
        <translation>No le parecería bien verlo en el expediente, señal de que no tiene cabida en la sesión.</translation>
    </message>
    <message>
        <source>You are not sure whose need it would serve.</source>
        <translation>No está seguro de a qué necesidad respondería.</translation>
    </message>
    <message>
        <source>You are not sure it is relevant to what the client is working on.</source>
        <translation>No está seguro de que sea relevante para aquello en lo que trabaja el cliente.</translation>
    </message>
    <message>
        <source>You are not sure you can keep it brief.</source>
        <translation>No está seguro de poder ser breve.</translation>
    </message>
    <message>
        <source>You are not sure the focus would come straight back to the client.</source>
        <translation>No está seguro de que la atención vuelva enseguida al cliente.</translation>
    </message>
    <message>
        <source>You are not sure you would be comfortable seeing it in the record.</source>
        <translation>No está seguro de que le parecería bien verlo en el expediente.</translation>
    </message>
    <message>
        <source>When in doubt, don&apos;t: hold it back for now and talk it over with your supervisor.</source>
        <translation>Ante la duda, mejor no: guárdelo por ahora y háblelo con su supervisor.</translation>
    </message>
    <message>
        <source>It serves the client, speaks to their goal and can be said briefly: share it in a sentence or two, then turn the conversation back to them.</source>
        <translation>Sirve al cliente, guarda relación con su objetivo y se puede decir brevemente: compártalo en una o dos frases y devuelva la conversación al cliente.</translation>
    </message>
    <message>
        <source>Go ahead, briefly</source>
        <translation>Adelante, brevemente</translation>
    </message>
    <message>
        <source>Better not</source>
        <translation>Mejor no</translation>
    </message>
    <message>
        <source>Talk to your supervisor first</source>
        <translation>Hable antes con su supervisor</translation>
    </message>
</context>
<context>
    <name>DisclosureDecisions</name>
    <message>
        <source>I shared it briefly</source>
        <translation>Lo compartí brevemente</translation>
    </message>
    <message>
        <source>I kept it to myself</source>
        <translation>Me lo guardé</translation>
    </message>
    <message>
        <source>I&apos;ll talk it over with my supervisor</source>
        <translation>Lo hablaré con mi supervisor</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>francés</translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>Signed on paper.</source>
        <translation>Firmado en papel.</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Nombre no registrado</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Firmado el %1</translation>
    </message>
    <message>
        <source>Date: ____________________</source>
        <translation>Fecha: ____________________</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>La consulta</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>No practitioner was named.</source>
        <translation>No se indicó ningún profesional.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>No contact details were given.</source>
        <translation>No se indicaron datos de contacto.</translation>
    </message>
    <message>
        <source>Consent to sign electronically</source>
        <translation>Consentimiento para firmar electrónicamente</translation>
    </message>
    <message>
        <source>No consent statement was recorded.</source>
        <translation>No se registró ninguna declaración de consentimiento.</translation>
    </message>
    <message>
        <source>The client gave this consent.</source>
        <translation>El cliente dio este consentimiento.</translation>
    </message>
    <message>
        <source>The client has not given this consent.</source>
        <translation>El cliente no ha dado este consentimiento.</translation>
    </message>
    <message>
        <source>Statement of intent</source>
        <translation>Declaración de intenciones</translation>
    </message>
    <message>
        <source>No statement of intent was recorded.</source>
        <translation>No se registró ninguna declaración de intenciones.</translation>
    </message>
    <message>
        <source>Practitioner (countersignature)</source>
        <translation>Profesional (contrafirma)</translation>
    </message>
    <message>
        <source>Not countersigned yet</source>
        <translation>Aún sin contrafirmar</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Aún sin firmar</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID del documento</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Electronic, with the client&apos;s consent</source>
        <translation>Electrónica, con el consentimiento del cliente</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Firma del cliente</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Firma del profesional</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>Contrafirmado por</translation>
    </message>
    <message>
        <source>Practice time zone</source>
        <translation>Zona horaria de la consulta</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Hora de la consulta</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>No events were recorded.</source>
        <translation>No se registraron eventos.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>Computer: %1. Account on it: %2.</source>
        <translation>Equipo: %1. Cuenta en él: %2.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Verifying this document</source>
        <translation>Verificación de este documento</translation>
    </message>
    <message>
        <source>Verify this document with Boundary Keeper: choose File ▸ Verify a PDF… in the app, or run &quot;boundary-keeper-cli verify FILE.pdf&quot;. The SHA-256 of the final PDF file is stored in the practice&apos;s records when it is produced; a file cannot contain its own hash, so this page carries the document ID instead. A file whose hash does not match the stored one has been altered.</source>
        <translation>Verifique este documento con Boundary Keeper: elija Archivo ▸ Verificar un PDF… en la aplicación o ejecute «boundary-keeper-cli verify FILE.pdf». El SHA-256 del archivo PDF final se guarda en los registros de la consulta cuando se genera; un archivo no puede contener su propio hash, así que esta página lleva en su lugar el ID del documento. Un archivo cuyo hash no coincide con el guardado se ha alterado.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>No se pudo iniciar el PDF.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>No se pudo terminar el PDF.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>El PDF salió vacío.</translation>
    </message>
    <message>
        <source>Unsigned copy · Document ID %1</source>
        <translation>Copia sin firmar · ID del documento %1</translation>
    </message>
    <message>
        <source>%1 · Document ID %2</source>
        <translation>%1 · ID del documento %2</translation>
    </message>
    <message>
        <source>To ask for a paper copy or to withdraw this consent: %1.</source>
        <translation>Para pedir una copia en papel o retirar este consentimiento: %1.</translation>
    </message>
    <message>
        <source>Signing electronically</source>
        <translation>Firma electrónica</translation>
    </message>
    <message>
        <source>Paper copy: the client may ask for a paper copy of this document at any time, free of charge, from %1.</source>
        <translation>Copia en papel: el cliente puede pedir a %1 una copia en papel de este documento en cualquier momento y de forma gratuita.</translation>
    </message>
    <message>
        <source>Withdrawing consent: the client may withdraw the consent to sign electronically at any time by telling the practice. Documents are then given on paper; what was signed before stays valid.</source>
        <translation>Retirada del consentimiento: el cliente puede retirar en cualquier momento el consentimiento para firmar electrónicamente comunicándoselo a la consulta. A partir de entonces, los documentos se entregan en papel; lo firmado antes sigue siendo válido.</translation>
    </message>
    <message>
        <source>Reading and keeping it: a computer, tablet or phone that opens PDF files, and somewhere to save or print the file.</source>
        <translation>Para leerlo y conservarlo: un equipo, una tableta o un teléfono que abra archivos PDF, y un lugar donde guardar o imprimir el archivo.</translation>
    </message>
    <message>
        <source>Record trail at signing: %1</source>
        <translation>Registro de auditoría en el momento de la firma: %1</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>Follow up on the goal: %1</source>
        <translation>Seguimiento del objetivo: %1</translation>
    </message>
    <message>
        <source>Review the behavioural contract</source>
        <translation>Revisar el contrato de conducta</translation>
    </message>
    <message>
        <source>Talk about it in private</source>
        <translation>Hablarlo en privado</translation>
    </message>
    <message>
        <source>Record the outcome and close the incident</source>
        <translation>Registrar el resultado y cerrar el incidente</translation>
    </message>
    <message>
        <source>The goals were met: record the outcome and close the incident</source>
        <translation>Se cumplieron los objetivos: registrar el resultado y cerrar el incidente</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>--out is required: a new or empty folder to write the export to.</source>
        <translation>--out es obligatorio: una carpeta nueva o vacía en la que se escribirá la exportación.</translation>
    </message>
    <message>
        <source>Every file in %1 matches its manifest.</source>
        <translation>Cada archivo de %1 coincide con su manifiesto.</translation>
    </message>
    <message>
        <source>Write the whole practice as CSV, JSON and PDF files any program reads, with a manifest.</source>
        <translation>Escribe toda la consulta como archivos CSV, JSON y PDF que cualquier programa puede leer, con un manifiesto.</translation>
    </message>
    <message>
        <source>A new or empty folder to write to (required).</source>
        <translation>Una carpeta nueva o vacía en la que escribir (obligatoria).</translation>
    </message>
    <message>
        <source>DIR gets tables/NAME.csv and tables/NAME.json for every table, pdf/agreements/ and pdf/contracts/
with every signed PDF (named by its document ID), policy/version-N.json with each published
policy&apos;s canonical text, and manifest.json: every file with its size and SHA-256, the schema
version, the time of the export, the row counts and whose view it is (on a server a practitioner
exports only what they may see). Every file is readable by you only (0600).</source>
        <translation>DIR recibe tables/NAME.csv y tables/NAME.json para cada tabla, pdf/agreements/ y pdf/contracts/
con cada PDF firmado (con el nombre de su ID del documento), policy/version-N.json con el texto canónico
de cada política publicada y manifest.json: cada archivo con su tamaño y SHA-256, la versión del
esquema, la hora de la exportación, el número de filas y desde qué perspectiva se hizo (en un servidor, un
profesional exporta solo lo que puede ver). Solo usted puede leer cada archivo (0600).</translation>
    </message>
    <message>
        <source>Check an exported folder against its manifest.</source>
        <translation>Comprueba una carpeta exportada frente a su manifiesto.</translation>
    </message>
    <message>
        <source>Exit status 0 when every file the manifest lists is there with its size and
SHA-256 and there is no other file; 1 naming the first mismatch otherwise.</source>
        <translation>Estado de salida 0 si cada archivo que lista el manifiesto está presente con su tamaño y
SHA-256 y no hay ningún otro archivo; en caso contrario, 1, indicando la primera discrepancia.</translation>
    </message>
    <message>
        <source>Exported %1 with %2 and %3 to %4.</source>
        <translation>Exportación en %4: %1 con %2 y %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>%1 is a file; name a new or empty folder.</source>
        <translation>%1 es un archivo; indique una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>%1 is not empty; name a new or empty folder, so that nothing in it is overwritten.</source>
        <translation>%1 no está vacía; indique una carpeta nueva o vacía, para que no se sobrescriba nada de su contenido.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 holds no %2.</source>
        <translation>%1 no contiene ningún %2.</translation>
    </message>
    <message>
        <source>%1 is not a manifest of an export.</source>
        <translation>%1 no es el manifiesto de una exportación.</translation>
    </message>
    <message>
        <source>The manifest names %1, which is not a file in the folder.</source>
        <translation>El manifiesto menciona %1, que no es un archivo de la carpeta.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 differs from the manifest.</source>
        <translation>%1 difiere del manifiesto.</translation>
    </message>
    <message>
        <source>%1 is not in the manifest.</source>
        <translation>%1 no está en el manifiesto.</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>“%1” is not a number of days; give a whole number from 1 to %2.</source>
        <translation>«%1» no es un número de días; indique un número entero de 1 a %2.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <source>--out is required: the calendar file to write.</source>
        <translation>--out es obligatorio: el archivo de calendario que se escribirá.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-up(s) to %1.</source>
        <translation>
            <numerusform>%n seguimiento escrito en %1.</numerusform>
            <numerusform>%n seguimientos escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>Reemplaza FILE si ya existe.</translation>
    </message>
    <message>
        <source>List the next actions due on open incidents: overdue, today, upcoming.</source>
        <translation>Lista las siguientes acciones pendientes de los incidentes abiertos: vencidas, de hoy y próximas.</translation>
    </message>
    <message>
        <source>How many days after today count as upcoming (default %1).</source>
        <translation>Cuántos días a partir de hoy cuentan como próximos (predeterminado %1).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>Overdue follow-ups come first, then those due today, then the upcoming ones; each group
earliest first. CSV and JSON keys: when (overdue, today or upcoming), due (YYYY-MM-DD),
incident_id, client_id, client_name, boundary (key), next_action.</source>
        <translation>Primero van los seguimientos vencidos, después los de hoy y luego los próximos; cada grupo, del más
temprano al más tardío. Claves CSV y JSON: when (overdue, today o upcoming), due (AAAA-MM-DD),
incident_id, client_id, client_name, boundary (clave), next_action.</translation>
    </message>
    <message>
        <source>Write the follow-ups as an iCalendar file that calendar programs import.</source>
        <translation>Escribe los seguimientos en un archivo iCalendar que los programas de calendario pueden importar.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>El archivo que se escribirá (obligatorio).</translation>
    </message>
    <message>
        <source>Only upcoming follow-ups due within N days after today (default: all).</source>
        <translation>Solo los seguimientos próximos que vencen en los N días siguientes a hoy (predeterminado: todos).</translation>
    </message>
    <message>
        <source>One all-day event (RFC 5545) per follow-up on its due date: overdue ones, those due today and
the upcoming ones. An event&apos;s UID is made of its incident and due date, so importing the same
follow-ups again does not duplicate them. Your periods of reduced availability in that time are
events over their days, saying what changes (never why). The file is readable by you only (0600);
an existing file is only replaced with --force.</source>
        <translation>Un evento de día completo (RFC 5545) por seguimiento en su fecha de vencimiento: los vencidos, los que vencen
hoy y los próximos. El UID de un evento se forma con su incidente y su fecha de vencimiento, así que importar los
mismos seguimientos de nuevo no los duplica. Sus periodos de disponibilidad reducida en ese tiempo son
eventos que abarcan sus días e indican qué cambia (nunca por qué). Solo usted puede leer el archivo (0600);
un archivo existente solo se sustituye con --force.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>listing follow-ups</source>
        <translation>listar los seguimientos</translation>
    </message>
    <message>
        <source>counting follow-ups</source>
        <translation>contar los seguimientos</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Client: %1
Boundary: %2
Incident %3 in Boundary Keeper</source>
        <translation>Cliente: %1
Límite: %2
Incidente %3 en Boundary Keeper</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Sin sesiones.</translation>
    </message>
    <message>
        <source>Slower replies.</source>
        <translation>Respuestas más lentas.</translation>
    </message>
    <message>
        <source>Covered by %1.</source>
        <translation>Le sustituye %1.</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Disponibilidad reducida</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Line %1: %2 matches client %3 (%4).</source>
        <translation>Línea %1: %2 coincide con el cliente %3 (%4).</translation>
    </message>
    <message>
        <source>Line %1 rejected: %2</source>
        <translation>Línea %1 rechazada: %2</translation>
    </message>
    <message>
        <source>--format: “%1” is not csv or vcard.</source>
        <translation>--format: «%1» no es csv ni vcard.</translation>
    </message>
    <message>
        <source>--duplicates: “%1” is not skip, update-empty or new.</source>
        <translation>--duplicates: «%1» no es skip, update-empty ni new.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>No se puede leer la asignación %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No column of %1 gives the clients&apos; names. Write a mapping (--mapping) that maps one to full_name, given_name or family_name.</source>
        <translation>Ninguna columna de %1 contiene los nombres de los clientes. Escriba una asignación (--mapping) que asigne una a full_name, given_name o family_name.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nuevos: %1</translation>
    </message>
    <message>
        <source>Already in the register: %1</source>
        <translation>Ya en el registro: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazados: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Import these clients? [y/N] </source>
        <translation>¿Importar estos clientes? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importados: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Actualizados: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidos: %1</translation>
    </message>
    <message>
        <source>Import clients from a CSV file or a vCard address book.</source>
        <translation>Importa clientes desde un archivo CSV o una libreta de direcciones vCard.</translation>
    </message>
    <message>
        <source>How the file is written; by default its name and start tell.</source>
        <translation>El formato del archivo; por defecto lo indican su nombre y su comienzo.</translation>
    </message>
    <message>
        <source>A JSON file naming the field each column fills, e.g. {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}; by default the headers tell.</source>
        <translation>Un archivo JSON que indica el campo que rellena cada columna, p. ej. {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}; por defecto lo indican los encabezados.</translation>
    </message>
    <message>
        <source>What to do with rows that match a client by email or phone: skip them (default), fill the client&apos;s empty fields, or import them as new clients.</source>
        <translation>Qué hacer con las filas que coinciden con un cliente por correo electrónico o teléfono: omitirlas (por defecto), rellenar los campos vacíos del cliente o importarlas como clientes nuevos.</translation>
    </message>
    <message>
        <source>Save the rejected rows, with line and reason, as CSV to correct and import again.</source>
        <translation>Guarda las filas rechazadas, con línea y motivo, como CSV para corregirlas e importarlas de nuevo.</translation>
    </message>
    <message>
        <source>Show what the import would do; write nothing.</source>
        <translation>Muestra lo que haría la importación; no escribe nada.</translation>
    </message>
    <message>
        <source>Import without asking for confirmation.</source>
        <translation>Importa sin pedir confirmación.</translation>
    </message>
    <message>
        <source>Reads Google Contacts and Outlook CSV exports, Excel and LibreOffice CSV in any encoding and with comma, semicolon or tab, and vCard 2.1, 3.0 and 4.0. Phone numbers are read in the practice&apos;s region. Every rejected row is listed with its line and reason. The clients are written in one transaction: all or none.</source>
        <translation>Lee exportaciones CSV de Google Contacts y Outlook, CSV de Excel y LibreOffice en cualquier codificación y con coma, punto y coma o tabulación, y vCard 2.1, 3.0 y 4.0. Los números de teléfono se leen según la región de la consulta. Cada fila rechazada se lista con su línea y su motivo. Los clientes se escriben en una sola transacción: todos o ninguno.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Leído como: %1</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when the one detected reads its names wrongly, e.g. windows-1252 or macintosh (Mac Roman); by default its bytes tell.</source>
        <translation>La codificación del archivo cuando la detectada lee mal sus nombres, p. ej. windows-1252 o macintosh (Mac Roman); por defecto la deciden sus bytes.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This is not a column mapping: it should be JSON like {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}.</source>
        <translation>Esto no es una asignación de columnas: debería ser un JSON como {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}.</translation>
    </message>
    <message>
        <source>The column “%1” is mapped to “%2”, which is not a field; use one of: %3.</source>
        <translation>La columna «%1» está asignada a «%2», que no es un campo; use uno de: %3.</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message numerus="yes">
        <source>Imported %n client(s), updated %1, skipped %2, rejected %3.</source>
        <translation>
            <numerusform>Se ha importado %n cliente; actualizados: %1, omitidos: %2, rechazados: %3.</numerusform>
            <numerusform>Se han importado %n clientes; actualizados: %1, omitidos: %2, rechazados: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Se canceló la lectura del archivo.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a quote or delimiter misplaced?</source>
        <translation>La fila tiene %1 valores, pero el encabezado nombra %2 columnas; ¿hay unas comillas o un delimitador mal colocados?</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Mismo correo electrónico</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Mismo número de teléfono</translation>
    </message>
    <message>
        <source>The same email address as line %1.</source>
        <translation>El mismo correo electrónico que la línea %1.</translation>
    </message>
    <message>
        <source>The same phone number as line %1.</source>
        <translation>El mismo número de teléfono que la línea %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>The file holds more than %1 rows; an import reads at most %1. Split it into smaller files and import them one after the other.</source>
        <translation>El archivo contiene más de %1 filas; una importación lee como máximo %1. Divídalo en archivos más pequeños e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>%1 has changed since it was read: read it again and check what it would import now.</source>
        <translation>%1 ha cambiado desde que se leyó: vuelva a leerlo y compruebe lo que importaría ahora.</translation>
    </message>
    <message>
        <source>This plan was not read from a file and cannot be read again.</source>
        <translation>Este plan no se leyó de un archivo y no puede volver a leerse.</translation>
    </message>
    <message>
        <source>Saving the rejected rows was cancelled.</source>
        <translation>Se canceló el guardado de las filas rechazadas.</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import reads files of up to %3 MB. Split it into smaller files and import them one after the other.</source>
        <translation>%1 ocupa %2 MB; una importación lee archivos de hasta %3 MB. Divídalo en archivos más pequeños e impórtelos uno tras otro.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>El archivo está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data. Export the address book or spreadsheet as CSV or vCard (.vcf) and import that file.</source>
        <translation>Este no es un archivo de texto: contiene datos binarios. Exporte la libreta de direcciones o la hoja de cálculo como CSV o vCard (.vcf) e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file is written in the encoding %1, which cannot be read here. Save it as UTF-8 and import it again.</source>
        <translation>El archivo está escrito en la codificación %1, que no se puede leer aquí. Guárdelo como UTF-8 e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters; address books and spreadsheets do not write such lines. Is this really a CSV or vCard file?</source>
        <translation>La línea %1 tiene más de %2 caracteres; las libretas de direcciones y las hojas de cálculo no escriben líneas así. ¿Es realmente un archivo CSV o vCard?</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian: Excel&apos;s &quot;Unicode text&quot;)</source>
        <translation>Unicode (UTF-16, little-endian: «Texto Unicode» de Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europa occidental (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europa occidental (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15, with €)</source>
        <translation>Europa occidental (ISO-8859-15, con €)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman: Excel for Mac)</source>
        <translation>Europa occidental (Mac Roman: Excel para Mac)</translation>
    </message>
    <message>
        <source>Western European (DOS, code page 850)</source>
        <translation>Europa occidental (DOS, página de códigos 850)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europa central (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Europa central (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cirílico (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cirílico (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Griego (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Turco (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Báltico (Windows-1257)</translation>
    </message>
    <message>
        <source>In %1 this file reads as binary data (bytes of zero, as UTF-16 writes them): choose another encoding.</source>
        <translation>Leído en %1, este archivo contiene datos binarios (bytes cero, como los escribe UTF-16): elija otra codificación.</translation>
    </message>
    <message>
        <source>“%1” is not an encoding that can be read here. Choose one of: %2.</source>
        <translation>«%1» no es una codificación que se pueda leer aquí. Elija una de: %2.</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Major</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Practitioner (self-reported)</source>
        <translation>Profesional (falta propia)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Cumplido en parte</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Redactado</translation>
    </message>
    <message>
        <source>To be signed on paper</source>
        <translation>Para firmar en papel</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Outside hours</source>
        <translation>Fuera de horario</translation>
    </message>
    <message>
        <source>Outside channels</source>
        <translation>Fuera de canales</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Falta propia</translation>
    </message>
</context>
<context>
    <name>IncidentCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>--%1 is required; an incident needs a client, a boundary and a description.</source>
        <translation>--%1 es obligatorio; un incidente necesita un cliente, un límite y una descripción.</translation>
    </message>
    <message>
        <source>Only the incidents of this client.</source>
        <translation>Solo los incidentes de este cliente.</translation>
    </message>
    <message>
        <source>Log a crossed boundary and print the new incident&apos;s id.</source>
        <translation>Registra un límite traspasado e imprime el id del nuevo incidente.</translation>
    </message>
    <message>
        <source>The client concerned (required).</source>
        <translation>El cliente afectado (obligatorio).</translation>
    </message>
    <message>
        <source>The boundary crossed, by its key in the current policy (required; “policy show” lists the keys).</source>
        <translation>El límite traspasado, por su clave en la política vigente (obligatorio; «policy show» lista las claves).</translation>
    </message>
    <message>
        <source>What happened, in a few factual words (required).</source>
        <translation>Qué ocurrió, en pocas palabras y con hechos (obligatorio).</translation>
    </message>
    <message>
        <source>How it happened: %1 (default in_person).</source>
        <translation>Cómo ocurrió: %1 (predeterminado in_person).</translation>
    </message>
    <message>
        <source>When it happened (default now), ISO 8601: 2026-03-01T21:30Z or 2026-03-01T21:30+01:00; a time without Z or an offset is in the practice&apos;s time zone (see “practice show”).</source>
        <translation>Cuándo ocurrió (predeterminado: ahora), en ISO 8601: 2026-03-01T21:30Z o 2026-03-01T21:30+01:00; una hora sin Z ni desfase está en la zona horaria de la consulta (véase «practice show»).</translation>
    </message>
    <message>
        <source>%1 (default minor).</source>
        <translation>%1 (predeterminado minor).</translation>
    </message>
    <message>
        <source>Who crossed it: %1 (a self-reported lapse; default client).</source>
        <translation>Quién lo traspasó: %1 (una falta propia; predeterminado client).</translation>
    </message>
    <message>
        <source>The incident is flagged automatically when it happened outside the agreed working hours or
through a channel that is not agreed, and gets its first next action on the escalation ladder.
An unknown client, a boundary that is not in the current policy, an empty description or a time
in the future is refused (exit status 1) and nothing is stored.</source>
        <translation>El incidente se marca automáticamente cuando ocurrió fuera del horario de atención acordado o por
un canal no acordado, y recibe su primera acción siguiente en la escala de consecuencias.
Un cliente desconocido, un límite que no está en la política vigente, una descripción vacía o una
hora futura se rechazan (estado de salida 1) y no se guarda nada.</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>Lista los incidentes, del más reciente al más antiguo.</translation>
    </message>
    <message>
        <source>Only incidents with this status: %1.</source>
        <translation>Solo los incidentes con este estado: %1.</translation>
    </message>
    <message>
        <source>Only open incidents whose next action is overdue.</source>
        <translation>Solo los incidentes abiertos cuya siguiente acción está vencida.</translation>
    </message>
    <message>
        <source>Only incidents about this boundary.</source>
        <translation>Solo los incidentes sobre este límite.</translation>
    </message>
    <message>
        <source>Only incidents where this side crossed the boundary: %1.</source>
        <translation>Solo los incidentes en los que esta parte traspasó el límite: %1.</translation>
    </message>
    <message>
        <source>Only incidents on or after this day.</source>
        <translation>Solo los incidentes de este día o posteriores.</translation>
    </message>
    <message>
        <source>Only incidents on or before this day.</source>
        <translation>Solo los incidentes de este día o anteriores.</translation>
    </message>
    <message>
        <source>table (default), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (predeterminado), csv (RFC 4180, con una fila de encabezado) o json (una matriz de objetos).</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, client_id, client_name, occurred_at (UTC, ISO 8601 ending in Z),
boundary (key), policy_version, channel, severity (minor or major), by (client or
practitioner), description, outside_hours, outside_channel (true or false), step (the furthest
ladder step recorded; null before the first), next_action, next_due (YYYY-MM-DD; null when
closed), status (open or closed). Rows are read a page at a time, so any number of incidents
can be listed.</source>
        <translation>Claves CSV y JSON: id, client_id, client_name, occurred_at (UTC, ISO 8601 terminado en Z),
boundary (clave), policy_version, channel, severity (minor o major), by (client o
practitioner), description, outside_hours, outside_channel (true o false), step (el paso más
avanzado registrado en la escala; null antes del primero), next_action, next_due (AAAA-MM-DD; null si
está cerrado), status (open o closed). Las filas se leen página a página, así que se puede listar
cualquier número de incidentes.</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <source>Crossed by:</source>
        <translation>Traspasado por:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Señales:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Qué ocurrió:</translation>
    </message>
    <message>
        <source>Boundary:</source>
        <translation>Límite:</translation>
    </message>
    <message>
        <source>Logged:</source>
        <translation>Registrado:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Responsible practitioner:</source>
        <translation>Profesional responsable:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Registro:</translation>
    </message>
</context>
<context>
    <name>IncidentListQuery</name>
    <message>
        <source>listing incidents</source>
        <translation>listar los incidentes</translation>
    </message>
    <message>
        <source>counting incidents</source>
        <translation>contar los incidentes</translation>
    </message>
    <message>
        <source>finding the incident</source>
        <translation>buscar el incidente</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>logging the incident</source>
        <translation>registrar el incidente</translation>
    </message>
    <message>
        <source>reading the incident</source>
        <translation>leer el incidente</translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation>El incidente %1 no existe.</translation>
    </message>
    <message>
        <source>saving the incident&apos;s next step</source>
        <translation>guardar el siguiente paso del incidente</translation>
    </message>
    <message>
        <source>closing the incident</source>
        <translation>cerrar el incidente</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>registrar el paso</translation>
    </message>
    <message>
        <source>recording a goal</source>
        <translation>registrar un objetivo</translation>
    </message>
    <message>
        <source>reading the step</source>
        <translation>leer el paso</translation>
    </message>
    <message>
        <source>Step entry %1 does not exist.</source>
        <translation>La entrada de paso %1 no existe.</translation>
    </message>
    <message>
        <source>reading the incident&apos;s steps</source>
        <translation>leer los pasos del incidente</translation>
    </message>
    <message>
        <source>reading the incident&apos;s goals</source>
        <translation>leer los objetivos del incidente</translation>
    </message>
    <message>
        <source>reading the follow-up</source>
        <translation>leer el seguimiento</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>El seguimiento %1 no existe.</translation>
    </message>
    <message>
        <source>recording the follow-up</source>
        <translation>registrar el seguimiento</translation>
    </message>
    <message>
        <source>reading the follow-up outcome</source>
        <translation>leer el resultado del seguimiento</translation>
    </message>
    <message>
        <source>Follow-up outcome %1 does not exist.</source>
        <translation>El resultado de seguimiento %1 no existe.</translation>
    </message>
    <message>
        <source>reading the follow-up outcomes</source>
        <translation>leer los resultados de los seguimientos</translation>
    </message>
    <message>
        <source>reading the client&apos;s incidents</source>
        <translation>leer los incidentes del cliente</translation>
    </message>
    <message>
        <source>reading the client&apos;s steps</source>
        <translation>leer los pasos del cliente</translation>
    </message>
    <message>
        <source>reading the client&apos;s timeline</source>
        <translation>leer la cronología del cliente</translation>
    </message>
    <message>
        <source>moving the due date</source>
        <translation>cambiar la fecha de vencimiento</translation>
    </message>
    <message>
        <source>reading the moved due dates</source>
        <translation>leer las fechas de vencimiento cambiadas</translation>
    </message>
    <message>
        <source>reading what the incident is checked against</source>
        <translation>leer aquello con lo que se comprueba el incidente</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Choose the client the incident concerns.</source>
        <translation>Elija el cliente al que se refiere el incidente.</translation>
    </message>
    <message>
        <source>The chosen client no longer exists.</source>
        <translation>El cliente elegido ya no existe.</translation>
    </message>
    <message>
        <source>Choose the boundary that was crossed.</source>
        <translation>Elija el límite que se traspasó.</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is not part of the current policy (version %2).</source>
        <translation>El límite «%1» no forma parte de la política vigente (versión %2).</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is not part of the policy.</source>
        <translation>El límite «%1» no forma parte de la política.</translation>
    </message>
    <message>
        <source>Describe what happened, in a few factual words.</source>
        <translation>Describa qué ocurrió, en pocas palabras y con hechos.</translation>
    </message>
    <message>
        <source>An incident cannot be logged for a time in the future.</source>
        <translation>No se puede registrar un incidente con una hora futura.</translation>
    </message>
    <message>
        <source>This incident is closed; new steps can no longer be recorded on it.</source>
        <translation>Este incidente está cerrado; ya no se pueden registrar nuevos pasos en él.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the practice&apos;s ladder.</source>
        <translation>«%1» no es un paso de la escala de la consulta.</translation>
    </message>
    <message>
        <source>Note the gist of the conversation.</source>
        <translation>Anote lo esencial de la conversación.</translation>
    </message>
    <message>
        <source>The written summary has no text.</source>
        <translation>El resumen por escrito no tiene texto.</translation>
    </message>
    <message>
        <source>Set at least one goal with a follow-up date.</source>
        <translation>Fije al menos un objetivo con una fecha de seguimiento.</translation>
    </message>
    <message>
        <source>Every goal needs a description.</source>
        <translation>Cada objetivo necesita una descripción.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; needs a follow-up date.</source>
        <translation>El objetivo «%1» necesita una fecha de seguimiento.</translation>
    </message>
    <message>
        <source>This follow-up already has an outcome; record a correction instead.</source>
        <translation>Este seguimiento ya tiene un resultado; registre una corrección en su lugar.</translation>
    </message>
    <message>
        <source>Say in the contract what appropriate behaviour is.</source>
        <translation>Indique en el contrato cuál es el comportamiento adecuado.</translation>
    </message>
    <message>
        <source>Give the contract at least one measurable goal.</source>
        <translation>Dé al contrato al menos un objetivo medible.</translation>
    </message>
    <message>
        <source>Give the contract a review date.</source>
        <translation>Dé al contrato una fecha de revisión.</translation>
    </message>
    <message>
        <source>Choose the provided resources from the practice library.</source>
        <translation>Elija los recursos proporcionados de la biblioteca de la consulta.</translation>
    </message>
    <message>
        <source>Add a short note about this step.</source>
        <translation>Añada una breve nota sobre este paso.</translation>
    </message>
    <message>
        <source>Describe the outcome before closing the incident.</source>
        <translation>Describa el resultado antes de cerrar el incidente.</translation>
    </message>
    <message>
        <source>This incident is already closed.</source>
        <translation>Este incidente ya está cerrado.</translation>
    </message>
    <message>
        <source>The boundary of this incident is no longer part of the policy.</source>
        <translation>El límite de este incidente ya no forma parte de la política.</translation>
    </message>
    <message>
        <source>Record the conversation first; the summary is written from it.</source>
        <translation>Registre primero la conversación; el resumen se redacta a partir de ella.</translation>
    </message>
    <message>
        <source>Choose the date to move the follow-up to.</source>
        <translation>Elija la fecha a la que pasar el seguimiento.</translation>
    </message>
    <message>
        <source>Incident %1 has no follow-up due to move.</source>
        <translation>El incidente %1 no tiene ningún seguimiento pendiente que cambiar de fecha.</translation>
    </message>
    <message>
        <source>The follow-up of incident %1 is already due on %2.</source>
        <translation>El seguimiento del incidente %1 ya vence el %2.</translation>
    </message>
</context>
<context>
    <name>IncidentShowCommand</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Enviado como: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Revisión el %1</translation>
    </message>
    <message>
        <source>Provided: %1</source>
        <translation>Proporcionado: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (cliente %2)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Ocurrido</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Crossed by</source>
        <translation>Traspasado por</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Paso de la escala</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>ninguno registrado aún</translation>
    </message>
    <message>
        <source>%1 [%2], step %3 of %4</source>
        <translation>%1 [%2], paso %3 de %4</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Recorded steps (%1)</source>
        <translation>Pasos registrados (%1)</translation>
    </message>
    <message>
        <source>#%1  %2  %3 [%4]</source>
        <translation>#%1  %2  %3 [%4]</translation>
    </message>
    <message>
        <source>(correction of #%1)</source>
        <translation>(corrección de #%1)</translation>
    </message>
    <message>
        <source>(corrected later; no longer in force)</source>
        <translation>(corregido después; ya no está en vigor)</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Registrado el %1</translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation>Objetivos (%1)</translation>
    </message>
    <message>
        <source>#%1  %2, follow up on %3</source>
        <translation>#%1  %2, seguimiento el %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(recorded %1)</source>
        <translation>(registrado el %1)</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(corrección)</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>Aún no se ha registrado ningún resultado.</translation>
    </message>
    <message>
        <source>“%1” is not an incident id; ids are whole numbers above 0, as “incidents list” shows.</source>
        <translation>«%1» no es un id de incidente; los id son números enteros mayores que 0, como muestra «incidents list».</translation>
    </message>
    <message>
        <source>Show one incident: its flags, where it stands on the ladder, every recorded step and its goals.</source>
        <translation>Muestra un incidente: sus señales, en qué punto de la escala está, cada paso registrado y sus objetivos.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>JSON keys: those of “incidents list”, and boundary_title, next_step, outcome, closed_at,
created_at, recorded_by, responsible, created_by, changed_by (logins of practitioners), steps [{id, step, happened_at, note, details, corrects_id, corrected,
recorded_at, recorded_by}] and goals [{id, step_id, goal, due, result (in force; null before
any), outcomes [{id, result (met, partly_met or not_met), note, corrects_id, corrected,
recorded_at, recorded_by}]}]. Recorded steps and outcomes never change: a correction is a new
entry naming the one it corrects (corrects_id), and the corrected entry is marked corrected.</source>
        <translation>Claves JSON: las de «incidents list», y boundary_title, next_step, outcome, closed_at,
created_at, recorded_by, responsible, created_by, changed_by (nombres de usuario de los profesionales), steps [{id, step, happened_at, note, details, corrects_id, corrected,
recorded_at, recorded_by}] y goals [{id, step_id, goal, due, result (el vigente; null antes
del primero), outcomes [{id, result (met, partly_met o not_met), note, corrects_id, corrected,
recorded_at, recorded_by}]}]. Los pasos y resultados registrados nunca cambian: una corrección es una entrada
nueva que nombra la que corrige (corrects_id), y la entrada corregida se marca como corrected.</translation>
    </message>
</context>
<context>
    <name>MetaRepository</name>
    <message>
        <source>reading settings</source>
        <translation>leer la configuración</translation>
    </message>
    <message>
        <source>saving settings</source>
        <translation>guardar la configuración</translation>
    </message>
</context>
<context>
    <name>PaperSize</name>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system keyring refused access to the password.</source>
        <translation>El llavero del sistema ha denegado el acceso a la contraseña.</translation>
    </message>
    <message>
        <source>No system keyring is available on this desktop.</source>
        <translation>No hay ningún llavero del sistema disponible en este escritorio.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>“%1” is not a policy version; versions are the whole numbers “policy versions” lists.</source>
        <translation>«%1» no es una versión de la política; las versiones son los números enteros que lista «policy versions».</translation>
    </message>
    <message>
        <source>Boundaries (%1)</source>
        <translation>Límites (%1)</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 [%3]</translation>
    </message>
    <message>
        <source>Appropriate: %1</source>
        <translation>Adecuado: %1</translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation>Consecuencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Consequence ladder (%n step(s))</source>
        <translation>
            <numerusform>Escala de consecuencias (%n paso)</numerusform>
            <numerusform>Escala de consecuencias (%n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundary policy: draft (not published)</source>
        <translation>Política de límites: borrador (sin publicar)</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Última versión</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>SHA-256 if published</source>
        <translation>SHA-256 si se publica</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Choose either --version or --draft, not both.</source>
        <translation>Elija --version o --draft, no ambos.</translation>
    </message>
    <message>
        <source>No policy version has been published yet. “%1 policy show --draft” shows the draft; “%1 policy publish” publishes it.</source>
        <translation>Aún no se ha publicado ninguna versión de la política. «%1 policy show --draft» muestra el borrador; «%1 policy publish» lo publica.</translation>
    </message>
    <message>
        <source>Boundary policy, version %1</source>
        <translation>Política de límites, versión %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>No policy version has been published yet.</source>
        <translation>Aún no se ha publicado ninguna versión de la política.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
    <message>
        <source>Added: %1 [%2], at position %3</source>
        <translation>Añadido: %1 [%2], en la posición %3</translation>
    </message>
    <message>
        <source>Removed: %1 [%2], was at position %3</source>
        <translation>Eliminado: %1 [%2], estaba en la posición %3</translation>
    </message>
    <message>
        <source>Changed: %1 [%2]</source>
        <translation>Modificado: %1 [%2]</translation>
    </message>
    <message>
        <source>(moved from position %1 to %2)</source>
        <translation>(movido de la posición %1 a la %2)</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>Las versiones %1 y %2 tienen el mismo contenido.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Cambios de la versión %1 a la versión %2</translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation>Límites:</translation>
    </message>
    <message>
        <source>Consequence ladder:</source>
        <translation>Escala de consecuencias:</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>Versión %1 publicada.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) acknowledged an older version and now need to acknowledge this one.</source>
        <translation>
            <numerusform>%n cliente confirmó una versión anterior y ahora debe confirmar esta.</numerusform>
            <numerusform>%n clientes confirmaron una versión anterior y ahora deben confirmar esta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a published version of the boundary policy, the latest by default.</source>
        <translation>Muestra una versión publicada de la política de límites, la última por defecto.</translation>
    </message>
    <message>
        <source>The published version to show.</source>
        <translation>La versión publicada que se mostrará.</translation>
    </message>
    <message>
        <source>Show the draft, which is not published yet.</source>
        <translation>Muestra el borrador, que aún no está publicado.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256 (of the canonical text),
draft (true with --draft: then version and published_at are null, sha256 is the hash the draft
would be published with, and based_on_version and retired_keys are added), boundaries [{key,
title, description, appropriate, consequence}] and ladder [{key, title, description}], in
policy order.</source>
        <translation>Claves JSON: version, published_at (UTC, ISO 8601 terminado en Z), sha256 (del texto canónico),
draft (true con --draft: entonces version y published_at son null, sha256 es el hash con el que se
publicaría el borrador, y se añaden based_on_version y retired_keys), boundaries [{key,
title, description, appropriate, consequence}] y ladder [{key, title, description}], en el
orden de la política.</translation>
    </message>
    <message>
        <source>List the published versions of the boundary policy, oldest first.</source>
        <translation>Lista las versiones publicadas de la política de límites, de la más antigua a la más reciente.</translation>
    </message>
    <message>
        <source>table (default, with a shortened hash), csv or json.</source>
        <translation>table (predeterminado, con un hash abreviado), csv o json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256, boundary_count.</source>
        <translation>Claves CSV y JSON: version, published_at (UTC, ISO 8601 terminado en Z), sha256, boundary_count.</translation>
    </message>
    <message>
        <source>Show what changed from published version A to version B.</source>
        <translation>Muestra qué cambió de la versión publicada A a la versión B.</translation>
    </message>
    <message>
        <source>JSON keys: from and to ({version, sha256}), identical, boundaries and ladder: arrays of
{change (added, removed or changed), key, old_title, new_title, old_position, new_position
(counting from 1; null when absent), moved, fields [{field, old, new}]}. Changed items list
only the fields that differ; added and removed items list every field.</source>
        <translation>Claves JSON: from y to ({version, sha256}), identical, boundaries y ladder: matrices de
{change (added, removed o changed), key, old_title, new_title, old_position, new_position
(contando desde 1; null si no existe), moved, fields [{field, old, new}]}. Los elementos modificados
listan solo los campos que difieren; los añadidos y eliminados listan todos los campos.</translation>
    </message>
    <message>
        <source>Publish the draft as the next version and print its number and SHA-256.</source>
        <translation>Publica el borrador como la siguiente versión e imprime su número y su SHA-256.</translation>
    </message>
    <message>
        <source>A published version never changes. Publishing is refused when the draft is the
same as the latest version.</source>
        <translation>Una versión publicada nunca cambia. La publicación se rechaza si el borrador es
igual que la última versión.</translation>
    </message>
</context>
<context>
    <name>PolicyField</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Appropriate behaviour</source>
        <translation>Comportamiento adecuado</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Consecuencia</translation>
    </message>
</context>
<context>
    <name>PolicyHtml</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Moved from position %1 to %2.</source>
        <translation>Movido de la posición %1 a la %2.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>appropriate behaviour</source>
        <translation>comportamiento adecuado</translation>
    </message>
    <message>
        <source>consequence</source>
        <translation>consecuencia</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publicada el %1</translation>
    </message>
    <message>
        <source>Appropriate behaviour:</source>
        <translation>Comportamiento adecuado:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Consecuencia:</translation>
    </message>
    <message>
        <source>Consequence ladder</source>
        <translation>Escala de consecuencias</translation>
    </message>
    <message>
        <source>%1 and %2 have the same content.</source>
        <translation>%1 y %2 tienen el mismo contenido.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>position</source>
        <translation>posición</translation>
    </message>
    <message>
        <source>• %1 added: %2</source>
        <translation>• %1 añadido: %2</translation>
    </message>
    <message>
        <source>• %1 removed: %2</source>
        <translation>• %1 eliminado: %2</translation>
    </message>
    <message>
        <source>• %1 changed: %2 (%3)</source>
        <translation>• %1 modificado: %2 (%3)</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Paso de la escala</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>reading the draft policy</source>
        <translation>leer el borrador de la política</translation>
    </message>
    <message>
        <source>saving the draft policy</source>
        <translation>guardar el borrador de la política</translation>
    </message>
    <message>
        <source>publishing the policy</source>
        <translation>publicar la política</translation>
    </message>
    <message>
        <source>reading the policy versions</source>
        <translation>leer las versiones de la política</translation>
    </message>
    <message>
        <source>reading policy version %1</source>
        <translation>leer la versión %1 de la política</translation>
    </message>
    <message>
        <source>There is no published policy version %1.</source>
        <translation>No existe ninguna versión %1 publicada de la política.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Nothing has been published yet, so there is no version to return the draft to.</source>
        <translation>Aún no se ha publicado nada, así que no hay ninguna versión a la que devolver el borrador.</translation>
    </message>
    <message>
        <source>The draft has no active boundaries. Add or restore at least one before publishing.</source>
        <translation>El borrador no tiene límites activos. Añada o restaure al menos uno antes de publicar.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, so there is nothing new to publish.</source>
        <translation>El borrador es igual que la versión %1, así que no hay nada nuevo que publicar.</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>The practice has not described itself yet; these are the defaults.</source>
        <translation>La consulta aún no se ha descrito; estos son los valores predeterminados.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>present (%1 bytes)</source>
        <translation>presente (%1 bytes)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Practitioner&apos;s role</source>
        <translation>Función del profesional</translation>
    </message>
    <message>
        <source>Client&apos;s role</source>
        <translation>Función del cliente</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Servicios ofrecidos</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>No ofrecidos</translation>
    </message>
    <message>
        <source>Working hours (%1):</source>
        <translation>Horario de atención (%1):</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>Contact channels:</source>
        <translation>Canales de contacto:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>no se usa</translation>
    </message>
    <message>
        <source>allowed, answered: %1</source>
        <translation>permitido, respuesta: %1</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgencias</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En caso de urgencia</translation>
    </message>
    <message>
        <source>a format for the practice profile</source>
        <translation>un formato para el perfil de la consulta</translation>
    </message>
    <message>
        <source>Show the practice profile: who you are, the roles, the services and the communication terms clients agree to.</source>
        <translation>Muestra el perfil de la consulta: quién es usted, las funciones, los servicios y las condiciones de comunicación que aceptan los clientes.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (predeterminado) o json.</translation>
    </message>
    <message>
        <source>JSON keys: saved (false while the defaults are shown), name, contact_line, logo_bytes (0 when there
is no logo), practitioners [{name, title}], practitioner_role, client_role, services_offered,
services_not_offered, time_zone (IANA id), working_hours [{weekday, open, start, end}] from monday
to sunday with HH:mm times (null when closed), channels [{channel, allowed, response_time,
response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 or
us_letter).</source>
        <translation>Claves JSON: saved (false mientras se muestran los valores predeterminados), name, contact_line, logo_bytes (0 si no
hay logotipo), practitioners [{name, title}], practitioner_role, client_role, services_offered,
services_not_offered, time_zone (id IANA), working_hours [{weekday, open, start, end}] de monday
a sunday con horas HH:mm (null si está cerrado), channels [{channel, allowed, response_time,
response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 o
us_letter).</translation>
    </message>
</context>
<context>
    <name>PracticeCopy</name>
    <message>
        <source>listing the tables</source>
        <translation>la lista de las tablas</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle: %1.</source>
        <translation>Las tablas se remiten unas a otras en círculo: %1.</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>la lectura de las columnas de %1</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>el recuento de las filas de %1</translation>
    </message>
    <message>
        <source>checking the signed documents of %1</source>
        <translation>la comprobación de los documentos firmados de %1</translation>
    </message>
    <message>
        <source>A practice is copied from its file to a server.</source>
        <translation>Una consulta se copia desde su archivo a un servidor.</translation>
    </message>
    <message numerus="yes">
        <source>The practice at %1 is not empty (%2 holds %n row(s)); nothing was copied. Copy into a new, empty database.</source>
        <translation>
            <numerusform>La consulta en %1 no está vacía (%2 contiene %n fila); no se copió nada. Copie en una base de datos nueva y vacía.</numerusform>
            <numerusform>La consulta en %1 no está vacía (%2 contiene %n filas); no se copió nada. Copie en una base de datos nueva y vacía.</numerusform>
        </translation>
    </message>
    <message>
        <source>preparing %1 for the copy</source>
        <translation>la preparación de %1 para la copia</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lectura de %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>la copia de %1</translation>
    </message>
    <message>
        <source>continuing the ids of %1</source>
        <translation>la continuación de los identificadores de %1</translation>
    </message>
    <message>
        <source>checking the copied references</source>
        <translation>la comprobación de las referencias copiadas</translation>
    </message>
    <message>
        <source>finishing the copy of %1</source>
        <translation>la finalización de la copia de %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows in the file but %3 on the server; nothing was copied.</source>
        <translation>%1 tiene %2 filas en el archivo pero %3 en el servidor; no se copió nada.</translation>
    </message>
    <message>
        <source>A signed document of %1 differs after the copy (its SHA-256 does not match); nothing was copied.</source>
        <translation>Un documento firmado de %1 difiere tras la copia (su SHA-256 no coincide); no se copió nada.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Se canceló la copia; no se copió nada.</translation>
    </message>
    <message>
        <source>preparing the copy</source>
        <translation>la preparación de la copia</translation>
    </message>
    <message>
        <source>recording the copy in the audit trail</source>
        <translation>registrar la copia en el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>PracticeExport</name>
    <message>
        <source>reading the table %1</source>
        <translation>leer la tabla %1</translation>
    </message>
    <message>
        <source>The export was cancelled; the folder %1 is incomplete.</source>
        <translation>Se canceló la exportación; la carpeta %1 está incompleta.</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>Exportación en %3: %1 y %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n tabla</numerusform>
            <numerusform>%n tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeMove</name>
    <message>
        <source>Enter the address of the server&apos;s database, e.g. postgresql://anna@db.example.org/practice.</source>
        <translation>Introduzca la dirección de la base de datos del servidor, p. ej. postgresql://anna@db.example.org/practice.</translation>
    </message>
    <message>
        <source>A server address begins with postgresql://, e.g. postgresql://anna@db.example.org/practice.</source>
        <translation>Una dirección de servidor empieza por postgresql://, p. ej. postgresql://anna@db.example.org/practice.</translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was copied and the server&apos;s database is still empty.</source>
        <translation>Se canceló el traslado; no se copió nada y la base de datos del servidor sigue vacía.</translation>
    </message>
</context>
<context>
    <name>PracticeProfile</name>
    <message>
        <source>Every practitioner needs a name.</source>
        <translation>Cada profesional necesita un nombre.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known on this computer.</source>
        <translation>La zona horaria «%1» no se conoce en este equipo.</translation>
    </message>
    <message>
        <source>Choose the time zone the working hours are in.</source>
        <translation>Elija la zona horaria del horario de atención.</translation>
    </message>
    <message>
        <source>Enter the opening and closing time for %1.</source>
        <translation>Introduzca la hora de apertura y de cierre del %1.</translation>
    </message>
    <message>
        <source>On %1 the working hours must end after they start.</source>
        <translation>El %1, el horario de atención debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The response time for %1 cannot be negative.</source>
        <translation>El tiempo de respuesta de %1 no puede ser negativo.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>El logotipo debe ser una imagen PNG.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>El logotipo ocupa más de 2 MB; use una imagen más pequeña.</translation>
    </message>
</context>
<context>
    <name>PracticeProfileConflict</name>
    <message>
        <source>Practice name</source>
        <translation>Nombre de la consulta</translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation>Línea de contacto</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Practitioner&apos;s role</source>
        <translation>Función del profesional</translation>
    </message>
    <message>
        <source>Client&apos;s role</source>
        <translation>Función del cliente</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Servicios ofrecidos</translation>
    </message>
    <message>
        <source>Services not offered</source>
        <translation>Servicios no ofrecidos</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canales de contacto</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source>What counts as an emergency</source>
        <translation>Qué cuenta como urgencia</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contacto en caso de urgencia</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>A logo (%1)</source>
        <translation>Un logotipo (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1: cerrado</translation>
    </message>
    <message>
        <source>%1: not used</source>
        <translation>%1: no se usa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PracticeRepository</name>
    <message>
        <source>reading the practice profile</source>
        <translation>leer el perfil de la consulta</translation>
    </message>
    <message>
        <source>saving the practice profile</source>
        <translation>guardar el perfil de la consulta</translation>
    </message>
    <message>
        <source>The practice profile was changed elsewhere after it was read.</source>
        <translation>El perfil de la consulta se modificó en otro lugar después de leerlo.</translation>
    </message>
</context>
<context>
    <name>PracticeRoles</name>
    <message>
        <source>Owner</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>the role within a sentence</comment>
        <translation>titular</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>the role within a sentence</comment>
        <translation>profesional</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>the role within a sentence</comment>
        <translation>administrador</translation>
    </message>
</context>
<context>
    <name>PractitionerCommands</name>
    <message>
        <source>“%1” is not a practice role; use one of %2.</source>
        <translation>«%1» no es un rol de la consulta; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>«%1» no es un id de cliente; los id son números enteros mayores que 0, como muestra «clients list».</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input held no password.</source>
        <translation>Se indicó --password-stdin, pero la entrada estándar no contenía ninguna contraseña.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>No se indicó ninguna contraseña; no se modificó nada.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Repita la contraseña: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se modificó nada.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for %1&apos;s password on; give it on standard input with --password-stdin.</source>
        <translation>No hay ningún terminal en el que pedir la contraseña de %1; indíquela en la entrada estándar con --password-stdin.</translation>
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
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, not starting with a digit, “pg_” or “bk_”.</source>
        <translation>«%1» no puede ser un nombre de usuario: use de 1 a 63 letras minúsculas, cifras y «_», sin empezar por una cifra, «pg_» ni «bk_».</translation>
    </message>
    <message>
        <source>adding a practitioner</source>
        <translation>añadir un profesional</translation>
    </message>
    <message>
        <source>Added %1 as %2; they sign in to the server as “%1” with their password.</source>
        <translation>Se añadió a %1 como %2; inicia sesión en el servidor como «%1» con su contraseña.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 es ahora %2.</translation>
    </message>
    <message>
        <source>Practitioners work on a practice server, where each signs in as their own PostgreSQL role and
the server itself enforces what they may see and do (README, “Who may do what”). A database
file is a solo practice: these commands refuse it.</source>
        <translation>Los profesionales trabajan en un servidor de la consulta, donde cada uno inicia sesión con su propio rol de PostgreSQL y
el propio servidor impone lo que puede ver y hacer (README, «Who may do what»). Un archivo de base de
datos es una consulta individual: estos comandos lo rechazan.</translation>
    </message>
    <message>
        <source>List the practice&apos;s practitioners and their roles.</source>
        <translation>Lista los profesionales de la consulta y sus roles.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, login, name, role (owner, practitioner, administrator), active,
created_at.</source>
        <translation>Claves CSV y JSON: id, login, name, role (owner, practitioner, administrator), active,
created_at.</translation>
    </message>
    <message>
        <source>Add a practitioner and create their sign-in on the server (owners only).</source>
        <translation>Añade un profesional y crea su usuario en el servidor (solo titulares).</translation>
    </message>
    <message>
        <source>Their name as the practice shows it.</source>
        <translation>Su nombre tal como lo muestra la consulta.</translation>
    </message>
    <message>
        <source>owner, practitioner (default) or administrator.</source>
        <translation>owner, practitioner (predeterminado) o administrator.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of asking for it on the terminal.</source>
        <translation>Lee la contraseña de la primera línea de la entrada estándar en lugar de pedirla en el terminal.</translation>
    </message>
    <message>
        <source>Creates the PostgreSQL role LOGIN (LOGIN, with the password) as a member of the practice&apos;s
group role for ROLE, creating the practice&apos;s group roles and their grants the first time.
The password is asked for on the terminal, or read from standard input with
--password-stdin; it is never taken from the command line. Needs an owner with CREATEROLE.</source>
        <translation>Crea el rol de PostgreSQL LOGIN (LOGIN, con la contraseña) como miembro del rol de grupo de la
consulta para ROLE, y la primera vez crea los roles de grupo de la consulta y sus permisos.
La contraseña se pide en el terminal o se lee de la entrada estándar con
--password-stdin; nunca se toma de la línea de comandos. Requiere un titular con CREATEROLE.</translation>
    </message>
    <message>
        <source>Give a practitioner another role (owners only).</source>
        <translation>Asigna otro rol a un profesional (solo titulares).</translation>
    </message>
    <message>
        <source>ROLE is owner, practitioner or administrator. The practice keeps at least one owner.</source>
        <translation>ROLE es owner, practitioner o administrator. La consulta conserva al menos un titular.</translation>
    </message>
    <message>
        <source>Share a client with a practitioner (owners only).</source>
        <translation>Comparte un cliente con un profesional (solo titulares).</translation>
    </message>
    <message>
        <source>The practitioner then sees the client and everything that belongs to them: incidents and
their steps, agreements, contracts, acknowledgements and follow-ups.</source>
        <translation>El profesional ve entonces al cliente y todo lo que le corresponde: los incidentes y
sus pasos, los acuerdos, contratos, confirmaciones y seguimientos.</translation>
    </message>
    <message>
        <source>Client %1 is now shared with %2.</source>
        <translation>El cliente %1 se comparte ahora con %2.</translation>
    </message>
    <message>
        <source>Stop sharing a client with a practitioner (owners only).</source>
        <translation>Deja de compartir un cliente con un profesional (solo titulares).</translation>
    </message>
    <message>
        <source>Client %1 is no longer shared with %2.</source>
        <translation>El cliente %1 ya no se comparte con %2.</translation>
    </message>
    <message>
        <source>Make another practitioner responsible for a client (an owner, or the responsible one).</source>
        <translation>Hace responsable de un cliente a otro profesional (un titular o el profesional responsable).</translation>
    </message>
    <message>
        <source>A practitioner who hands their own client over no longer sees it, unless it is shared
with them.</source>
        <translation>Un profesional que transfiere su propio cliente deja de verlo, salvo que se comparta
con él.</translation>
    </message>
    <message>
        <source>%2 is now responsible for client %1.</source>
        <translation>%2 es ahora responsable del cliente %1.</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2&apos;s clients.</source>
        <translation>%1 es ahora responsable de los clientes de %2.</translation>
    </message>
    <message>
        <source>%1 is inactive and can no longer sign in; their records keep their name.</source>
        <translation>%1 está inactivo y ya no puede iniciar sesión; sus registros conservan su nombre.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation>%1 vuelve a estar activo y puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Deactivate a practitioner who leaves the practice; they can no longer sign in (owners only).</source>
        <translation>Desactivar a un profesional que deja la consulta; ya no podrá iniciar sesión (solo titulares).</translation>
    </message>
    <message>
        <source>Make this practitioner responsible for all of their clients in the same change.</source>
        <translation>Hacer responsable a este profesional de todos sus clientes en el mismo cambio.</translation>
    </message>
    <message>
        <source>The server refuses the role&apos;s sign-in from then on (NOLOGIN) and takes it out of the
practice&apos;s group roles, so a session still open is refused at its next statement. Their
records and the audit trail keep their name. A practitioner still responsible for clients
is refused unless --hand-over-to names who takes them over; nobody deactivates themselves
or the practice&apos;s last active owner. “practitioners reactivate” undoes it.</source>
        <translation>A partir de entonces el servidor rechaza el inicio de sesión del rol (NOLOGIN) y lo retira
de los roles de grupo de la consulta, así que una sesión aún abierta se rechaza en su
siguiente instrucción. Sus registros y el registro de auditoría conservan su nombre. Un
profesional que aún es responsable de clientes se rechaza salvo que --hand-over-to indique
quién los asume; nadie se desactiva a sí mismo ni al último titular activo de la consulta.
«practitioners reactivate» lo deshace.</translation>
    </message>
    <message>
        <source>Let a deactivated practitioner sign in again (owners only).</source>
        <translation>Permitir de nuevo el inicio de sesión a un profesional desactivado (solo titulares).</translation>
    </message>
    <message>
        <source>They come back in the role they had, with their old password.</source>
        <translation>Vuelve con el rol que tenía y con su contraseña anterior.</translation>
    </message>
</context>
<context>
    <name>PractitionerRepository</name>
    <message>
        <source>reading who is signed in</source>
        <translation>leer quién ha iniciado sesión</translation>
    </message>
    <message>
        <source>recording the practitioner</source>
        <translation>registrar el profesional</translation>
    </message>
    <message>
        <source>reading the practitioners</source>
        <translation>leer los profesionales</translation>
    </message>
    <message>
        <source>reading the practitioner</source>
        <translation>leer el profesional</translation>
    </message>
    <message>
        <source>There is no practitioner with id %1.</source>
        <translation>No hay ningún profesional con el id %1.</translation>
    </message>
    <message>
        <source>There is no practitioner “%1” in this practice.</source>
        <translation>No hay ningún profesional «%1» en esta consulta.</translation>
    </message>
    <message>
        <source>the new practitioner</source>
        <translation>el nuevo profesional</translation>
    </message>
    <message>
        <source>the practitioner&apos;s new role</source>
        <translation>el nuevo rol del profesional</translation>
    </message>
    <message>
        <source>naming the practice&apos;s roles</source>
        <translation>determinar los nombres de los roles de la consulta</translation>
    </message>
    <message>
        <source>granting the practice&apos;s roles their rights</source>
        <translation>conceder sus permisos a los roles de la consulta</translation>
    </message>
    <message>
        <source>creating the practice&apos;s roles</source>
        <translation>crear los roles de la consulta</translation>
    </message>
    <message>
        <source>creating the sign-in of %1</source>
        <translation>crear el usuario de %1</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>La base de datos rechazó la operación (%1): %2</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>sin conexión con el servidor</translation>
    </message>
    <message>
        <source>changing the role of %1</source>
        <translation>cambiar el rol de %1</translation>
    </message>
    <message>
        <source>The practice&apos;s role %1 does not exist on the server; “practitioners add” creates it.</source>
        <translation>El rol de la consulta %1 no existe en el servidor; «practitioners add» lo crea.</translation>
    </message>
    <message>
        <source>sharing the client</source>
        <translation>compartir el cliente</translation>
    </message>
    <message>
        <source>ending the sharing of the client</source>
        <translation>dejar de compartir el cliente</translation>
    </message>
    <message>
        <source>The client is not shared with that practitioner.</source>
        <translation>El cliente no se comparte con ese profesional.</translation>
    </message>
    <message>
        <source>reading with whom the client is shared</source>
        <translation>leer con quién se comparte el cliente</translation>
    </message>
    <message>
        <source>handing the client over</source>
        <translation>transferir el cliente</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>No hay ningún cliente con el id %1.</translation>
    </message>
    <message>
        <source>reading who keeps the client&apos;s record</source>
        <translation>leer quién lleva el expediente del cliente</translation>
    </message>
    <message>
        <source>reading who keeps the incident&apos;s record</source>
        <translation>leer quién lleva el registro del incidente</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>No hay ningún incidente con el id %1.</translation>
    </message>
    <message>
        <source>whether the practitioner is active</source>
        <translation>si el profesional está activo</translation>
    </message>
    <message>
        <source>letting %1 sign in again</source>
        <translation>permitir de nuevo el inicio de sesión de %1</translation>
    </message>
    <message>
        <source>ending the sign-in of %1</source>
        <translation>poner fin al inicio de sesión de %1</translation>
    </message>
    <message>
        <source>counting the practitioner&apos;s clients</source>
        <translation>contar los clientes del profesional</translation>
    </message>
    <message>
        <source>handing the practitioner&apos;s clients over</source>
        <translation>transferir los clientes del profesional</translation>
    </message>
    <message>
        <source>reading whether you may still sign in</source>
        <translation>leer si todavía puede iniciar sesión</translation>
    </message>
</context>
<context>
    <name>PractitionerService</name>
    <message>
        <source>Managing practitioners needs a practice server: a database file is a solo practice, whose one practitioner is the computer&apos;s user. Move the practice to a server first (“migrate --to”).</source>
        <translation>Para gestionar profesionales se necesita un servidor de la consulta: un archivo de base de datos es una consulta individual, cuyo único profesional es el usuario del equipo. Traslade antes la consulta a un servidor («migrate --to»).</translation>
    </message>
    <message>
        <source>Only an owner of the practice can do this (%1); you are signed in as %2.</source>
        <translation>Solo un titular de la consulta puede hacer esto (%1); usted ha iniciado sesión como %2.</translation>
    </message>
    <message>
        <source>someone who is not a practitioner here</source>
        <translation>alguien que no es profesional de esta consulta</translation>
    </message>
    <message>
        <source>%1 is an administrator or no longer active and cannot work with clients.</source>
        <translation>%1 es administrador o ya no está activo, y no puede trabajar con clientes.</translation>
    </message>
    <message>
        <source>adding a practitioner</source>
        <translation>añadir un profesional</translation>
    </message>
    <message>
        <source>“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, not starting with a digit, “pg_” or “bk_”.</source>
        <translation>«%1» no puede ser un nombre de usuario: use de 1 a 63 letras minúsculas, cifras y «_», sin empezar por una cifra, «pg_» ni «bk_».</translation>
    </message>
    <message>
        <source>A new practitioner needs a password to sign in with.</source>
        <translation>Un nuevo profesional necesita una contraseña para iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is already a practitioner of this practice.</source>
        <translation>%1 ya es profesional de esta consulta.</translation>
    </message>
    <message>
        <source>changing a practitioner&apos;s role</source>
        <translation>cambiar el rol de un profesional</translation>
    </message>
    <message>
        <source>%1 is the practice&apos;s only owner; make someone else an owner first.</source>
        <translation>%1 es el único titular de la consulta; nombre antes titular a otra persona.</translation>
    </message>
    <message>
        <source>sharing a client</source>
        <translation>compartir un cliente</translation>
    </message>
    <message>
        <source>ending the sharing of a client</source>
        <translation>dejar de compartir un cliente</translation>
    </message>
    <message>
        <source>handing a client over</source>
        <translation>transferir un cliente</translation>
    </message>
    <message>
        <source>Only an owner or the practitioner responsible for the client can hand it over.</source>
        <translation>Solo un titular o el profesional responsable del cliente puede transferirlo.</translation>
    </message>
    <message>
        <source>deactivating a practitioner</source>
        <translation>desactivar a un profesional</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 ya está inactivo.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another owner can.</source>
        <translation>No puede desactivarse a sí mismo; otro titular sí puede.</translation>
    </message>
    <message>
        <source>%1&apos;s clients go to someone who stays in the practice.</source>
        <translation>Los clientes de %1 pasan a alguien que sigue en la consulta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still responsible for %n client(s): hand them over first, or choose who takes them over.</source>
        <translation>
            <numerusform>%1 todavía es responsable de %n cliente: transfiéralo primero o elija quién lo asume.</numerusform>
            <numerusform>%1 todavía es responsable de %n clientes: transfiéralos primero o elija quién los asume.</numerusform>
        </translation>
    </message>
    <message>
        <source>reactivating a practitioner</source>
        <translation>reactivar a un profesional</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ya está activo.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 is a symbolic link; name a file, not a link.</source>
        <translation>%1 es un enlace simbólico; indique un archivo, no un enlace.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceRules</name>
    <message>
        <source>The same boundary was crossed again after a written summary about it was sent.</source>
        <translation>Se volvió a traspasar el mismo límite después de enviar un resumen por escrito sobre él.</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents within %1 days.</source>
        <translation>
            <numerusform>%n incidente en %1 días.</numerusform>
            <numerusform>%n incidentes en %1 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>No further incident concerning &quot;%1&quot; before the review date.</source>
        <translation>Ningún incidente más relacionado con «%1» antes de la fecha de revisión.</translation>
    </message>
    <message>
        <source>When something cannot wait, use the agreed channels within working hours, or write and expect an answer on the next working day.</source>
        <translation>Cuando algo no pueda esperar, use los canales acordados dentro del horario de atención, o escriba y cuente con una respuesta el siguiente día laborable.</translation>
    </message>
    <message>
        <source>Every follow-up meeting before the review date is attended.</source>
        <translation>Se asiste a todas las reuniones de seguimiento antes de la fecha de revisión.</translation>
    </message>
    <message>
        <source>If the contract is not kept, the next step of the practice&apos;s ladder follows, up to ending the engagement.</source>
        <translation>Si no se cumple el contrato, se pasa al siguiente paso de la escala de la consulta, hasta poner fin a la relación profesional.</translation>
    </message>
</context>
<context>
    <name>ReflectCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>La comprobación indicó</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>Decidí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
    <message>
        <source>List your private reflection entries (disclosure checks), newest first.</source>
        <translation>Lista sus entradas privadas de reflexión (comprobaciones antes de compartir), de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Only the entries about this client.</source>
        <translation>Solo las entradas sobre este cliente.</translation>
    </message>
    <message>
        <source>Each entry is a disclosure check you took before sharing something personal with a client: the
check&apos;s recommendation, what you decided and your note. Entries are yours alone: they are never part
of an agreement, a contract, a written summary or any export of a client&apos;s records.
CSV and JSON keys: id, date (YYYY-MM-DD), client_id and client_name (null without a client),
recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),
serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),
note.</source>
        <translation>Cada entrada es una comprobación que hizo antes de compartir algo personal con un cliente: la
recomendación de la comprobación, lo que decidió y su nota. Las entradas son solo suyas: nunca forman
parte de un acuerdo, un contrato, un resumen por escrito ni de ninguna exportación de los datos de un cliente.
Claves CSV y JSON: id, date (AAAA-MM-DD), client_id y client_name (null sin cliente),
recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),
serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),
note.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out es obligatorio: el archivo PDF que se escribirá.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote your reflection (%n month(s) reflected on, %1 disclosure check(s)) to %2.</source>
        <translation>
            <numerusform>Se ha escrito su reflexión (%n mes con reflexión, %1 comprobación(es) antes de compartir) en %2.</numerusform>
            <numerusform>Se ha escrito su reflexión (%n meses con reflexión, %1 comprobación(es) antes de compartir) en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your monthly reflections and disclosure checks as a PDF for supervision.</source>
        <translation>Escribe sus reflexiones mensuales y sus comprobaciones antes de compartir en un PDF para la supervisión.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>El archivo que se escribirá (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>Reemplaza FILE si ya existe.</translation>
    </message>
    <message>
        <source>Every monthly reflection with what the month looked like (your own lapses, contacts you
initiated outside hours, clients with repeated incidents, disclosure checks taken) and your
answers, then every disclosure check. The file is readable by you only (0600).</source>
        <translation>Cada reflexión mensual con cómo fue el mes (sus faltas propias, los contactos que inició fuera de
horario, los clientes con incidentes repetidos, las comprobaciones antes de compartir realizadas) y sus
respuestas; después, cada comprobación antes de compartir. Solo usted puede leer el archivo (0600).</translation>
    </message>
    <message>
        <source>“%1” is not a reflection entry id; use the id “reflect list” shows.</source>
        <translation>«%1» no es un id de entrada de reflexión; use el id que muestra «reflect list».</translation>
    </message>
    <message>
        <source>Give either --client or --no-client, not both.</source>
        <translation>Indique --client o --no-client, no ambos.</translation>
    </message>
    <message>
        <source>“%1” is not an answer for --%2; use yes, no or not_sure.</source>
        <translation>«%1» no es una respuesta válida para --%2; use yes, no o not_sure.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use shared, held_back or supervisor.</source>
        <translation>«%1» no es una decisión; use shared, held_back o supervisor.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <source>Saved reflection entry %1 of %2: the check said “%3”; you decided “%4”.</source>
        <translation>Se ha guardado la entrada de reflexión %1 del %2: la comprobación indicó «%3»; usted decidió «%4».</translation>
    </message>
    <message>
        <source>Deleting reflection entry %1 of %2 cannot be undone; give --yes to confirm.</source>
        <translation>Eliminar la entrada de reflexión %1 del %2 no se puede deshacer; indique --yes para confirmarlo.</translation>
    </message>
    <message>
        <source>Deleted reflection entry %1 of %2.</source>
        <translation>Se ha eliminado la entrada de reflexión %1 del %2.</translation>
    </message>
    <message>
        <source>Only the entries of this day or later.</source>
        <translation>Solo las entradas de este día o posteriores.</translation>
    </message>
    <message>
        <source>Only the entries of this day or earlier.</source>
        <translation>Solo las entradas de este día o anteriores.</translation>
    </message>
    <message>
        <source>Change one of your reflection entries; what is not given stays as it is.</source>
        <translation>Modifica una de sus entradas de reflexión; lo que no se indique se queda como está.</translation>
    </message>
    <message>
        <source>The client the entry is about.</source>
        <translation>El cliente al que se refiere la entrada.</translation>
    </message>
    <message>
        <source>The entry is about no particular client.</source>
        <translation>La entrada no se refiere a ningún cliente concreto.</translation>
    </message>
    <message>
        <source>The day of the check; not in the future.</source>
        <translation>El día de la comprobación; no puede ser una fecha futura.</translation>
    </message>
    <message>
        <source>yes, no or not_sure: %1</source>
        <translation>yes, no o not_sure: %1</translation>
    </message>
    <message>
        <source>What you decided: shared, held_back or supervisor.</source>
        <translation>Lo que decidió: shared, held_back o supervisor.</translation>
    </message>
    <message>
        <source>Your note; an empty one removes it.</source>
        <translation>Su nota; una nota vacía la elimina.</translation>
    </message>
    <message>
        <source>The check&apos;s recommendation is worked out again from the answers. Only your own entries can be
changed; the audit trail records that the entry changed, never its text.</source>
        <translation>La recomendación de la comprobación se vuelve a calcular a partir de las respuestas. Solo se pueden
modificar sus propias entradas; el registro de auditoría anota que la entrada cambió, nunca su texto.</translation>
    </message>
    <message>
        <source>Delete one of your reflection entries for good.</source>
        <translation>Elimina definitivamente una de sus entradas de reflexión.</translation>
    </message>
    <message>
        <source>Confirm the deletion; it cannot be undone.</source>
        <translation>Confirma la eliminación; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted; the audit trail keeps that the entry existed and was
deleted, never its text.</source>
        <translation>Solo se pueden eliminar sus propias entradas; el registro de auditoría conserva que la entrada existió y se
eliminó, nunca su texto.</translation>
    </message>
</context>
<context>
    <name>ReflectionPeriods</name>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>Los últimos tres meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>El año pasado</translation>
    </message>
</context>
<context>
    <name>ReflectionReport</name>
    <message>
        <source>Reflection for supervision</source>
        <translation>Reflexión para la supervisión</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>No practitioner was named.</source>
        <translation>No se indicó ningún profesional.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Months reflected on</source>
        <translation>Meses con reflexión</translation>
    </message>
    <message>
        <source>Disclosure checks</source>
        <translation>Comprobaciones antes de compartir</translation>
    </message>
    <message>
        <source>Private: this is your own reflection, for you and your supervisor. It is never part of anything a client receives.</source>
        <translation>Privado: esta es su propia reflexión, para usted y su supervisor. Nunca forma parte de nada que reciba un cliente.</translation>
    </message>
    <message>
        <source>Monthly reflections</source>
        <translation>Reflexiones mensuales</translation>
    </message>
    <message>
        <source>No monthly reflection recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna reflexión mensual.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Omitido.</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (outside working hours)</source>
        <translation> (fuera del horario de atención)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln incidente)</numerusform>
            <numerusform>%1 (%Ln incidentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Own lapses</source>
        <translation>Faltas propias</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No se ha registrado ninguna.</translation>
    </message>
    <message>
        <source>Contacts you initiated outside hours</source>
        <translation>Contactos que inició fuera de horario</translation>
    </message>
    <message>
        <source>Clients with repeated incidents</source>
        <translation>Clientes con incidentes repetidos</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <source>Disclosure checks taken</source>
        <translation>Comprobaciones antes de compartir realizadas</translation>
    </message>
    <message>
        <source>%1 (shared after %2)</source>
        <translation>%1 (compartió después de %2)</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sin respuesta.</translation>
    </message>
    <message>
        <source>No disclosure check recorded yet.</source>
        <translation>Todavía no se ha registrado ninguna comprobación antes de compartir.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No particular client</source>
        <translation>Ningún cliente concreto</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>La comprobación indicó</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>Decidí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Sin nota.</translation>
    </message>
    <message>
        <source>Reflection for supervision (%1)</source>
        <translation>Reflexión para la supervisión (%1)</translation>
    </message>
    <message>
        <source>Private reflection · %1</source>
        <translation>Reflexión privada · %1</translation>
    </message>
</context>
<context>
    <name>ReflectionRepository</name>
    <message>
        <source>the reflection entry</source>
        <translation>la entrada de reflexión</translation>
    </message>
    <message>
        <source>reading the reflection entry</source>
        <translation>leer la entrada de reflexión</translation>
    </message>
    <message>
        <source>There is no reflection entry with id %1.</source>
        <translation>No hay ninguna entrada de reflexión con el id %1.</translation>
    </message>
    <message>
        <source>counting reflection entries</source>
        <translation>contar las entradas de reflexión</translation>
    </message>
    <message>
        <source>listing reflection entries</source>
        <translation>listar las entradas de reflexión</translation>
    </message>
    <message>
        <source>finding the reflection entry</source>
        <translation>buscar la entrada de reflexión</translation>
    </message>
    <message>
        <source>reading the redirect phrases</source>
        <translation>leer las frases para reconducir</translation>
    </message>
    <message>
        <source>saving the redirect phrases</source>
        <translation>guardar las frases para reconducir</translation>
    </message>
    <message>
        <source>reading your own lapses</source>
        <translation>leer sus faltas propias</translation>
    </message>
    <message>
        <source>reading the clients with repeated incidents</source>
        <translation>leer los clientes con incidentes repetidos</translation>
    </message>
    <message>
        <source>counting the disclosure checks</source>
        <translation>contar las comprobaciones antes de compartir</translation>
    </message>
    <message>
        <source>the monthly reflection</source>
        <translation>la reflexión mensual</translation>
    </message>
    <message>
        <source>reading the monthly reflection</source>
        <translation>leer la reflexión mensual</translation>
    </message>
    <message>
        <source>listing the monthly reflections</source>
        <translation>listar las reflexiones mensuales</translation>
    </message>
    <message>
        <source>reading when the practice started</source>
        <translation>leer cuándo empezó la consulta</translation>
    </message>
    <message>
        <source>saving the reflection entry</source>
        <translation>guardar la entrada de reflexión</translation>
    </message>
    <message>
        <source>deleting the reflection entry</source>
        <translation>eliminar la entrada de reflexión</translation>
    </message>
</context>
<context>
    <name>ReflectionService</name>
    <message>
        <source>Answer all five questions of the check (“Not sure” is an answer) before recording it.</source>
        <translation>Responda a las cinco preguntas de la comprobación («No estoy seguro» es una respuesta) antes de registrarla.</translation>
    </message>
    <message>
        <source>Say what you decided: whether you shared it, kept it to yourself or will talk it over with your supervisor.</source>
        <translation>Indique lo que decidió: si lo compartió, si se lo guardó o si lo hablará con su supervisor.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; a reflection looks back.</source>
        <translation>La fecha %1 es futura; una reflexión mira hacia atrás.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La nota tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The note holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>La nota contiene un carácter de control (%1); solo se admiten caracteres imprimibles, tabulaciones y saltos de línea.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters; a redirect phrase is one short sentence.</source>
        <translation>«%1…» tiene más de %2 caracteres; una frase para reconducir es una sola frase corta.</translation>
    </message>
    <message>
        <source>A phrase holds a control character (%1); only printable characters are allowed.</source>
        <translation>Una frase contiene un carácter de control (%1); solo se admiten caracteres imprimibles.</translation>
    </message>
    <message>
        <source>That&apos;s enough about me — what matters for you here is…</source>
        <translation>Pero no hablemos más de mí: lo que aquí le importa a usted es…</translation>
    </message>
    <message>
        <source>I appreciate you asking. Let&apos;s come back to what you wanted from today.</source>
        <translation>Le agradezco la pregunta. Volvamos a lo que quería sacar de hoy.</translation>
    </message>
    <message>
        <source>That&apos;s a story for another time; I&apos;d rather hear how this week went for you.</source>
        <translation>Eso lo dejamos para otro momento; prefiero que me cuente cómo le ha ido la semana.</translation>
    </message>
    <message>
        <source>Thank you for sharing that. How does it connect with the goal we set?</source>
        <translation>Gracias por contármelo. ¿Qué relación tiene con el objetivo que fijamos?</translation>
    </message>
    <message>
        <source>Let&apos;s keep this time for you: where would you like to pick up?</source>
        <translation>Dediquemos este tiempo a usted: ¿por dónde le gustaría seguir?</translation>
    </message>
    <message>
        <source>Where did a boundary blur this month, on your side or a client&apos;s?</source>
        <translation>¿Dónde se difuminó un límite este mes, por su parte o por la de un cliente?</translation>
    </message>
    <message>
        <source>What tempted you to reply out of hours or to share something personal, and what helped?</source>
        <translation>¿Qué le tentó a responder fuera de horario o a compartir algo personal, y qué le ayudó?</translation>
    </message>
    <message>
        <source>What will you do differently next month, and what will you take to supervision?</source>
        <translation>¿Qué hará de otra manera el mes que viene y qué llevará a la supervisión?</translation>
    </message>
    <message>
        <source>%1 is still to come; a reflection looks back.</source>
        <translation>%1 todavía no ha llegado; una reflexión mira hacia atrás.</translation>
    </message>
    <message>
        <source>An answer is longer than %1 characters; a few lines are enough.</source>
        <translation>Una respuesta tiene más de %1 caracteres; bastan unas pocas líneas.</translation>
    </message>
    <message>
        <source>An answer holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Una respuesta contiene un carácter de control (%1); solo se admiten caracteres imprimibles, tabulaciones y saltos de línea.</translation>
    </message>
    <message>
        <source>Answer at least one question in a few lines, or skip the month.</source>
        <translation>Responda al menos a una pregunta en unas pocas líneas, u omita el mes.</translation>
    </message>
    <message>
        <source>You reflected on %1 already; it is not skipped.</source>
        <translation>Ya reflexionó sobre %1; no se omite.</translation>
    </message>
    <message>
        <source>Reflection entry %1 is another practitioner&apos;s; only its author can change it.</source>
        <translation>La entrada de reflexión %1 es de otro profesional; solo su autor puede modificarla.</translation>
    </message>
</context>
<context>
    <name>ResourceLibraryService</name>
    <message>
        <source>Give the resource a title.</source>
        <translation>Dé un título al recurso.</translation>
    </message>
    <message>
        <source>Tick at least one boundary the resource helps with, so it is offered for those incidents.</source>
        <translation>Marque al menos un límite con el que ayude el recurso, para que se ofrezca en esos incidentes.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>A resource needs a title.</source>
        <translation>Un recurso necesita un título.</translation>
    </message>
    <message>
        <source>saving the resource</source>
        <translation>guardar el recurso</translation>
    </message>
    <message>
        <source>reading the resource library</source>
        <translation>leer la biblioteca de recursos</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address: it must begin with postgresql://.</source>
        <translation>%1 no es una dirección de servidor: debe empezar por postgresql://.</translation>
    </message>
    <message>
        <source>The server address %1 cannot be read: %2</source>
        <translation>No se puede leer la dirección de servidor %1: %2</translation>
    </message>
    <message>
        <source>The server address %1 has a semicolon in its %2 setting, which cannot be passed on to the server.</source>
        <translation>La dirección de servidor %1 tiene en su parámetro %2 un punto y coma que no se puede transmitir al servidor.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Drawn by hand on screen</source>
        <translation>Dibujada a mano en la pantalla</translation>
    </message>
    <message>
        <source>Full name typed</source>
        <translation>Nombre completo escrito</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Firmado en papel</translation>
    </message>
    <message>
        <source>Signed by hand on a printed copy; the paper original is kept by the practice.</source>
        <translation>Firmado a mano en una copia impresa; la consulta conserva el original en papel.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing.</source>
        <translation>Falta el nombre de quien firma.</translation>
    </message>
    <message>
        <source>The time of signing is missing.</source>
        <translation>Falta la hora de la firma.</translation>
    </message>
    <message>
        <source>Nothing has been drawn.</source>
        <translation>No se ha dibujado nada.</translation>
    </message>
    <message>
        <source>No name has been typed.</source>
        <translation>No se ha escrito ningún nombre.</translation>
    </message>
</context>
<context>
    <name>SigningRecord</name>
    <message>
        <source>Document opened</source>
        <translation>Documento abierto</translation>
    </message>
    <message>
        <source>Step completed</source>
        <translation>Paso completado</translation>
    </message>
    <message>
        <source>Consent to sign electronically given</source>
        <translation>Consentimiento para firmar electrónicamente otorgado</translation>
    </message>
    <message>
        <source>Signing on paper chosen</source>
        <translation>Firma en papel elegida</translation>
    </message>
    <message>
        <source>Signed by the client</source>
        <translation>Firmado por el cliente</translation>
    </message>
    <message>
        <source>Countersigned by the practitioner</source>
        <translation>Contrafirmado por el profesional</translation>
    </message>
    <message>
        <source>Signed PDF produced</source>
        <translation>PDF firmado generado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown computer</source>
        <translation>Equipo desconocido</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Usuario desconocido</translation>
    </message>
    <message>
        <source>The client has not consented to sign electronically.</source>
        <translation>El cliente no ha dado su consentimiento para firmar electrónicamente.</translation>
    </message>
    <message>
        <source>It has not been confirmed that the signed paper original exists.</source>
        <translation>No se ha confirmado que exista el original firmado en papel.</translation>
    </message>
    <message>
        <source>The statement of intent to sign is missing.</source>
        <translation>Falta la declaración de intención de firmar.</translation>
    </message>
    <message>
        <source>When signing on paper, %1 must be recorded as signed on paper.</source>
        <translation>Al firmar en papel, %1 debe registrarse como firmado en papel.</translation>
    </message>
    <message>
        <source>%1 signed on paper, but the document is signed electronically.</source>
        <translation>%1 firmó en papel, pero el documento se firma electrónicamente.</translation>
    </message>
    <message>
        <source>The client has not signed.</source>
        <translation>El cliente no ha firmado.</translation>
    </message>
    <message>
        <source>The practitioner has not countersigned.</source>
        <translation>El profesional no ha contrafirmado.</translation>
    </message>
</context>
<context>
    <name>SigningRows</name>
    <message>
        <source>The terms stored with document %1 cannot be read.</source>
        <translation>No se pueden leer las condiciones guardadas con el documento %1.</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>guardar el borrador</translation>
    </message>
    <message>
        <source>saving a signature</source>
        <translation>guardar una firma</translation>
    </message>
    <message>
        <source>saving the timeline</source>
        <translation>guardar la cronología</translation>
    </message>
    <message>
        <source>reading the signatures</source>
        <translation>leer las firmas</translation>
    </message>
    <message>
        <source>The strokes of a signature on document %1 cannot be read.</source>
        <translation>No se pueden leer los trazos de una firma del documento %1.</translation>
    </message>
    <message>
        <source>reading the timeline</source>
        <translation>leer la cronología</translation>
    </message>
    <message>
        <source>signing the document</source>
        <translation>firmar el documento</translation>
    </message>
    <message>
        <source>The draft no longer exists or is already signed.</source>
        <translation>El borrador ya no existe o ya está firmado.</translation>
    </message>
    <message>
        <source>The document cannot be signed without its final PDF.</source>
        <translation>El documento no se puede firmar sin su PDF final.</translation>
    </message>
    <message>
        <source>reading the signed PDFs</source>
        <translation>leer los PDF firmados</translation>
    </message>
    <message>
        <source>The draft was discarded; it can no longer be changed or signed.</source>
        <translation>El borrador se descartó; ya no se puede modificar ni firmar.</translation>
    </message>
    <message>
        <source>The draft has already been discarded.</source>
        <translation>El borrador ya se ha descartado.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Written summary – %1 – %2 (%3)</source>
        <translation>Resumen por escrito – %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Written summary</source>
        <translation>Resumen por escrito</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>The client&apos;s name was not recorded.</source>
        <translation>No se registró el nombre del cliente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The summary has no text.</source>
        <translation>El resumen no tiene texto.</translation>
    </message>
    <message>
        <source>Written summary · %1 · %2</source>
        <translation>Resumen por escrito · %1 · %2</translation>
    </message>
    <message>
        <source>Change in availability</source>
        <translation>Cambio en la disponibilidad</translation>
    </message>
    <message>
        <source>Change in availability – %1 – %2 (%3)</source>
        <translation>Cambio en la disponibilidad – %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Change in availability · %1 · %2</source>
        <translation>Cambio en la disponibilidad · %1 · %2</translation>
    </message>
</context>
<context>
    <name>SupportedDates</name>
    <message>
        <source>Dates from %1 to %2 are supported.</source>
        <translation>Se admiten fechas del %1 al %2.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The property that starts on line %1 is longer than %2 characters; address books do not write such values.</source>
        <translation>La propiedad que empieza en la línea %1 tiene más de %2 caracteres; las libretas de direcciones no escriben valores así.</translation>
    </message>
    <message>
        <source>The entry that starts on line %1 has no END:VCARD: the file may be cut short.</source>
        <translation>La entrada que empieza en la línea %1 no tiene END:VCARD: puede que el archivo esté cortado.</translation>
    </message>
</context>
<context>
    <name>bk::ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Cualquier cambio</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Cualquier registro</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Quién:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;ué:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Número de registro:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
</context>
<context>
    <name>bk::AddPractitionerDialog</name>
    <message>
        <source>Add practitioner</source>
        <translation>Añadir profesional</translation>
    </message>
    <message>
        <source>The new practitioner signs in to the practice server with this name and password. Tell them the password in person, never by email.</source>
        <translation>El nuevo profesional inicia sesión en el servidor de la consulta con este nombre de usuario y esta contraseña. Comuníquele la contraseña en persona, nunca por correo electrónico.</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>p. ej. anna</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and “_”, not starting with a digit</source>
        <translation>Letras minúsculas, cifras y «_», sin empezar por una cifra</translation>
    </message>
    <message>
        <source>e.g. Anna Berg</source>
        <translation>p. ej. Anna Berg</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Re&amp;pita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Add practitioner</source>
        <translation>&amp;Añadir profesional</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma contraseña en ambos campos.</translation>
    </message>
</context>
<context>
    <name>bk::AuditEventModel</name>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Recorded as it was</source>
        <translation>Registrado tal como estaba</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>bk::AvailabilityDialog</name>
    <message>
        <source>contract review on %1</source>
        <translation>revisión del contrato el %1</translation>
    </message>
    <message>
        <source>goal due on %1</source>
        <translation>objetivo que vence el %1</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>seguimiento el %1</translation>
    </message>
    <message>
        <source>%1, moved to %2</source>
        <translation>%1, pasado al %2</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Disponibilidad reducida</translation>
    </message>
    <message>
        <source>When something personal affects your work, tell the clients concerned in good time what changes for them and whom to contact — without the personal detail.</source>
        <translation>Cuando algo personal afecta a su trabajo, comunique con tiempo a los clientes afectados qué cambia para ellos y a quién dirigirse, sin los detalles personales.</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>El periodo</translation>
    </message>
    <message>
        <source>&amp;No sessions</source>
        <translation>&amp;Sin sesiones</translation>
    </message>
    <message>
        <source>S&amp;lower replies to messages</source>
        <translation>Respuestas más &amp;lentas a los mensajes</translation>
    </message>
    <message>
        <source>A colleague&apos;s name, if one covers</source>
        <translation>El nombre de un colega, si alguien le sustituye</translation>
    </message>
    <message>
        <source>How clients reach them</source>
        <translation>Cómo pueden contactar los clientes con esa persona</translation>
    </message>
    <message>
        <source>Kept for your own record only: no notice names it.</source>
        <translation>Solo para su propio registro: ningún aviso lo menciona.</translation>
    </message>
    <message>
        <source>The reason is private: it never appears in a notice.</source>
        <translation>El motivo es privado: nunca aparece en un aviso.</translation>
    </message>
    <message>
        <source>Recor&amp;d the period</source>
        <translation>&amp;Registrar el periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Qué cambia:</translation>
    </message>
    <message>
        <source>&amp;Covered by:</source>
        <translation>Cu&amp;bierto por:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>The clients affected</source>
        <translation>Los clientes afectados</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Clientes afectados</translation>
    </message>
    <message>
        <source>&amp;Move their follow-ups to the day after</source>
        <translation>Pasar sus seguimientos al día si&amp;guiente</translation>
    </message>
    <message>
        <source>Each move is recorded; the original date stays in the record</source>
        <translation>Cada cambio se registra; la fecha original se conserva en el registro</translation>
    </message>
    <message>
        <source>The notice for the client</source>
        <translation>El aviso para el cliente</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save the notice with the practice&apos;s letterhead as a PDF in the client&apos;s folder</source>
        <translation>Guardar el aviso con el membrete de la consulta como PDF en la carpeta del cliente</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Registrar como &amp;enviado</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Enviado como:</translation>
    </message>
    <message>
        <source>A new period</source>
        <translation>Un periodo nuevo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(notice sent)</source>
        <translation>(aviso enviado)</translation>
    </message>
    <message numerus="yes">
        <source>The clients affected: %Ln</source>
        <translation>
            <numerusform>Los clientes afectados: %Ln</numerusform>
            <numerusform>Los clientes afectados: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln follow-up(s) to the day after</source>
        <translation>
            <numerusform>Pasar %Ln seguimiento al día si&amp;guiente</numerusform>
            <numerusform>Pasar %Ln seguimientos al día si&amp;guiente</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the period to see the clients it affects.</source>
        <translation>Registre el periodo para ver los clientes a los que afecta.</translation>
    </message>
    <message>
        <source>No client has anything due in this period.</source>
        <translation>Ningún cliente tiene nada que venza en este periodo.</translation>
    </message>
    <message>
        <source>A notice was recorded as sent on %1.</source>
        <translation>Se registró un aviso como enviado el %1.</translation>
    </message>
    <message>
        <source>No notice recorded as sent yet.</source>
        <translation>Todavía no se ha registrado ningún aviso como enviado.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the notice instead and paste it into a message.</source>
        <translation>No se pudo abrir ningún programa de correo. Copie el aviso y péguelo en un mensaje.</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>No se guardó el PDF. %1</translation>
    </message>
    <message>
        <source>Saved as %1 in &lt;a href=&quot;%2&quot;&gt;the client&apos;s folder&lt;/a&gt;.</source>
        <translation>Guardado como %1 en &lt;a href=&quot;%2&quot;&gt;la carpeta del cliente&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>bk::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>Write a checked copy of the whole practice to a file you choose.</source>
        <translation>Escribir una copia comprobada de toda la consulta en un archivo que usted elija.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>Replace the practice with a backup; the practice as it is now is kept as a backup first.</source>
        <translation>Sustituir la consulta por una copia de seguridad; antes se guarda una copia de seguridad de la consulta tal como está ahora.</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Hacer una copia de seguridad de la consulta</translation>
    </message>
    <message>
        <source>Server backups (*.pgdump *.pgdump.bkenc)</source>
        <translation>Copias de seguridad de servidor (*.pgdump *.pgdump.bkenc)</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.sqlite.bkenc)</source>
        <translation>Copias de seguridad (*.sqlite *.sqlite.bkenc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Haciendo la copia de seguridad en %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Se canceló la copia de seguridad; no se escribió nada.</translation>
    </message>
    <message>
        <source>Backed up to %1; the copy was checked.</source>
        <translation>Copia de seguridad guardada en %1; la copia se ha comprobado.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>No se pudo escribir la copia de seguridad de hoy: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)</source>
        <translation>Copias de seguridad (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice on a server; this practice is kept in a file.</source>
        <translation>%1 es una copia de seguridad de una consulta en un servidor; esta consulta se guarda en un archivo.</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice kept in a file; this practice is on a server.</source>
        <translation>%1 es una copia de seguridad de una consulta guardada en un archivo; esta consulta está en un servidor.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was made %2 (database schema %3) and holds %4.

Restoring replaces the practice with it. The practice as it is now is kept as a backup first. Boundary Keeper closes the window, restores and opens the practice again.</source>
        <translation>%1 se hizo el %2 (esquema de base de datos %3). Contenido: %4.

Al restaurar, la consulta se sustituye por esta copia. Antes se guarda una copia de seguridad de la consulta tal como está ahora. Boundary Keeper cierra la ventana, restaura y vuelve a abrir la consulta.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
</context>
<context>
    <name>bk::BarChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bk::BoundariesStepPage</name>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
    <message>
        <source>Go through each boundary together: what it means, what happens when it is crossed, and any questions. Tick each one once it has been discussed.</source>
        <translation>Repasen juntos cada límite: qué significa, qué ocurre si se traspasa y cualquier pregunta. Marque cada uno una vez que se haya hablado.</translation>
    </message>
    <message>
        <source>The policy has changed since the client last signed. Go through the changes together and tick each added or changed boundary once it has been discussed.</source>
        <translation>La política ha cambiado desde la última firma del cliente. Repasen juntos los cambios y marque cada límite añadido o modificado una vez que se haya hablado.</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Cambios desde la versión %1</translation>
    </message>
    <message>
        <source>Version %1 (signed)</source>
        <translation>Versión %1 (firmada)</translation>
    </message>
    <message>
        <source>Version %1 (now)</source>
        <translation>Versión %1 (actual)</translation>
    </message>
    <message numerus="yes">
        <source>No boundary was added or changed. The %n boundaries were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>No se añadió ni modificó ningún límite. El límite se habló al firmar la versión %1 y consta como hablado.</numerusform>
            <numerusform>No se añadió ni modificó ningún límite. Los %n límites se hablaron al firmar la versión %1 y constan como hablados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n boundaries that did not change were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>El límite que no cambió se habló al firmar la versión %1 y consta como hablado.</numerusform>
            <numerusform>Los %n límites que no cambiaron se hablaron al firmar la versión %1 y constan como hablados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy version the client signed beside the current one: what was added, changed and removed.</source>
        <translation>La versión de la política que firmó el cliente junto a la actual: qué se añadió, qué cambió y qué se eliminó.</translation>
    </message>
</context>
<context>
    <name>bk::BoundaryCatalogueWidget</name>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>A short name, e.g. Contact outside working hours</source>
        <translation>Un nombre corto, p. ej. Contacto fuera del horario de atención</translation>
    </message>
    <message>
        <source>Retired: kept in earlier versions, left out of the next one. Restore it to publish it again.</source>
        <translation>Retirado: se conserva en las versiones anteriores y queda fuera de la siguiente. Restáurelo para volver a publicarlo.</translation>
    </message>
    <message>
        <source>The boundary in plain language, as the client will read it</source>
        <translation>El límite en lenguaje sencillo, tal como lo leerá el cliente</translation>
    </message>
    <message>
        <source>What respecting it looks like, for both of you</source>
        <translation>Cómo se ve respetarlo, para ambos</translation>
    </message>
    <message>
        <source>What happens when it is crossed, e.g. a conversation first, then a written summary</source>
        <translation>Qué ocurre si se traspasa, p. ej. primero una conversación y después un resumen por escrito</translation>
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
        <source>&amp;Appropriate behaviour:</source>
        <translation>Comportamiento &amp;adecuado:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirado)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The language whose texts you see and edit: clients receive their documents in their own language, so each boundary needs its texts in it</source>
        <translation>El idioma cuyos textos ve y edita: los clientes reciben sus documentos en su propio idioma, así que cada límite necesita sus textos en él</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtos en:</translation>
    </message>
    <message>
        <source>%1 (main language)</source>
        <translation>%1 (idioma principal)</translation>
    </message>
    <message>
        <source>Every boundary has its %1 texts.</source>
        <translation>Todos los límites tienen sus textos en %1.</translation>
    </message>
    <message>
        <source>Boundaries without %1 texts: %2. Agreements in %1 need them.</source>
        <translation>Límites sin textos en %1: %2. Los acuerdos en %1 los necesitan.</translation>
    </message>
    <message>
        <source>%1 (no %2 text)</source>
        <translation>%1 (sin texto en %2)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Co&amp;nsequence:</source>
        <translation>Co&amp;nsecuencia:</translation>
    </message>
</context>
<context>
    <name>bk::BoundaryDiscussionWidget</name>
    <message>
        <source>Boundaries; tick each one once it has been discussed</source>
        <translation>Límites; marque cada uno una vez que se haya hablado</translation>
    </message>
    <message>
        <source>What the client asked, in their words</source>
        <translation>Lo que preguntó el cliente, con sus palabras</translation>
    </message>
    <message>
        <source>The answer you gave</source>
        <translation>La respuesta que dio</translation>
    </message>
    <message>
        <source>Discussed – &amp;go to the next</source>
        <translation>Hablado – &amp;ir al siguiente</translation>
    </message>
    <message>
        <source>Tick this boundary as discussed and go on to the next one</source>
        <translation>Marcar este límite como hablado y pasar al siguiente</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;questions:</source>
        <translation>&amp;Preguntas del cliente:</translation>
    </message>
    <message>
        <source>&amp;Answers given:</source>
        <translation>&amp;Respuestas dadas:</translation>
    </message>
    <message>
        <source>What it looks like:</source>
        <translation>Cómo se ve:</translation>
    </message>
    <message>
        <source>If it is crossed:</source>
        <translation>Si se traspasa:</translation>
    </message>
    <message>
        <source>No consequence is stated.</source>
        <translation>No se indica ninguna consecuencia.</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Hablado</translation>
    </message>
    <message>
        <source>%1 of %2 discussed</source>
        <translation>%1 de %2 hablados</translation>
    </message>
    <message>
        <source>Every boundary of your policy. Talk each one through with the client; a tick marks those discussed.</source>
        <translation>Todos los límites de su política. Repase cada uno con el cliente; una marca indica los que ya se han hablado.</translation>
    </message>
    <message>
        <source>Tick once you have talked this boundary through and the client understands it and what happens when it is crossed. Next is enabled when every boundary is ticked.</source>
        <translation>Márquelo cuando haya repasado este límite con el cliente y este entienda el límite y lo que ocurre si se traspasa. «Siguiente» se activa cuando todos los límites están marcados.</translation>
    </message>
    <message>
        <source>The client&apos;s questions about this boundary, in their words. They are printed in the agreement.</source>
        <translation>Las preguntas del cliente sobre este límite, con sus palabras. Se imprimen en el acuerdo.</translation>
    </message>
    <message>
        <source>The answers you gave. They are printed in the agreement beside the questions.</source>
        <translation>Las respuestas que dio. Se imprimen en el acuerdo junto a las preguntas.</translation>
    </message>
    <message>
        <source>The boundary</source>
        <translation>El límite</translation>
    </message>
    <message>
        <source>Discussed &amp;with the client, questions answered</source>
        <translation>&amp;Hablado con el cliente, preguntas respondidas</translation>
    </message>
</context>
<context>
    <name>bk::ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Client – %1</source>
        <translation>Cliente – %1</translation>
    </message>
    <message>
        <source>Edit client – %1</source>
        <translation>Editar cliente – %1</translation>
    </message>
    <message>
        <source>Save and start &amp;agreement…</source>
        <translation>Guardar e iniciar acuer&amp;do…</translation>
    </message>
    <message>
        <source>Save the client and walk through the boundary agreement together</source>
        <translation>Guardar el cliente y repasar juntos el acuerdo de límites</translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation>Añadido el %1 · última modificación el %2</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <source>%1 Your changes are still here: save again to compare them with the newer version, or cancel to discard them.</source>
        <translation>%1 Sus cambios siguen aquí: guarde de nuevo para compararlos con la versión más reciente, o cancele para descartarlos.</translation>
    </message>
    <message>
        <source>Client deleted elsewhere</source>
        <translation>Cliente eliminado en otro lugar</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere after you opened it, so your changes could not be saved. Save what you typed as a new client?</source>
        <translation>%1 se eliminó en otro lugar después de que usted lo abriera, así que sus cambios no se pudieron guardar. ¿Guardar lo que ha escrito como un cliente nuevo?</translation>
    </message>
    <message>
        <source>Save as new client</source>
        <translation>Guardar como cliente nuevo</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere; nothing was saved. Cancel to discard your changes.</source>
        <translation>%1 se eliminó en otro lugar; no se guardó nada. Cancele para descartar sus cambios.</translation>
    </message>
</context>
<context>
    <name>bk::ClientFormWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>How the client likes to be addressed</source>
        <translation>Cómo prefiere el cliente que se dirijan a él</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+34 600 000 123</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>Goals, context, anything worth remembering about working together</source>
        <translation>Objetivos, contexto, todo lo que convenga recordar sobre el trabajo conjunto</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>Canal prefe&amp;rido:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>The language of the client&apos;s agreements, contracts and written summaries.</source>
        <translation>El idioma de los acuerdos, contratos y resúmenes por escrito del cliente.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Idioma de &amp;los documentos:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
</context>
<context>
    <name>bk::ClientPicker</name>
    <message>
        <source>Type part of a name, email or phone</source>
        <translation>Escriba parte de un nombre, correo electrónico o teléfono</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>Several clients match “%1”: choose one from the list.</source>
        <translation>Varios clientes coinciden con «%1»: elija uno de la lista.</translation>
    </message>
</context>
<context>
    <name>bk::ClientPractitionersWidget</name>
    <message>
        <source>Share &amp;with…</source>
        <translation>Comp&amp;artir con…</translation>
    </message>
    <message>
        <source>Let another practitioner see and work with this client (at once)</source>
        <translation>Permitir que otro profesional vea a este cliente y trabaje con él (de inmediato)</translation>
    </message>
    <message>
        <source>Stop sharin&amp;g…</source>
        <translation>D&amp;ejar de compartir…</translation>
    </message>
    <message>
        <source>Stop sharing this client with a practitioner (at once)</source>
        <translation>Dejar de compartir este cliente con un profesional (de inmediato)</translation>
    </message>
    <message>
        <source>Hand &amp;over to…</source>
        <translation>Trans&amp;ferir a…</translation>
    </message>
    <message>
        <source>Make another practitioner responsible for this client (at once)</source>
        <translation>Hacer responsable de este cliente a otro profesional (de inmediato)</translation>
    </message>
    <message>
        <source>Responsible practitioner: %1 (you)</source>
        <translation>Profesional responsable: %1 (usted)</translation>
    </message>
    <message>
        <source>You no longer see this client: they are neither yours nor shared with you.</source>
        <translation>Ya no puede ver a este cliente: no es uno de sus clientes ni se ha compartido con usted.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>(no consta)</translation>
    </message>
    <message>
        <source>Responsible practitioner: %1</source>
        <translation>Profesional responsable: %1</translation>
    </message>
    <message>
        <source>Created by %1 · last changed by %2</source>
        <translation>Creado por %1 · última modificación por %2</translation>
    </message>
    <message>
        <source>Shared with nobody</source>
        <translation>No se comparte con nadie</translation>
    </message>
    <message>
        <source>Shared with: %1</source>
        <translation>Compartido con: %1</translation>
    </message>
    <message>
        <source>Share the client</source>
        <translation>Compartir el cliente</translation>
    </message>
    <message>
        <source>Every practitioner who works with clients already sees this client. Add a practitioner first (File ▸ Practitioners…).</source>
        <translation>Todos los profesionales que trabajan con clientes ya ven a este cliente. Añada antes un profesional (Archivo ▸ Profesionales…).</translation>
    </message>
    <message>
        <source>Share the client with:</source>
        <translation>Compartir el cliente con:</translation>
    </message>
    <message>
        <source>Stop sharing the client</source>
        <translation>Dejar de compartir el cliente</translation>
    </message>
    <message>
        <source>The client is not shared with anyone.</source>
        <translation>El cliente no se comparte con nadie.</translation>
    </message>
    <message>
        <source>Stop sharing the client with:</source>
        <translation>Dejar de compartir el cliente con:</translation>
    </message>
    <message>
        <source>Hand the client over</source>
        <translation>Transferir el cliente</translation>
    </message>
    <message>
        <source>There is no other practitioner to hand the client over to. Add a practitioner first (File ▸ Practitioners…).</source>
        <translation>No hay ningún otro profesional al que transferir el cliente. Añada antes un profesional (Archivo ▸ Profesionales…).</translation>
    </message>
    <message>
        <source>Make responsible for the client:</source>
        <translation>Nombrar responsable del cliente a:</translation>
    </message>
</context>
<context>
    <name>bk::ClientStepPage</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Who is the agreement with? Choose a client from your register or add a new one.</source>
        <translation>¿Con quién es el acuerdo? Elija un cliente de su registro o añada uno nuevo.</translation>
    </message>
    <message>
        <source>An &amp;existing client</source>
        <translation>Un cliente &amp;existente</translation>
    </message>
    <message>
        <source>A ne&amp;w client</source>
        <translation>Un cliente nue&amp;vo</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Buscar nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>The client was not saved. %1</source>
        <translation>No se guardó el cliente. %1</translation>
    </message>
    <message>
        <source>Make the agreement with someone already in your register. A client who has an agreement or a draft is asked about first.</source>
        <translation>Haga el acuerdo con alguien que ya está en su registro. Si el cliente ya tiene un acuerdo o un borrador, antes se le preguntará qué desea hacer.</translation>
    </message>
    <message>
        <source>Add the client here, with the same checks as the client form, and make the agreement with them.</source>
        <translation>Añada aquí al cliente, con las mismas comprobaciones que en el formulario de clientes, y haga el acuerdo a continuación.</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name, email address or phone number to find them in your register.</source>
        <translation>Escriba parte del nombre, la dirección de correo electrónico o el teléfono del cliente para encontrarlo en su registro.</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>bk::ClientTableModel</name>
    <message>
        <source>%1, archived</source>
        <translation>%1, archivado</translation>
    </message>
    <message>
        <source>Signed version %1 of the policy; a newer version has been published since. A draft agreement is open.</source>
        <translation>Firmó la versión %1 de la política; desde entonces se ha publicado una versión más reciente. Hay un borrador de acuerdo abierto.</translation>
    </message>
    <message>
        <source>Signed version %1 of the policy; a newer version has been published since.</source>
        <translation>Firmó la versión %1 de la política; desde entonces se ha publicado una versión más reciente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
</context>
<context>
    <name>bk::ClientTimelineWidget</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Select a client to see their history.</source>
        <translation>Seleccione un cliente para ver su historial.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Agreement signed (policy version %1)</source>
        <translation>Acuerdo firmado (versión de la política %1)</translation>
    </message>
    <message>
        <source>Agreement drafted (policy version %1)</source>
        <translation>Borrador de acuerdo (versión de la política %1)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Documento %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Incidente: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corregido: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Follow-up corrected: %1</source>
        <translation>Seguimiento corregido: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Seguimiento: %1</translation>
    </message>
    <message>
        <source>Contract signed (review on %1)</source>
        <translation>Contrato firmado (revisión el %1)</translation>
    </message>
    <message>
        <source>Contract drafted</source>
        <translation>Contrato redactado</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the signed PDF</source>
        <translation>Doble clic o Intro para abrir el PDF firmado</translation>
    </message>
    <message>
        <source>No incidents, agreements or contracts yet.</source>
        <translation>Todavía no hay incidentes, acuerdos ni contratos.</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Descartar borrador…</translation>
    </message>
    <message>
        <source>Discard this draft agreement? It stays in the records, marked discarded, and can no longer be finished.</source>
        <translation>¿Descartar este borrador de acuerdo? Se conserva en los registros, marcado como descartado, y ya no se podrá terminar.</translation>
    </message>
    <message>
        <source>Discard this draft contract? It stays in the records, marked discarded, and can no longer be finished.</source>
        <translation>¿Descartar este borrador de contrato? Se conserva en los registros, marcado como descartado, y ya no se podrá terminar.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>No se descartó el borrador</translation>
    </message>
    <message>
        <source>Agreement draft discarded (policy version %1)</source>
        <translation>Borrador de acuerdo descartado (versión de la política %1)</translation>
    </message>
    <message>
        <source>Contract draft discarded</source>
        <translation>Borrador de contrato descartado</translation>
    </message>
    <message>
        <source>Right-click or press Delete to discard the draft</source>
        <translation>Clic derecho o Supr para descartar el borrador</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
</context>
<context>
    <name>bk::ClientsPage</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Add a client to the register (%1)</source>
        <translation>Añadir un cliente al registro (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected client (Enter)</source>
        <translation>Editar el cliente seleccionado (Intro)</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>Arc&amp;hivar…</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>E&amp;liminar definitivamente…</translation>
    </message>
    <message>
        <source>Delete the selected client and everything kept about them (Shift+Delete)</source>
        <translation>Eliminar el cliente seleccionado y todo lo que se guarda sobre él (Mayús+Supr)</translation>
    </message>
    <message>
        <source>Start &amp;agreement…</source>
        <translation>Iniciar acuer&amp;do…</translation>
    </message>
    <message>
        <source>Walk through the boundary agreement with the selected client</source>
        <translation>Repasar el acuerdo de límites con el cliente seleccionado</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>Regis&amp;trar incidente…</translation>
    </message>
    <message>
        <source>Log a crossed boundary with the selected client</source>
        <translation>Registrar un límite traspasado con el cliente seleccionado</translation>
    </message>
    <message>
        <source>Check &amp;before sharing…</source>
        <translation>Comprobar antes de com&amp;partir…</translation>
    </message>
    <message>
        <source>Five questions before sharing something personal with the selected client</source>
        <translation>Cinco preguntas antes de compartir algo personal con el cliente seleccionado</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Buscar nombre, correo o teléfono</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nueva confirmación pendiente</translation>
    </message>
    <message>
        <source>Clients who acknowledged an older version of the policy</source>
        <translation>Clientes que confirmaron una versión anterior de la política</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nuevo cliente…</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aún no hay clientes</translation>
    </message>
    <message>
        <source>Add the people you work with to keep their contact details, status and notes in one place.</source>
        <translation>Añada a las personas con las que trabaja para tener en un solo lugar sus datos de contacto, su estado y sus notas.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Resume &amp;agreement…</source>
        <translation>Reanudar acuer&amp;do…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urar</translation>
    </message>
    <message>
        <source>Bring the selected client back into the register</source>
        <translation>Devolver el cliente seleccionado al registro</translation>
    </message>
    <message>
        <source>Archive the selected client: kept, but out of the list (Delete)</source>
        <translation>Archivar el cliente seleccionado: se conserva, pero sale de la lista (Supr)</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Ningún cliente coincide con «%1».</translation>
    </message>
    <message>
        <source>No client needs to acknowledge the policy again.</source>
        <translation>Ningún cliente tiene que volver a confirmar la política.</translation>
    </message>
    <message>
        <source>No client matches the chosen status.</source>
        <translation>Ningún cliente tiene el estado elegido.</translation>
    </message>
    <message>
        <source>Every client is archived. Tick “Show archived” to see them.</source>
        <translation>Todos los clientes están archivados. Marque «Mostrar archivados» para verlos.</translation>
    </message>
    <message>
        <source>Client not restored</source>
        <translation>Cliente no restaurado</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <source>Archive %1? The client leaves the list but everything kept about them stays, and you can restore them at any time with “Show archived”.</source>
        <translation>¿Archivar a %1? El cliente sale de la lista, pero todo lo que se guarda sobre él se conserva, y puede restaurarlo en cualquier momento con «Mostrar archivados».</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Client not archived</source>
        <translation>Cliente no archivado</translation>
    </message>
    <message>
        <source>Delete client for good</source>
        <translation>Eliminar cliente definitivamente</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their details and notes are erased from this database and cannot be brought back. To keep the record but take it out of the list, archive the client instead.</source>
        <translation>¿Eliminar a %1 definitivamente? Sus datos y notas se borran de esta base de datos y no se pueden recuperar. Para conservar el registro pero quitarlo de la lista, archive el cliente.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message>
        <source>Client not deleted</source>
        <translation>Cliente no eliminado</translation>
    </message>
    <message>
        <source>Open si&amp;gned agreement</source>
        <translation>Abrir acuerdo &amp;firmado</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s signed agreement as it was signed, to save a copy or print it</source>
        <translation>Mostrar el acuerdo firmado del cliente seleccionado tal como se firmó, para guardar una copia o imprimirlo</translation>
    </message>
    <message>
        <source>Erase perso&amp;nal data…</source>
        <translation>Borrar datos perso&amp;nales…</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data on their request; anonymised incident counts stay</source>
        <translation>Borrar los datos personales del cliente seleccionado a petición suya; los recuentos anónimos de incidentes se conservan</translation>
    </message>
    <message>
        <source>E&amp;xport client&apos;s data…</source>
        <translation>E&amp;xportar los datos del cliente…</translation>
    </message>
    <message>
        <source>Write everything held about the selected client to a folder, for their access request</source>
        <translation>Escribir en una carpeta todo lo que consta sobre el cliente seleccionado, para su solicitud de acceso</translation>
    </message>
    <message>
        <source>Client&apos;s data not erased</source>
        <translation>No se han borrado los datos del cliente</translation>
    </message>
    <message>
        <source>Export client&apos;s data to a new folder</source>
        <translation>Exportar los datos del cliente a una carpeta nueva</translation>
    </message>
    <message>
        <source>client-%1-data-%2</source>
        <translation>cliente-%1-datos-%2</translation>
    </message>
    <message>
        <source>Client&apos;s data not exported</source>
        <translation>No se han exportado los datos del cliente</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Datos del cliente exportados</translation>
    </message>
    <message numerus="yes">
        <source>Everything held about %1 is in %2: report.html to read or print, data.json for programs, and %n signed PDF(s).</source>
        <translation>
            <numerusform>Todo lo que consta sobre %1 está en %2: report.html para leer o imprimir, data.json para programas y %n PDF firmado.</numerusform>
            <numerusform>Todo lo que consta sobre %1 está en %2: report.html para leer o imprimir, data.json para programas y %n PDF firmados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
</context>
<context>
    <name>bk::CommunicationWidget</name>
    <message>
        <source>Working hours</source>
        <translation>Horario de atención</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canales de contacto</translation>
    </message>
    <message>
        <source>When clients can expect an answer, e.g. messages within two working days; nothing is answered outside working hours</source>
        <translation>Cuándo pueden esperar respuesta los clientes, p. ej. mensajes en dos días laborables; fuera del horario de atención no se responde nada</translation>
    </message>
    <message>
        <source>What counts as an emergency, e.g. a risk to someone&apos;s life or safety</source>
        <translation>Qué cuenta como urgencia, p. ej. un riesgo para la vida o la seguridad de alguien</translation>
    </message>
    <message>
        <source>Whom to contact in an emergency and how, e.g. the local emergency number or a crisis line</source>
        <translation>A quién contactar en caso de urgencia y cómo, p. ej. el número de emergencias local o una línea de crisis</translation>
    </message>
    <message>
        <source>What counts as an &amp;emergency:</source>
        <translation>Qué cuenta como &amp;urgencia:</translation>
    </message>
    <message>
        <source>Whom to c&amp;ontact:</source>
        <translation>A quién &amp;contactar:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Permitido</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Tiempo de respuesta</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>What the client can expect, in words, e.g. &quot;By the next working day&quot;</source>
        <translation>Lo que el cliente puede esperar, en palabras, p. ej. «El siguiente día laborable»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>The same promise in hours, for reminders; &quot;none&quot; when no promise is made</source>
        <translation>La misma promesa en horas, para los recordatorios; «ninguno» si no se promete nada</translation>
    </message>
    <message>
        <source>Must end after it starts</source>
        <translation>Debe terminar después de empezar</translation>
    </message>
    <message>
        <source>The time zone your working hours are in. Contact outside them is flagged, across daylight-saving changes too.</source>
        <translation>La zona horaria de su horario de atención. El contacto fuera de ese horario se marca, también cuando cambia el horario de verano.</translation>
    </message>
    <message>
        <source>How soon clients can expect an answer, on which channels and days.</source>
        <translation>En cuánto tiempo pueden esperar respuesta los clientes, por qué canales y qué días.</translation>
    </message>
    <message>
        <source>What counts as an emergency, the one reason to reach you outside the agreed hours and channels.</source>
        <translation>Qué cuenta como urgencia: el único motivo para contactarle fuera del horario y los canales acordados.</translation>
    </message>
    <message>
        <source>Whom the client contacts in an emergency, and how.</source>
        <translation>A quién contacta el cliente en caso de urgencia, y cómo.</translation>
    </message>
    <message>
        <source>Whether you work on this day, and from when to when. Contact outside these hours is flagged as after hours.</source>
        <translation>Si trabaja este día, y desde qué hora hasta qué hora. El contacto fuera de este horario se marca como fuera de horario.</translation>
    </message>
    <message>
        <source>Response ti&amp;mes:</source>
        <translation>&amp;Tiempos de respuesta:</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1, desde</translation>
    </message>
    <message>
        <source>%1, until</source>
        <translation>%1, hasta</translation>
    </message>
    <message>
        <source>%1: response time in hours</source>
        <translation>%1: tiempo de respuesta en horas</translation>
    </message>
</context>
<context>
    <name>bk::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Changed elsewhere – %1</source>
        <translation>Modificado en otro lugar – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been saved yet. Choose for each field which version to keep; saving stores the combination.</source>
        <translation>Otra persona guardó &lt;b&gt;%1&lt;/b&gt; después de que usted lo abriera. Aún no se ha guardado nada de sus cambios. Elija para cada campo qué versión conservar; al guardar se almacena la combinación.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Guardado en otro lugar</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>%1
(changed on both sides)</source>
        <translation>%1
(modificado en ambos lados)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>El guardado</translation>
    </message>
    <message>
        <source>Take the value saved elsewhere for %1</source>
        <translation>Tomar el valor guardado en otro lugar para «%1»</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>El mío</translation>
    </message>
    <message>
        <source>Keep your value for %1</source>
        <translation>Conservar su valor para «%1»</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Conservar todos los &amp;míos</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>&amp;Tomar todos los guardados</translation>
    </message>
    <message>
        <source>Save the chosen values on top of the version saved elsewhere</source>
        <translation>Guardar los valores elegidos sobre la versión guardada en otro lugar</translation>
    </message>
</context>
<context>
    <name>bk::ConnectDialog</name>
    <message>
        <source>Connect to practice server</source>
        <translation>Conectar con el servidor de la consulta</translation>
    </message>
    <message>
        <source>Where is the practice&apos;s PostgreSQL server? Ask whoever runs it for these details, or paste the whole address they gave you.</source>
        <translation>¿Dónde está el servidor PostgreSQL de la consulta? Pida estos datos a quien lo administre, o pegue la dirección completa que le haya dado.</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (vacío: este equipo)</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Cifrar cuando el servidor lo ofrezca (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Cifrar siempre (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate and name (verify-full; for a server outside the practice)</source>
        <translation>Cifrar y comprobar el certificado y el nombre del servidor (verify-full; para un servidor fuera de la consulta)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>No cifrar nunca (disable)</translation>
    </message>
    <message>
        <source>postgresql://anna@db.example.org/practice?sslmode=verify-full</source>
        <translation>postgresql://anna@db.example.org/practice?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>T&amp;LS:</translation>
    </message>
    <message>
        <source>Or &amp;address:</source>
        <translation>O la di&amp;rección:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Se canceló la conexión.</translation>
    </message>
    <message>
        <source>%1 The password is asked for each time (or taken from PGPASSWORD or your PostgreSQL password file).</source>
        <translation>%1 La contraseña se pide cada vez (o se toma de PGPASSWORD o de su archivo de contraseñas de PostgreSQL).</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql:// (or postgres://).</source>
        <translation>La dirección de un servidor empieza por postgresql:// (o postgres://).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
</context>
<context>
    <name>bk::ContractFormWidget</name>
    <message>
        <source>What appropriate behaviour is, in plain words</source>
        <translation>Qué es un comportamiento adecuado, en palabras sencillas</translation>
    </message>
    <message>
        <source>What the client does instead</source>
        <translation>Qué hace el cliente en su lugar</translation>
    </message>
    <message>
        <source>One measurable goal a line</source>
        <translation>Un objetivo medible por línea</translation>
    </message>
    <message>
        <source>What happens if the contract is not kept</source>
        <translation>Qué ocurre si no se cumple el contrato</translation>
    </message>
    <message>
        <source>A&amp;ppropriate:</source>
        <translation>&amp;Adecuado:</translation>
    </message>
    <message>
        <source>Rep&amp;lacement:</source>
        <translation>En su &amp;lugar:</translation>
    </message>
    <message>
        <source>&amp;Measurable goals:</source>
        <translation>Objetivos &amp;medibles:</translation>
    </message>
    <message>
        <source>C&amp;onsequences:</source>
        <translation>C&amp;onsecuencias:</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>Re&amp;visión el:</translation>
    </message>
</context>
<context>
    <name>bk::ContractSigningDialog</name>
    <message>
        <source>Sign the behavioural contract</source>
        <translation>Firmar el contrato de conducta</translation>
    </message>
    <message>
        <source>The client consents to signing electronically:</source>
        <translation>El cliente da su consentimiento para firmar electrónicamente:</translation>
    </message>
    <message>
        <source>Who countersigns for the practice</source>
        <translation>Quién contrafirma por la consulta</translation>
    </message>
    <message>
        <source>The client signs</source>
        <translation>El cliente firma</translation>
    </message>
    <message>
        <source>The practitioner countersigns</source>
        <translation>El profesional contrafirma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>The contract cannot be prepared. %1</source>
        <translation>No se puede preparar el contrato. %1</translation>
    </message>
    <message>
        <source>Sign and save PDF</source>
        <translation>Firmar y guardar el PDF</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Conservar como borrador</translation>
    </message>
    <message>
        <source>Not signed yet. %1</source>
        <translation>Aún sin firmar. %1</translation>
    </message>
    <message>
        <source>Nothing was signed. %1</source>
        <translation>No se firmó nada. %1</translation>
    </message>
    <message>
        <source>The contract is signed and stored, but its PDF could not be saved to the client&apos;s folder. %1 Save a copy from the contract step.</source>
        <translation>El contrato está firmado y guardado, pero su PDF no se pudo guardar en la carpeta del cliente. %1 Guarde una copia desde el paso del contrato.</translation>
    </message>
    <message>
        <source>Draft not kept</source>
        <translation>Borrador no conservado</translation>
    </message>
    <message>
        <source>The contract draft could not be kept; signing starts afresh next time. %1</source>
        <translation>No se pudo conservar el borrador del contrato; la firma empezará de cero la próxima vez. %1</translation>
    </message>
    <message>
        <source>Record the contract signed on paper</source>
        <translation>Registrar el contrato firmado en papel</translation>
    </message>
    <message>
        <source>Record and save PDF</source>
        <translation>Registrar y guardar PDF</translation>
    </message>
    <message>
        <source>Print the contract with blank signature lines, sign it together by hand and keep the paper original. Boundary Keeper records that the original exists and, if you like, a scan of it.</source>
        <translation>Imprima el contrato con las líneas de firma en blanco, fírmenlo juntos a mano y conserve el original en papel. Boundary Keeper registra que el original existe y, si lo desea, un escaneo del mismo.</translation>
    </message>
    <message>
        <source>P&amp;rint unsigned copy…</source>
        <translation>&amp;Imprimir copia sin firmar…</translation>
    </message>
    <message>
        <source>Both have &amp;signed the printed copy, and the practice keeps the paper original</source>
        <translation>Ambos han firmado la copia impre&amp;sa y la consulta conserva el original en papel</translation>
    </message>
    <message>
        <source>Where the original is kept, e.g. the client file in the office cabinet</source>
        <translation>Dónde se guarda el original, p. ej. el expediente del cliente en el archivador de la oficina</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Firmado &amp;el:</translation>
    </message>
    <message>
        <source>&amp;Countersigned by:</source>
        <translation>&amp;Contrafirmado por:</translation>
    </message>
    <message>
        <source>Original &amp;kept:</source>
        <translation>&amp;Ubicación del original:</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Escaneo (opcional):</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>El contrato</translation>
    </message>
    <message>
        <source>Statement of in&amp;tent:</source>
        <translation>Declaración de in&amp;tenciones:</translation>
    </message>
</context>
<context>
    <name>bk::ContractStepWidget</name>
    <message>
        <source>Draft from the proposal</source>
        <translation>Borrador a partir de la propuesta</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>El contrato</translation>
    </message>
    <message>
        <source>Record the contract</source>
        <translation>Registrar el contrato</translation>
    </message>
    <message>
        <source>Optional: how the meeting went</source>
        <translation>Opcional: cómo fue la reunión</translation>
    </message>
    <message>
        <source>Record contract</source>
        <translation>Registrar contrato</translation>
    </message>
    <message>
        <source>Record the contract as agreed, without signing it here</source>
        <translation>Registrar el contrato como acordado, sin firmarlo aquí</translation>
    </message>
    <message>
        <source>Sign with the client…</source>
        <translation>Firmar con el cliente…</translation>
    </message>
    <message>
        <source>Both sign on screen; the signed PDF is stored, saved to the client&apos;s folder and recorded on the ladder</source>
        <translation>Ambos firman en la pantalla; el PDF firmado se guarda en la base de datos y en la carpeta del cliente, y se registra en la escala</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>The signed contract:</source>
        <translation>El contrato firmado:</translation>
    </message>
    <message>
        <source>&amp;Agreed:</source>
        <translation>A&amp;cordado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Rule: the same boundary crossed again after a written summary.</source>
        <translation>Regla: el mismo límite se traspasó de nuevo después de un resumen por escrito.</translation>
    </message>
    <message>
        <source>Rule: repeated incidents within the practice&apos;s window.</source>
        <translation>Regla: incidentes repetidos dentro del periodo de la consulta.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (this incident)</source>
        <translation>%1 (este incidente)</translation>
    </message>
    <message>
        <source>A behavioural contract is proposed.</source>
        <translation>Se propone un contrato de conducta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Propuesta:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The practice&apos;s rules do not call for a contract with %1 at the moment. You can still write one if the behaviour continues.</source>
        <translation>Las reglas de la consulta no requieren por ahora un contrato con %1. Aun así, puede redactar uno si el comportamiento continúa.</translation>
    </message>
    <message>
        <source>Draft from this incident</source>
        <translation>Borrador a partir de este incidente</translation>
    </message>
    <message>
        <source>Signed by both on %1; review on %2.</source>
        <translation>Firmado por ambos el %1; revisión el %2.</translation>
    </message>
    <message>
        <source>Recorded: agreed on %1, review on %2; not signed here.</source>
        <translation>Registrado: acordado el %1, revisión el %2; no firmado aquí.</translation>
    </message>
    <message>
        <source>No behavioural contract recorded yet.</source>
        <translation>Aún no se ha registrado ningún contrato de conducta.</translation>
    </message>
    <message>
        <source>No contract could be drafted. %1</source>
        <translation>No se pudo redactar ningún contrato. %1</translation>
    </message>
    <message>
        <source>The behavioural contract was recorded.</source>
        <translation>Se registró el contrato de conducta.</translation>
    </message>
    <message>
        <source>The behavioural contract was signed by both and saved as %1.</source>
        <translation>Ambos firmaron el contrato de conducta y se guardó como %1.</translation>
    </message>
    <message>
        <source>The signed contract is not in the database.</source>
        <translation>El contrato firmado no está en la base de datos.</translation>
    </message>
    <message>
        <source>The signed contract could not be read. %1</source>
        <translation>No se pudo leer el contrato firmado. %1</translation>
    </message>
    <message>
        <source>Save the signed contract</source>
        <translation>Guardar el contrato firmado</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>No se guardó el PDF. %1</translation>
    </message>
    <message>
        <source>Signed on paper…</source>
        <translation>Firmado en papel…</translation>
    </message>
    <message>
        <source>Print the contract, both sign it by hand, then record the paper original here (and a scan of it, if you like)</source>
        <translation>Imprima el contrato, fírmenlo ambos a mano y registre aquí el original en papel (y un escaneo, si lo desea)</translation>
    </message>
    <message>
        <source>Open the signed PDF…</source>
        <translation>Abrir el PDF firmado…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next on the ladder:&lt;/b&gt; the behaviour continued, so a contract with %1 is the next step for this incident.</source>
        <translation>&lt;b&gt;Lo siguiente en la escala:&lt;/b&gt; el comportamiento ha continuado, así que el siguiente paso de este incidente es un contrato con %1.</translation>
    </message>
</context>
<context>
    <name>bk::ConversationStepWidget</name>
    <message>
        <source>Prepare: a script in five moves</source>
        <translation>Preparar: un guion en cinco pasos</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Redactar de nuevo</translation>
    </message>
    <message>
        <source>Replace the text with a fresh draft from the incident and the policy</source>
        <translation>Sustituir el texto por un borrador nuevo a partir del incidente y la política</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Copiar el guion al portapapeles</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Conversation plan</source>
        <translation>Plan de conversación</translation>
    </message>
    <message>
        <source>Record that it happened</source>
        <translation>Registrar que tuvo lugar</translation>
    </message>
    <message>
        <source>What was said and agreed, and any root cause that came up</source>
        <translation>Lo que se dijo y acordó, y cualquier causa de fondo que surgiera</translation>
    </message>
    <message>
        <source>Record conversation</source>
        <translation>Registrar conversación</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Gist:</source>
        <translation>&amp;Lo esencial:</translation>
    </message>
    <message>
        <source>Recorded: a conversation on %1. %2</source>
        <translation>Registrado: una conversación el %1. %2</translation>
    </message>
    <message>
        <source>No conversation recorded yet.</source>
        <translation>Aún no se ha registrado ninguna conversación.</translation>
    </message>
    <message>
        <source>No script could be drafted. %1</source>
        <translation>No se pudo redactar ningún guion. %1</translation>
    </message>
    <message>
        <source>The conversation was recorded.</source>
        <translation>Se registró la conversación.</translation>
    </message>
    <message>
        <source>Record another conversation…</source>
        <translation>Registrar otra conversación…</translation>
    </message>
</context>
<context>
    <name>bk::DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Seguimientos vencidos</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nueva confirmación pendiente</translation>
    </message>
    <message>
        <source>Onboarding drafts</source>
        <translation>Borradores de incorporación</translation>
    </message>
    <message>
        <source>Client incidents in the period</source>
        <translation>Incidentes de clientes en el periodo</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Mediana hasta la resolución</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Faltas propias registradas</translation>
    </message>
    <message>
        <source>Incidents per active client per 30 days, by month</source>
        <translation>Incidentes por cliente activo cada 30 días, por mes</translation>
    </message>
    <message>
        <source>Early warning: 2 or more incidents in the last 30 days</source>
        <translation>Alerta temprana: 2 o más incidentes en los últimos 30 días</translation>
    </message>
    <message>
        <source>By boundary</source>
        <translation>Por límite</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Por canal</translation>
    </message>
    <message>
        <source>By weekday and hour (working hours outlined; after-hours in orange)</source>
        <translation>Por día de la semana y hora (horario de atención recuadrado; fuera de horario en naranja)</translation>
    </message>
    <message>
        <source>Clients with the most incidents</source>
        <translation>Clientes con más incidentes</translation>
    </message>
    <message>
        <source>Repeat bands: clients by number of incidents</source>
        <translation>Grupos de repetición: clientes por número de incidentes</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day on or before the last.</source>
        <translation>El periodo empieza después de terminar: elija un primer día igual o anterior al último.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>No se pudo calcular el panel: %1</translation>
    </message>
    <message>
        <source>Show these incidents</source>
        <translation>Mostrar estos incidentes</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln incident(s)</source>
        <translation>
            <numerusform>%1 — %Ln incidente</numerusform>
            <numerusform>%1 — %Ln incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1&apos;s record</source>
        <translation>Abrir el expediente de %1</translation>
    </message>
    <message>
        <source>No client has had 2 or more incidents in the last 30 days.</source>
        <translation>Ningún cliente ha tenido 2 o más incidentes en los últimos 30 días.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Exportar el panel como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the dashboard&apos;s figures as CSV</source>
        <translation>Exportar las cifras del panel como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Addressed within 24 h, of incidents past 24 h</source>
        <translation>Abordados en 24 h, de los incidentes con más de 24 h</translation>
    </message>
    <message numerus="yes">
        <source>A conversation recorded within 24 hours of the incident, counted over the %n client incident(s) of the period whose 24 hours are over.</source>
        <translation>
            <numerusform>Una conversación registrada en las 24 horas siguientes al incidente; se calcula sobre %n incidente de cliente del periodo cuyas 24 horas han transcurrido.</numerusform>
            <numerusform>Una conversación registrada en las 24 horas siguientes al incidente; se calcula sobre los %n incidentes de clientes del periodo cuyas 24 horas han transcurrido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) still within their first 24 hours are not counted yet.</source>
        <translation>
            <numerusform>%n incidente aún dentro de sus primeras 24 horas todavía no se cuenta.</numerusform>
            <numerusform>%n incidentes aún dentro de sus primeras 24 horas todavía no se cuentan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not over: its rate is scaled over the %Ln day(s) so far.</source>
        <translation>
            <numerusform>%1 no ha terminado: su tasa se extrapola a partir de %Ln día transcurrido hasta ahora.</numerusform>
            <numerusform>%1 no ha terminado: su tasa se extrapola a partir de los %Ln días transcurridos hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Own lapses per month</source>
        <translation>Faltas propias por mes</translation>
    </message>
    <message>
        <source>Months reflected on, of those over</source>
        <translation>Meses con reflexión, de los transcurridos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) of the period that are over.</source>
        <translation>
            <numerusform>%1 del %Ln mes transcurrido del periodo.</numerusform>
            <numerusform>%1 de los %Ln meses transcurridos del periodo.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Incidents per active client per 30 days</source>
        <translation>Incidentes por cliente activo cada 30 días</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Incidents per client</source>
        <translation>Incidentes por cliente</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>%1
(so far)</source>
        <translation>%1
(hasta ahora)</translation>
    </message>
</context>
<context>
    <name>bk::DisclosureCheckDialog</name>
    <message>
        <source>Before you share</source>
        <translation>Antes de compartir</translation>
    </message>
    <message>
        <source>Something personal can help a client when it serves them. Five questions, then a plain recommendation. Your answers stay private.</source>
        <translation>Algo personal puede ayudar a un cliente cuando le sirve a él. Cinco preguntas y luego una recomendación clara. Sus respuestas son privadas.</translation>
    </message>
    <message>
        <source>Type a name, or leave empty for no particular client</source>
        <translation>Escriba un nombre, o déjelo vacío si no se trata de ningún cliente concreto</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>&amp;Record in my reflection</source>
        <translation>&amp;Registrar en mi reflexión</translation>
    </message>
    <message>
        <source>The practice is open read-only: the check works, but it cannot be recorded.</source>
        <translation>La consulta está abierta en solo lectura: la comprobación funciona, pero no se puede registrar.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Turning back to the client</source>
        <translation>Volver al cliente</translation>
    </message>
    <message>
        <source>Acknowledge, then return to their agenda. Copy a phrase, or make the list your own.</source>
        <translation>Reconozca lo dicho y vuelva a los temas del cliente. Copie una frase o adapte la lista a su manera.</translation>
    </message>
    <message>
        <source>Redirect phrases</source>
        <translation>Frases para reconducir</translation>
    </message>
    <message>
        <source>Co&amp;py phrase</source>
        <translation>Co&amp;piar frase</translation>
    </message>
    <message>
        <source>&amp;Edit phrases…</source>
        <translation>&amp;Editar frases…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiada.</translation>
    </message>
    <message>
        <source>For your reflection (private)</source>
        <translation>Para su reflexión (privado)</translation>
    </message>
    <message>
        <source>What you decided</source>
        <translation>Lo que decidió</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elija…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A few words for yourself: what you wanted to share, what you noticed. It never appears in anything the client receives.</source>
        <translation>Unas palabras para usted: lo que quería compartir, lo que notó. Nunca aparece en nada de lo que recibe el cliente.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>I &amp;decided:</source>
        <translation>&amp;Decidí:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Answer the five questions to see the recommendation.</source>
        <translation>Responda a las cinco preguntas para ver la recomendación.</translation>
    </message>
    <message>
        <source>One phrase per line, in the order you want them offered.</source>
        <translation>Una frase por línea, en el orden en que quiere que se ofrezcan.</translation>
    </message>
    <message>
        <source>Redirect phrases, one per line</source>
        <translation>Frases para reconducir, una por línea</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>Usar las &amp;predeterminadas</translation>
    </message>
    <message>
        <source>The phrases were not saved. %1</source>
        <translation>No se guardaron las frases. %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>No se registró nada. %1</translation>
    </message>
    <message>
        <source>Your disclosure check of %1</source>
        <translation>Su comprobación antes de compartir del %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
</context>
<context>
    <name>bk::EraseClientDialog</name>
    <message>
        <source>Erase client&apos;s personal data</source>
        <translation>Borrar los datos personales del cliente</translation>
    </message>
    <message>
        <source>%1 cannot be deleted for good: the practice&apos;s records of them (incidents, signed documents) must stay so that its history stays true. You can erase their personal data instead.</source>
        <translation>%1 no se puede eliminar definitivamente: los registros de la consulta sobre este cliente (incidentes, documentos firmados) deben conservarse para que su historial siga siendo fiel. En su lugar, puede borrar sus datos personales.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %1? Their name, email, phone and notes go, and so does the text written in %n incident(s) about them: descriptions, outcomes, step notes, goals and follow-up notes. The incidents stay, anonymised, so the dashboard&apos;s counts stay as they are. This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar los datos personales de %1? Se borran su nombre, correo electrónico, teléfono y notas, y también el texto escrito sobre este cliente en %n incidente: descripciones, resultados, notas de los pasos, objetivos y notas de seguimiento. El incidente se conserva, anonimizado, para que los recuentos del panel sigan como están. Esto no se puede deshacer.</numerusform>
            <numerusform>¿Borrar los datos personales de %1? Se borran su nombre, correo electrónico, teléfono y notas, y también el texto escrito sobre este cliente en %n incidentes: descripciones, resultados, notas de los pasos, objetivos y notas de seguimiento. Los incidentes se conservan, anonimizados, para que los recuentos del panel sigan como están. Esto no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n signed agreement(s) or contract(s). A signed agreement may have to be retained: professional bodies commonly advise keeping records for around seven years. Choose what happens to them:</source>
        <translation>
            <numerusform>%1 tiene %n acuerdo o contrato firmado. Puede que un acuerdo firmado deba conservarse: los colegios profesionales suelen recomendar conservar los registros unos siete años. Elija qué ocurre con él:</numerusform>
            <numerusform>%1 tiene %n acuerdos o contratos firmados. Puede que un acuerdo firmado deba conservarse: los colegios profesionales suelen recomendar conservar los registros unos siete años. Elija qué ocurre con ellos:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them as signed (they still name the client)</source>
        <translation>Co&amp;nservarlos firmados (siguen nombrando al cliente)</translation>
    </message>
    <message>
        <source>&amp;Remove them too</source>
        <translation>&amp;Eliminarlos también</translation>
    </message>
    <message>
        <source>Erase %1&apos;s data</source>
        <translation>Borrar los datos de %1</translation>
    </message>
</context>
<context>
    <name>bk::FigureView</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tabla)</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Mostrar como gráfico</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Mostrar como tabla</translation>
    </message>
</context>
<context>
    <name>bk::FollowUpNotifier</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln seguimiento vence hoy</numerusform>
            <numerusform>%Ln seguimientos vencen hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Boundary Keeper</source>
        <translation>Boundary Keeper</translation>
    </message>
</context>
<context>
    <name>bk::FollowUpsPanel</name>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>%1, yesterday</source>
        <translation>%1, ayer</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, hace %n día</numerusform>
            <numerusform>%1, hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tomorrow</source>
        <translation>%1, mañana</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, dentro de %n día</numerusform>
            <numerusform>%1, dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada vencido.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Nada vence hoy.</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>Próximos %1 días</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>Nada vence en los próximos %1 días.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2
%3 (%4)</source>
        <translation>%1 · %2
%3 (%4)</translation>
    </message>
    <message>
        <source>Double-click to show the incident.</source>
        <translation>Haga doble clic para ver el incidente.</translation>
    </message>
    <message>
        <source>and %1 more: filter the incident table above to see them all.</source>
        <translation>y %1 más: filtre la tabla de incidentes de arriba para verlos todos.</translation>
    </message>
</context>
<context>
    <name>bk::GoalsStepWidget</name>
    <message>
        <source>Goals and their follow-ups</source>
        <translation>Objetivos y sus seguimientos</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What you saw, in a few words</source>
        <translation>Lo que observó, en pocas palabras</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <source>Outcome of the selected follow-up:</source>
        <translation>Resultado del seguimiento seleccionado:</translation>
    </message>
    <message>
        <source>Set goals</source>
        <translation>Fijar objetivos</translation>
    </message>
    <message>
        <source>A goal you can check, e.g. No calls after 18:00 on working days</source>
        <translation>Un objetivo que se pueda comprobar, p. ej. Ninguna llamada después de las 18:00 en días laborables</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>follow up on</source>
        <translation>seguimiento el</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Optional: how the goals were agreed</source>
        <translation>Opcional: cómo se acordaron los objetivos</translation>
    </message>
    <message>
        <source>Record goals</source>
        <translation>Registrar objetivos</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>To record:</source>
        <translation>Para registrar:</translation>
    </message>
    <message>
        <source>&amp;Agreed:</source>
        <translation>A&amp;cordado:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Corrected on %1 by %2</source>
        <translation>Corregido el %1 por %2</translation>
    </message>
    <message>
        <source>Recorded on %1 by %2</source>
        <translation>Registrado el %1 por %2</translation>
    </message>
    <message>
        <source>%1 (replaced by a correction)</source>
        <translation>%1 (sustituido por una corrección)</translation>
    </message>
    <message>
        <source>Write the goal first, then add it.</source>
        <translation>Escriba primero el objetivo y luego añádalo.</translation>
    </message>
    <message>
        <source>%1 — follow up on %2</source>
        <translation>%1 — seguimiento el %2</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) recorded with their follow-up dates.</source>
        <translation>
            <numerusform>%n objetivo registrado con su fecha de seguimiento.</numerusform>
            <numerusform>%n objetivos registrados con sus fechas de seguimiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Registrar corrección</translation>
    </message>
    <message>
        <source>Record a new outcome for this follow-up; the earlier one stays on record, marked as corrected</source>
        <translation>Registrar un nuevo resultado para este seguimiento; el anterior se conserva en el registro, marcado como corregido</translation>
    </message>
    <message>
        <source>Record how this follow-up went</source>
        <translation>Registrar cómo fue este seguimiento</translation>
    </message>
    <message>
        <source>The outcome was corrected; the earlier one stays on record.</source>
        <translation>Se corrigió el resultado; el anterior se conserva en el registro.</translation>
    </message>
    <message>
        <source>The outcome of the follow-up was recorded.</source>
        <translation>Se registró el resultado del seguimiento.</translation>
    </message>
    <message>
        <source>Goals to add</source>
        <translation>Objetivos por añadir</translation>
    </message>
</context>
<context>
    <name>bk::HeatMapTableModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %Ln incident(s)%4</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %Ln incidente%4</numerusform>
            <numerusform>%1, %2:00–%3:00: %Ln incidentes%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (outside working hours)</source>
        <translation> (fuera del horario de atención)</translation>
    </message>
</context>
<context>
    <name>bk::HelpWindow</name>
    <message>
        <source>Boundary Keeper Guide</source>
        <translation>Guía de Boundary Keeper</translation>
    </message>
    <message>
        <source>Look for a word</source>
        <translation>Buscar una palabra</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>In&amp;dex</source>
        <translation>Í&amp;ndice</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Página de inicio</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The guide was not found&lt;/h2&gt;&lt;p&gt;Boundary Keeper looks for it in %1. Installing Boundary Keeper&apos;s package puts it there.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No se encontró la guía&lt;/h2&gt;&lt;p&gt;Boundary Keeper la busca en %1. Al instalar el paquete de Boundary Keeper, la guía se coloca allí.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bk::ImportDialog</name>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>Rellenar campos vacíos</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importar como nuevo</translation>
    </message>
    <message>
        <source>Import clients from %1</source>
        <translation>Importar clientes desde %1</translation>
    </message>
    <message>
        <source>Choose the client field each column of the file fills:</source>
        <translation>Elija el campo del cliente que rellena cada columna del archivo:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Every &amp;duplicate:</source>
        <translation>Cada &amp;duplicado:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Client in the register</source>
        <translation>Cliente en el registro</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Guardar filas rechazadas…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the register, %3 rejected.</source>
        <translation>%1 nuevos, %2 ya en el registro, %3 rechazados.</translation>
    </message>
    <message>
        <source>No column gives the clients&apos; names: choose one above.</source>
        <translation>Ninguna columna contiene los nombres de los clientes: elija una arriba.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Se muestran las primeras %1 filas.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazados: %1</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Guardar las filas rechazadas</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rechazadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Importando clientes…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Se canceló la importación; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas por importar</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>De&amp;tener la lectura</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Volver a leer el archivo</translation>
    </message>
    <message>
        <source>Reading the file was stopped: nothing can be imported until it is read to its end.</source>
        <translation>Se detuvo la lectura del archivo: no se puede importar nada hasta leerlo completo.</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Guardando las filas rechazadas…</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Codificación del texto:</translation>
    </message>
    <message>
        <source>Detected from the file. If names show wrong letters (Ã© for é), choose the encoding the program that wrote the file used.</source>
        <translation>Detectada a partir del archivo. Si los nombres muestran letras erróneas (Ã© en lugar de é), elija la codificación que usó el programa que escribió el archivo.</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detectada)</translation>
    </message>
</context>
<context>
    <name>bk::IncidentDetailDialog</name>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Work on the contract</source>
        <translation>Trabajar en el contrato</translation>
    </message>
    <message>
        <source>On the ladder</source>
        <translation>En la escala</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>1 Talk</source>
        <translation>1 Hablar</translation>
    </message>
    <message>
        <source>2 Summary</source>
        <translation>2 Resumen</translation>
    </message>
    <message>
        <source>3 Goals</source>
        <translation>3 Objetivos</translation>
    </message>
    <message>
        <source>4 Contract</source>
        <translation>4 Contrato</translation>
    </message>
    <message>
        <source>5 Resources</source>
        <translation>5 Recursos</translation>
    </message>
    <message>
        <source>6 Support, ending</source>
        <translation>6 Apoyo, fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Every step recorded, with corrections</source>
        <translation>Cada paso registrado, con correcciones</translation>
    </message>
    <message>
        <source>A private conversation: prepare it and record it</source>
        <translation>Una conversación en privado: prepararla y registrarla</translation>
    </message>
    <message>
        <source>A written summary of the conversation for the client</source>
        <translation>Un resumen por escrito de la conversación para el cliente</translation>
    </message>
    <message>
        <source>Goals with follow-up dates, and how each follow-up went</source>
        <translation>Objetivos con fechas de seguimiento, y cómo fue cada seguimiento</translation>
    </message>
    <message>
        <source>A behavioural contract</source>
        <translation>Un contrato de conducta</translation>
    </message>
    <message>
        <source>Training or resources from the practice&apos;s library</source>
        <translation>Formación o recursos de la biblioteca de la consulta</translation>
    </message>
    <message>
        <source>Supervision or advice, ending the engagement, and other steps</source>
        <translation>Supervisión o asesoramiento, fin de la relación profesional y otros pasos</translation>
    </message>
    <message>
        <source>Close the incident with its outcome</source>
        <translation>Cerrar el incidente con su resultado</translation>
    </message>
    <message>
        <source>How it ended: what changed, what was agreed, what you would do differently next time</source>
        <translation>Cómo terminó: qué cambió, qué se acordó, qué haría de otra manera la próxima vez</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Cerrar incidente</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>This incident cannot be shown. %1</source>
        <translation>No se puede mostrar este incidente. %1</translation>
    </message>
    <message>
        <source>Incident – %1 – %2</source>
        <translation>Incidente – %1 – %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Outside the agreed working hours</source>
        <translation>Fuera del horario de atención acordado</translation>
    </message>
    <message>
        <source>Outside the agreed channels</source>
        <translation>Fuera de los canales acordados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>(policy version %1)</source>
        <translation>(versión de la política %1)</translation>
    </message>
    <message>
        <source>(policy draft, before the first version)</source>
        <translation>(borrador de la política, antes de la primera versión)</translation>
    </message>
    <message>
        <source>This boundary is no longer in the policy.</source>
        <translation>Este límite ya no está en la política.</translation>
    </message>
    <message>
        <source>Appropriate:</source>
        <translation>Adecuado:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Consecuencia:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; on %1&lt;br&gt;Outcome: %2</source>
        <translation>&lt;b&gt;Cerrado&lt;/b&gt; el %1&lt;br&gt;Resultado: %2</translation>
    </message>
    <message>
        <source>Close the incident once it is resolved or the engagement has ended. Closing needs an outcome: it is what a later reader needs to know.</source>
        <translation>Cierre el incidente una vez resuelto o cuando haya terminado la relación profesional. Para cerrarlo hace falta un resultado: es lo que necesitará saber quien lo lea más adelante.</translation>
    </message>
    <message>
        <source>Closed on %1.
Outcome: %2</source>
        <translation>Cerrado el %1.
Resultado: %2</translation>
    </message>
    <message>
        <source>This database is open read-only: the incident is shown as recorded, and nothing can be added or changed.</source>
        <translation>Esta base de datos está abierta en solo lectura: el incidente se muestra tal como se registró y no se puede añadir ni modificar nada.</translation>
    </message>
    <message>
        <source>This incident is closed. Its record stays as it is; a mistake in it can still be corrected under Record, and follow-up outcomes under Goals.</source>
        <translation>Este incidente está cerrado. Su registro se queda como está; un error en él todavía se puede corregir en Registro, y los resultados de los seguimientos en Objetivos.</translation>
    </message>
    <message>
        <source>The incident was not closed. %1</source>
        <translation>No se cerró el incidente. %1</translation>
    </message>
    <message>
        <source>The incident was closed.</source>
        <translation>Se cerró el incidente.</translation>
    </message>
    <message>
        <source>created by %1 · last changed by %2</source>
        <translation>creado por %1 · última modificación por %2</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>(no consta)</translation>
    </message>
</context>
<context>
    <name>bk::IncidentTableModel</name>
    <message>
        <source>Not yet addressed</source>
        <translation>Aún sin abordar</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Señales</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Paso de la escala</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>bk::IncidentsPage</name>
    <message>
        <source>any date</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>Regis&amp;trar incidente…</translation>
    </message>
    <message>
        <source>Log a crossed boundary (%1)</source>
        <translation>Registrar un límite traspasado (%1)</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar…</source>
        <translation>Exportar seguimientos al ca&amp;lendario…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as an iCalendar file (.ics) for your calendar</source>
        <translation>Guardar los seguimientos abiertos como archivo iCalendar (.ics) para su calendario</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>A&amp;brir…</translation>
    </message>
    <message>
        <source>Open the selected incident and walk the ladder (Enter)</source>
        <translation>Abrir el incidente seleccionado y recorrer la escala (Intro)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Crossed by anyone</source>
        <translation>Traspasado por cualquiera</translation>
    </message>
    <message>
        <source>By the client</source>
        <translation>Por el cliente</translation>
    </message>
    <message>
        <source>By me (own lapses)</source>
        <translation>Por mí (faltas propias)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Show every incident again</source>
        <translation>Volver a mostrar todos los incidentes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Occurred fro&amp;m</source>
        <translation>Ocurrido &amp;desde</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Log incident…</source>
        <translation>Registrar incidente…</translation>
    </message>
    <message>
        <source>No incidents logged</source>
        <translation>No hay incidentes registrados</translation>
    </message>
    <message>
        <source>No boundary incident has been logged in this database.</source>
        <translation>No se ha registrado ningún incidente de límites en esta base de datos.</translation>
    </message>
    <message>
        <source>When a boundary is crossed, by a client or by you, log it here in a few seconds with %1. Boundary Keeper flags contact outside your hours or channels and guides the response.</source>
        <translation>Cuando alguien traspase un límite, un cliente o usted, regístrelo aquí en unos segundos con %1. Boundary Keeper marca el contacto fuera de su horario o de sus canales y le guía en la respuesta.</translation>
    </message>
    <message>
        <source>No incident matches</source>
        <translation>Ningún incidente coincide</translation>
    </message>
    <message>
        <source>No incident matches the chosen filters.</source>
        <translation>Ningún incidente coincide con los filtros elegidos.</translation>
    </message>
    <message>
        <source>All boundaries</source>
        <translation>Todos los límites</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incidente</numerusform>
            <numerusform>%Ln incidentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
            <numerusform>%1 de %Ln incidente</numerusform>
            <numerusform>%1 de %Ln incidentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups not exported</source>
        <translation>Seguimientos no exportados</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>There are no open follow-ups to put in a calendar.</source>
        <translation>No hay seguimientos abiertos que poner en un calendario.</translation>
    </message>
    <message>
        <source>Export follow-ups to calendar</source>
        <translation>Exportar seguimientos al calendario</translation>
    </message>
    <message>
        <source>follow-ups-%1.ics</source>
        <translation>seguimientos-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to %1.</source>
        <translation>
            <numerusform>%n seguimiento exportado a %1.</numerusform>
            <numerusform>%n seguimientos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incidents of this client</source>
        <translation>Solo los incidentes de este cliente</translation>
    </message>
</context>
<context>
    <name>bk::LadderProgressWidget</name>
    <message>
        <source>Double-click a step to work on it</source>
        <translation>Haga doble clic en un paso para trabajar en él</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1
done %2</source>
        <translation>%1
hecho el %2</translation>
    </message>
    <message>
        <source>%1
next</source>
        <translation>%1
siguiente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; on %1.</source>
        <translation>&lt;b&gt;Cerrado&lt;/b&gt; el %1.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Siguiente:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;overdue since %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;vencido desde el %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Steps on the ladder</source>
        <translation>Pasos de la escala</translation>
    </message>
</context>
<context>
    <name>bk::LadderWidget</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>e.g. A conversation</source>
        <translation>p. ej. Una conversación</translation>
    </message>
    <message>
        <source>What this step involves and when it is taken</source>
        <translation>En qué consiste este paso y cuándo se da</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Texts &amp;in:</source>
        <translation>Te&amp;xtos en:</translation>
    </message>
    <message>
        <source>%1 (main language)</source>
        <translation>%1 (idioma principal)</translation>
    </message>
    <message>
        <source>%1 (no %2 text)</source>
        <translation>%1 (sin texto en %2)</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Pasos de la escala de consecuencias</translation>
    </message>
</context>
<context>
    <name>bk::MainWindow</name>
    <message>
        <source>%1 cannot be written, so it is open read-only: you can look at everything, but not change anything. Make the file writable and open it again to make changes.</source>
        <translation>No se puede escribir en %1, así que está abierto en solo lectura: puede verlo todo, pero no modificar nada. Haga que el archivo se pueda escribir y vuelva a abrirlo para hacer cambios.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you can look at everything, but not change anything.</source>
        <translation>%1 está abierto en solo lectura: puede verlo todo, pero no modificar nada.</translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Mostrar seguimientos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incidente</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflexión</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Boundary Keeper</source>
        <translation>Acerca &amp;de Boundary Keeper</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln seguimiento vencido</numerusform>
            <numerusform>%Ln seguimientos vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln seguimiento vence hoy</numerusform>
            <numerusform>%Ln seguimientos vencen hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 y %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>About Boundary Keeper</source>
        <translation>Acerca de Boundary Keeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Keeps healthy professional boundaries with every client: the register, agreements, incidents and follow-ups of a small practice, kept privately on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Ayuda a mantener límites profesionales sanos con cada cliente: el registro, los acuerdos, los incidentes y los seguimientos de una consulta pequeña, guardados de forma privada en este equipo.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 on this computer&apos;s server</source>
        <translation>%1 en el servidor de este equipo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>The practice at %1 is open read-only: you can look at everything, but not change anything.</source>
        <translation>La consulta en %1 está abierta en solo lectura: puede verlo todo, pero no modificar nada.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Keeps healthy professional boundaries with every client: the register, agreements, incidents and follow-ups of a small practice, kept on the practice&apos;s PostgreSQL server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Ayuda a mantener límites profesionales sanos con cada cliente: el registro, los acuerdos, los incidentes y los seguimientos de una consulta pequeña, guardados en el servidor PostgreSQL de la consulta.&lt;/p&gt;&lt;p&gt;Servidor: %2&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o (a su elección) cualquier versión posterior (GPL-3.0-or-later). Se ofrece sin ninguna garantía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Connected to the practice server again.</source>
        <translation>De nuevo conectado con el servidor de la consulta.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Signed in as a role that is not a practitioner of this practice</source>
        <translation>Sesión iniciada con un rol que no es profesional de esta consulta</translation>
    </message>
    <message>
        <source>Signed in: %1, %2</source>
        <translation>Sesión iniciada: %1, %2</translation>
    </message>
    <message>
        <source>Open practice f&amp;ile…</source>
        <translation>&amp;Abrir archivo de consulta…</translation>
    </message>
    <message>
        <source>Open practice file</source>
        <translation>Abrir archivo de consulta</translation>
    </message>
    <message>
        <source>Boundary Keeper practices (*.sqlite *.db *.bk)</source>
        <translation>Consultas de Boundary Keeper (*.sqlite *.db *.bk)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Connect to practice &amp;server…</source>
        <translation>&amp;Conectar con el servidor de la consulta…</translation>
    </message>
    <message>
        <source>Recent &amp;practices</source>
        <translation>Consultas &amp;recientes</translation>
    </message>
    <message>
        <source>No other practice opened yet</source>
        <translation>Aún no se ha abierto ninguna otra consulta</translation>
    </message>
    <message>
        <source>&amp;Move practice to a server…</source>
        <translation>&amp;Mover la consulta a un servidor…</translation>
    </message>
    <message>
        <source>The practice server cannot be reached. What you have typed is kept; save again, or press Retry, once the server is back.</source>
        <translation>No se puede acceder al servidor de la consulta. Lo que ha escrito se conserva; guarde de nuevo, o pulse Reintentar, cuando el servidor vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The practice server still cannot be reached (%1). What you have typed is kept.</source>
        <translation>Sigue sin poderse acceder al servidor de la consulta (%1). Lo que ha escrito se conserva.</translation>
    </message>
    <message>
        <source>Verify records…</source>
        <translation>Verificar registros…</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Reflexionar ahora…</translation>
    </message>
    <message>
        <source>Skip this month</source>
        <translation>Omitir este mes</translation>
    </message>
    <message>
        <source>Import c&amp;lients…</source>
        <translation>Importar c&amp;lientes…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>Ac&amp;tividad…</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>&amp;Verificar registros…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Address books and spreadsheets (*.csv *.vcf *.txt)</source>
        <translation>Libretas de direcciones y hojas de cálculo (*.csv *.vcf *.txt)</translation>
    </message>
    <message>
        <source>Reduced availability from %1 to %2</source>
        <translation>Disponibilidad reducida del %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln follow-up(s) still fall in it.</source>
        <translation>
            <numerusform>%1: todavía cae en él %Ln seguimiento.</numerusform>
            <numerusform>%1: todavía caen en él %Ln seguimientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your monthly reflection on %1: your own lapses, the clients with repeated incidents and a few questions.</source>
        <translation>Es el momento de su reflexión mensual sobre %1: sus faltas propias, los clientes con incidentes repetidos y unas pocas preguntas.</translation>
    </message>
    <message>
        <source>The full check of the practice file found damage (%1). What you record now may be lost: restore the newest good backup, or a copy of the file you trust.</source>
        <translation>La comprobación completa del archivo de la consulta encontró daños (%1). Lo que registre ahora podría perderse: restaure la copia de seguridad correcta más reciente o una copia del archivo en la que confíe.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Demo practice: %1</source>
        <translation>Consulta de demostración: %1</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Move practice to a server…</source>
        <translation>Mover la consulta a un servidor…</translation>
    </message>
    <message>
        <source>Prac&amp;titioners…</source>
        <translation>&amp;Profesionales…</translation>
    </message>
    <message>
        <source>An owner of the practice has deactivated your account, so the server no longer lets you read or change anything in it, and what is still shown may be out of date. Open another practice from the File menu, or close the window.</source>
        <translation>Un titular de la consulta ha desactivado su cuenta, así que el servidor ya no le permite leer ni cambiar nada en ella, y lo que aún se muestra puede estar desactualizado. Abra otra consulta desde el menú Archivo o cierre la ventana.</translation>
    </message>
</context>
<context>
    <name>bk::MonthlyReflectionDialog</name>
    <message>
        <source>Monthly reflection: %1</source>
        <translation>Reflexión mensual: %1</translation>
    </message>
    <message>
        <source>What the month looked like</source>
        <translation>Cómo fue el mes</translation>
    </message>
    <message>
        <source>Private: your answers never appear in anything a client receives.</source>
        <translation>Privado: sus respuestas nunca aparecen en nada que reciba un cliente.</translation>
    </message>
    <message>
        <source>S&amp;kip this month</source>
        <translation>&amp;Omitir este mes</translation>
    </message>
    <message numerus="yes">
        <source>Your own lapses: %n</source>
        <translation>
            <numerusform>Sus faltas propias: %n</numerusform>
            <numerusform>Sus faltas propias: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — outside working hours</source>
        <translation>%1, %2 — fuera del horario de atención</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Contacts you initiated outside working hours: %n</source>
        <translation>
            <numerusform>Contactos que inició fuera del horario de atención: %n</numerusform>
            <numerusform>Contactos que inició fuera del horario de atención: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with repeated incidents: %n</source>
        <translation>
            <numerusform>Clientes con incidentes repetidos: %n</numerusform>
            <numerusform>Clientes con incidentes repetidos: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln incidente)</numerusform>
            <numerusform>%1 (%Ln incidentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosure checks taken: %1 (you shared after %2)</source>
        <translation>Comprobaciones antes de compartir realizadas: %1 (compartió después de %2)</translation>
    </message>
</context>
<context>
    <name>bk::MovePracticeDialog</name>
    <message>
        <source>Move the practice to a server</source>
        <translation>Mover la consulta a un servidor</translation>
    </message>
    <message>
        <source>The practice in %1 is copied into an empty database on a PostgreSQL server, in one go: every record count and every signed document is checked on both sides, and if anything differs or you cancel, nothing is kept on the server. The file itself is not changed.</source>
        <translation>La consulta de %1 se copia de una sola vez a una base de datos vacía de un servidor PostgreSQL: el número de registros y cada documento firmado se comprueban en ambos lados, y si algo difiere o usted cancela, no se conserva nada en el servidor. El propio archivo no se modifica.</translation>
    </message>
    <message>
        <source>Leave empty if the server does not ask for one</source>
        <translation>Déjelo vacío si el servidor no la pide</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 records…</source>
        <translation>Copiando %1: %2 de %3 registros…</translation>
    </message>
    <message>
        <source>The practice was not moved</source>
        <translation>No se movió la consulta</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Consulta movida.</translation>
    </message>
    <message>
        <source>%1 records in %2 tables are on the server; every table&apos;s record count and every signed document&apos;s SHA-256 match the file. The file was not changed.

Open the practice on the server now? Until you do, this window keeps working on the file.</source>
        <translation>Hay %1 registros de %2 tablas en el servidor; el número de registros de cada tabla y el SHA-256 de cada documento firmado coinciden con el archivo. El archivo no se modificó.

¿Abrir ahora la consulta en el servidor? Hasta que lo haga, esta ventana sigue trabajando con el archivo.</translation>
    </message>
    <message>
        <source>The practice was moved</source>
        <translation>Se movió la consulta</translation>
    </message>
    <message>
        <source>Open on the Server</source>
        <translation>Abrir en el servidor</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>bk::OnboardingActions</name>
    <message>
        <source>&amp;Onboard a new client…</source>
        <translation>&amp;Incorporar un nuevo cliente…</translation>
    </message>
    <message>
        <source>Add a client and walk through the boundary agreement together</source>
        <translation>Añadir un cliente y repasar juntos el acuerdo de límites</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Verificar un PDF…</translation>
    </message>
    <message>
        <source>Check whether a PDF is an unaltered signed agreement from these records</source>
        <translation>Comprobar si un PDF es un acuerdo firmado sin alteraciones de estos registros</translation>
    </message>
    <message>
        <source>No published policy yet</source>
        <translation>Aún no hay ninguna política publicada</translation>
    </message>
    <message>
        <source>Go to Practice</source>
        <translation>Ir a Consulta</translation>
    </message>
    <message>
        <source>No agreement can be made</source>
        <translation>No se puede preparar ningún acuerdo</translation>
    </message>
    <message>
        <source>The agreement with %1 is signed and stored.</source>
        <translation>El acuerdo con %1 está firmado y guardado.</translation>
    </message>
    <message>
        <source>The agreement with %1 is signed and stored; the PDF is in %2.</source>
        <translation>El acuerdo con %1 está firmado y guardado; el PDF está en %2.</translation>
    </message>
    <message>
        <source>The agreement with %1 is kept as a draft; resume it from the client.</source>
        <translation>El acuerdo con %1 se conserva como borrador; reanúdelo desde el cliente.</translation>
    </message>
    <message>
        <source>The agreement cannot be started</source>
        <translation>No se puede iniciar el acuerdo</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Verificar un PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>No se puede abrir el documento</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Todavía sin firmar</translation>
    </message>
    <message>
        <source>This document has not been signed yet; there is no signed PDF to show.</source>
        <translation>Este documento todavía no se ha firmado; no hay ningún PDF firmado que mostrar.</translation>
    </message>
    <message>
        <source>No signed agreement</source>
        <translation>Ningún acuerdo firmado</translation>
    </message>
    <message>
        <source>No signed agreement of this client is on file. An acknowledgement recorded without an agreement has no PDF.</source>
        <translation>No consta ningún acuerdo firmado de este cliente. Una aceptación registrada sin acuerdo no tiene PDF.</translation>
    </message>
    <message>
        <source>The agreement with %1 was discarded.</source>
        <translation>Se descartó el acuerdo con %1.</translation>
    </message>
    <message>
        <source>%1 signed an agreement on %2 under policy version %3.</source>
        <translation>%1 firmó un acuerdo el %2 con la versión de la política %3.</translation>
    </message>
    <message>
        <source>A draft agreement with %1 was begun on %2 (policy version %3) and is not signed yet.</source>
        <translation>El %2 se empezó un borrador de acuerdo con %1 (versión de la política %3), que aún no está firmado.</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Continuar el borrador</translation>
    </message>
    <message>
        <source>Discard the draft and start again</source>
        <translation>Descartar el borrador y empezar de nuevo</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>No se descartó el borrador</translation>
    </message>
    <message>
        <source>Policy version %1 has been published since.</source>
        <translation>Desde entonces se ha publicado la versión %1 de la política.</translation>
    </message>
    <message>
        <source>Start the re-acknowledgement</source>
        <translation>Iniciar la nueva confirmación</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>Iniciar un nuevo acuerdo</translation>
    </message>
    <message>
        <source>Open the signed agreement</source>
        <translation>Abrir el acuerdo firmado</translation>
    </message>
    <message>
        <source>An agreement exists</source>
        <translation>Ya existe un acuerdo</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
</context>
<context>
    <name>bk::OnboardingWizard</name>
    <message>
        <source>Boundary agreement</source>
        <translation>Acuerdo de límites</translation>
    </message>
    <message>
        <source>&amp;Finish and sign</source>
        <translation>&amp;Finalizar y firmar</translation>
    </message>
    <message>
        <source>Close and keep what was done as a draft you can resume from the client</source>
        <translation>Cerrar y conservar lo hecho como un borrador que puede reanudar desde el cliente</translation>
    </message>
    <message>
        <source>Roles and scope</source>
        <translation>Funciones y alcance</translation>
    </message>
    <message>
        <source>What you and the client can expect of each other, and what the practice offers and does not. Adjust anything for this client: the agreement records it.</source>
        <translation>Lo que usted y el cliente pueden esperar el uno del otro, y lo que la consulta ofrece y lo que no. Ajuste lo que necesite para este cliente: el acuerdo lo registra.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Working hours, how the client may reach you, how soon you answer, and what to do in an emergency, as they apply to this client.</source>
        <translation>El horario de atención, cómo puede contactarle el cliente, con qué rapidez responde usted y qué hacer en caso de urgencia, tal como se aplican a este cliente.</translation>
    </message>
    <message>
        <source>Consent and signatures</source>
        <translation>Consentimiento y firmas</translation>
    </message>
    <message>
        <source>RE-ACKNOWLEDGEMENT</source>
        <translation>NUEVA CONFIRMACIÓN</translation>
    </message>
    <message>
        <source>ONBOARDING</source>
        <translation>INCORPORACIÓN</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Conservar como borrador</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The database is open read-only, so no agreement can be made or changed. Open it with write access to onboard a client.</source>
        <translation>La base de datos está abierta en solo lectura, así que no se puede preparar ni modificar ningún acuerdo. Ábrala con permiso de escritura para incorporar a un cliente.</translation>
    </message>
    <message>
        <source>Your boundary policy has not been published yet, so there is nothing for a client to agree to. Review the boundaries in the Practice section and publish them; then come back to onboard the client.</source>
        <translation>Su política de límites aún no se ha publicado, así que no hay nada que el cliente pueda aceptar. Revise los límites en la sección Consulta y publíquelos; después vuelva para incorporar al cliente.</translation>
    </message>
    <message>
        <source>draft resumed</source>
        <translation>borrador reanudado</translation>
    </message>
    <message>
        <source>Continuing the draft saved on %1. Signatures are never kept in a draft, so both of you sign again at the end.</source>
        <translation>Se continúa el borrador guardado el %1. Las firmas nunca se conservan en un borrador, así que ambos vuelven a firmar al final.</translation>
    </message>
    <message>
        <source>The draft saved on %1 was made on policy version %2. Version %3 has been published since, so the agreement starts again on the new version.</source>
        <translation>El borrador guardado el %1 se hizo sobre la versión %2 de la política. Desde entonces se ha publicado la versión %3, así que el acuerdo empieza de nuevo sobre la nueva versión.</translation>
    </message>
    <message>
        <source>Re-acknowledgement – %1</source>
        <translation>Nueva confirmación – %1</translation>
    </message>
    <message>
        <source>Boundary agreement with %1</source>
        <translation>Acuerdo de límites con %1</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Firmar el acuerdo</translation>
    </message>
    <message>
        <source>This signs the agreement with %1 for good: it is stored as it is now and can no longer be changed. Sign it now?</source>
        <translation>Esto firma definitivamente el acuerdo con %1: se guarda tal como está ahora y ya no se puede modificar. ¿Firmarlo ahora?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>The agreement was not signed</source>
        <translation>No se firmó el acuerdo</translation>
    </message>
    <message>
        <source>Save the unsigned copy</source>
        <translation>Guardar la copia sin firmar</translation>
    </message>
    <message>
        <source>Save the signed agreement</source>
        <translation>Guardar el acuerdo firmado</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>No se guardó el borrador</translation>
    </message>
    <message>
        <source>%1 The wizard stays open so that nothing is lost.</source>
        <translation>%1 El asistente sigue abierto para que no se pierda nada.</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>Descartar &amp;borrador…</translation>
    </message>
    <message>
        <source>Close without keeping the agreement; a draft already saved is marked discarded</source>
        <translation>Cerrar sin conservar el acuerdo; un borrador ya guardado se marca como descartado</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Started from the agreement signed on %1 (policy version %2): the questions and answers noted per boundary are carried over.</source>
        <translation>Iniciado a partir del acuerdo firmado el %1 (versión de la política %2): se conservan las preguntas y respuestas anotadas para cada límite.</translation>
    </message>
    <message>
        <source>Started from the agreement signed on %1 (policy version %2): what was adjusted for %3 (%4) and the questions and answers noted per boundary are carried over. Review them together.</source>
        <translation>Iniciado a partir del acuerdo firmado el %1 (versión de la política %2): se conservan lo que se ajustó para %3 (%4) y las preguntas y respuestas anotadas para cada límite. Revísenlo juntos.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Discard the agreement with %1? It cannot be finished afterwards; a draft saved before stays in the records, marked discarded.</source>
        <translation>¿Descartar el acuerdo con %1? Después ya no se podrá terminar; un borrador guardado antes se conserva en los registros, marcado como descartado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>No se descartó el borrador</translation>
    </message>
    <message>
        <source>Leave the agreement</source>
        <translation>Salir del acuerdo</translation>
    </message>
    <message>
        <source>Keep what was done with %1 as a draft to resume later, or discard it?</source>
        <translation>¿Conservar lo hecho con %1 como borrador para reanudarlo más tarde, o descartarlo?</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Conservar el borrador</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
</context>
<context>
    <name>bk::OrderedListEditor</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add at the end of the list</source>
        <translation>Añadir al final de la lista</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
</context>
<context>
    <name>bk::PassphraseDialog</name>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>&amp;Encrypt the backup with a passphrase</source>
        <translation>C&amp;ifrar la copia de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read an encrypted backup, you included: keep it somewhere safe.</source>
        <translation>Sin la frase de contraseña nadie puede leer una copia de seguridad cifrada, tampoco usted: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter its passphrase.</source>
        <translation>Esta copia de seguridad está cifrada. Introduzca su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Hacer la copia</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Introduzca una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Encrypt daily backups</source>
        <translation>Cifrar las copias de seguridad diarias</translation>
    </message>
    <message>
        <source>Daily backups will be encrypted with this passphrase. It is kept in this computer&apos;s system keyring; note it somewhere safe as well: restoring a backup on another computer needs it.</source>
        <translation>Las copias de seguridad diarias se cifrarán con esta frase de contraseña. Se guarda en el llavero del sistema de este ordenador; anótela también en un lugar seguro: la necesitará para restaurar una copia de seguridad en otro ordenador.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>bk::PdfPreviewWidget</name>
    <message>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <source>There is no document to show.</source>
        <translation>No hay ningún documento que mostrar.</translation>
    </message>
</context>
<context>
    <name>bk::PracticeDetailsWidget</name>
    <message>
        <source>e.g. Northbridge Coaching</source>
        <translation>p. ej. Coaching Puerto Norte</translation>
    </message>
    <message>
        <source>Address, phone and website, as printed on agreements</source>
        <translation>Dirección, teléfono y sitio web, tal como se imprimen en los acuerdos</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image as the logo on printed documents</source>
        <translation>Use una imagen PNG o JPEG como logotipo en los documentos impresos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Practice na&amp;me:</source>
        <translation>Nom&amp;bre de la consulta:</translation>
    </message>
    <message>
        <source>Contact lin&amp;e:</source>
        <translation>&amp;Línea de contacto:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Practitioners:</source>
        <translation>Profesionales:</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>Tamaño del &amp;papel:</translation>
    </message>
    <message>
        <source>This file could not be read as an image. Choose a PNG or JPEG file.</source>
        <translation>Este archivo no se pudo leer como imagen. Elija un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
</context>
<context>
    <name>bk::PracticeExportActions</name>
    <message>
        <source>Export the &amp;whole practice…</source>
        <translation>&amp;Exportar toda la consulta…</translation>
    </message>
    <message>
        <source>Write every record, signed PDF and policy version to a folder as CSV, JSON and PDF files any program reads, with a manifest of their SHA-256</source>
        <translation>Escribir en una carpeta cada registro, PDF firmado y versión de la política como archivos CSV, JSON y PDF que cualquier programa puede leer, con un manifiesto de su SHA-256</translation>
    </message>
    <message>
        <source>Export the whole practice to a new folder</source>
        <translation>Exportar toda la consulta a una carpeta nueva</translation>
    </message>
    <message>
        <source>practice-export-%1</source>
        <translation>exportacion-consulta-%1</translation>
    </message>
    <message>
        <source>Exporting the practice to %1…</source>
        <translation>Exportando la consulta a %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>bk::PracticePage</name>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Go back to what was last saved</source>
        <translation>Volver a lo último guardado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <source>Consequence ladder</source>
        <translation>Escala de consecuencias</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copiar hash</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the published version</source>
        <translation>Copiar el SHA-256 completo de la versión publicada</translation>
    </message>
    <message>
        <source>Go back to the draft as last saved</source>
        <translation>Volver al borrador tal como se guardó por última vez</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Keep the changes as a draft; clients see them once they are published</source>
        <translation>Conservar los cambios como borrador; los clientes los verán una vez publicados</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <source>Freeze the draft as the next version of the policy</source>
        <translation>Fijar el borrador como la siguiente versión de la política</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the full text of the selected version</source>
        <translation>Mostrar el texto completo de la versión seleccionada</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Some changes in the Practice section are not saved yet. Leave and discard them, or stay to save them?</source>
        <translation>Algunos cambios de la sección Consulta aún no se han guardado. ¿Salir y descartarlos, o quedarse para guardarlos?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Datos de la consulta</translation>
    </message>
    <message>
        <source>Roles &amp;&amp; scope</source>
        <translation>Funciones &amp;&amp; alcance</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
    <message>
        <source>The draft has unsaved changes.</source>
        <translation>El borrador tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Nothing is published yet: clients can acknowledge the policy once it is.</source>
        <translation>Aún no hay nada publicado: los clientes podrán confirmar la política una vez que lo esté.</translation>
    </message>
    <message>
        <source>The saved draft differs from version %1. Publish it when it is ready for clients.</source>
        <translation>El borrador guardado difiere de la versión %1. Publíquelo cuando esté listo para los clientes.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation>El borrador es igual que la versión %1.</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Borrador no guardado</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Nada que publicar</translation>
    </message>
    <message>
        <source>Publish the policy as version 1? Once published, a version cannot be changed.

%1</source>
        <translation>¿Publicar la política como versión 1? Una vez publicada, una versión no se puede modificar.

%1</translation>
    </message>
    <message>
        <source>Publish version %1? Compared with version %2:

%3

Once published, a version cannot be changed, and clients who acknowledged an earlier version are asked to acknowledge it again.</source>
        <translation>¿Publicar la versión %1? En comparación con la versión %2:

%3

Una vez publicada, una versión no se puede modificar, y a los clientes que confirmaron una versión anterior se les pide que la confirmen de nuevo.</translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation>Publicar la versión %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Version %1 published · SHA-256 %2…</source>
        <translation>Versión %1 publicada · SHA-256 %2…</translation>
    </message>
    <message>
        <source>No version is published yet. Publish the draft in the Boundaries tab.</source>
        <translation>Aún no hay ninguna versión publicada. Publique el borrador en la pestaña Límites.</translation>
    </message>
    <message>
        <source>Comparing version %1 with version %2.</source>
        <translation>Comparación de la versión %1 con la versión %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Select two versions to compare them.</source>
        <translation>Seleccione dos versiones para compararlas.</translation>
    </message>
    <message>
        <source>Select a version to show it, or two to compare them.</source>
        <translation>Seleccione una versión para mostrarla, o dos para compararlas.</translation>
    </message>
    <message>
        <source>The practice profile</source>
        <translation>El perfil de la consulta</translation>
    </message>
    <message>
        <source>%1 Your changes are still here; save again to compare them with the newer version.</source>
        <translation>%1 Sus cambios siguen aquí; guarde de nuevo para compararlos con la versión más reciente.</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Versiones publicadas</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texto de la versión seleccionada</translation>
    </message>
</context>
<context>
    <name>bk::PracticeSwitcher</name>
    <message>
        <source>Cannot open the practice</source>
        <translation>No se puede abrir la consulta</translation>
    </message>
    <message>
        <source>Practice server not reached</source>
        <translation>No se pudo acceder al servidor de la consulta</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>&amp;Conectar con otro servidor…</translation>
    </message>
    <message>
        <source>Open the practice &amp;file on this computer</source>
        <translation>Abrir el &amp;archivo de la consulta en este equipo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>bk::PractitionerPickerDialog</name>
    <message>
        <source>Type a part of the name or sign-in</source>
        <translation>Escriba parte del nombre o del usuario</translation>
    </message>
    <message>
        <source>Filter the practitioners</source>
        <translation>Filtrar los profesionales</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Practitioners to choose from</source>
        <translation>Profesionales entre los que elegir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>No practitioner matches.</source>
        <translation>Ningún profesional coincide.</translation>
    </message>
</context>
<context>
    <name>bk::PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>managing practitioners</source>
        <translation>gestionar los profesionales</translation>
    </message>
    <message>
        <source>You can see who works in the practice and their roles.</source>
        <translation>Puede ver quién trabaja en la consulta y con qué rol.</translation>
    </message>
    <message>
        <source>The practice is open read-only: you can see the practitioners, but not change them.</source>
        <translation>La consulta está abierta en solo lectura: puede ver a los profesionales, pero no modificarlos.</translation>
    </message>
    <message>
        <source>Everyone here signs in to the practice server as themselves. An owner sees and changes everything; a practitioner works with their own clients and those shared with them; an administrator looks after the practice without seeing any client.</source>
        <translation>Aquí cada persona inicia sesión en el servidor de la consulta con su propio usuario. Un titular ve y modifica todo; un profesional trabaja con sus propios clientes y con los que se comparten con él; un administrador se ocupa de la consulta sin ver a ningún cliente.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>&amp;Add practitioner…</source>
        <translation>&amp;Añadir profesional…</translation>
    </message>
    <message>
        <source>&amp;Role of the selected practitioner:</source>
        <translation>&amp;Rol del profesional seleccionado:</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>Cambiar r&amp;ol</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>For someone who leaves the practice: they can no longer sign in, and their records keep their name</source>
        <translation>Para quien deja la consulta: ya no puede iniciar sesión y sus registros conservan su nombre</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Reac&amp;tivar</translation>
    </message>
    <message>
        <source>Let the selected practitioner sign in again, in the role they had</source>
        <translation>Permitir que el profesional seleccionado vuelva a iniciar sesión, con el rol que tenía</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their records keep their name.</source>
        <translation>%1 ya no podrá iniciar sesión; sus registros conservan su nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s), and there is nobody else to take them over. Add a practitioner first.</source>
        <translation>
            <numerusform>%1 es responsable de %n cliente y no hay nadie más que pueda asumirlo. Añada primero un profesional.</numerusform>
            <numerusform>%1 es responsable de %n clientes y no hay nadie más que pueda asumirlos. Añada primero un profesional.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s). Who takes them over?</source>
        <translation>
            <numerusform>%1 es responsable de %n cliente. ¿Quién lo asume?</numerusform>
            <numerusform>%1 es responsable de %n clientes. ¿Quién los asume?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
</context>
<context>
    <name>bk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Boundary Keeper speaks the new language from its next start.</source>
        <translation>Boundary Keeper usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source>The command-line program follows the language of the terminal (LANG).</source>
        <translation>El programa de línea de órdenes sigue el idioma del terminal (LANG).</translation>
    </message>
    <message>
        <source>This practice is open read-only: its paper size cannot be changed.</source>
        <translation>Esta consulta está abierta en modo de solo lectura: no se puede cambiar su tamaño de papel.</translation>
    </message>
    <message>
        <source>Agreements, contracts, summaries and reports of this practice are laid out on this paper, whoever prints them.</source>
        <translation>Los acuerdos, contratos, resúmenes e informes de esta consulta se componen en este papel, quienquiera que los imprima.</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Tamaño de &amp;papel:</translation>
    </message>
    <message>
        <source>The practice&apos;s documents</source>
        <translation>Documentos de la consulta</translation>
    </message>
    <message>
        <source>Paper size not saved</source>
        <translation>No se guardó el tamaño de papel</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Copias de seguridad diarias</translation>
    </message>
    <message>
        <source>When Boundary Keeper closes, at most once a day, it writes a checked backup of this practice into %1. It keeps the last 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>Al cerrarse, como máximo una vez al día, Boundary Keeper escribe en %1 una copia de seguridad comprobada de esta consulta. Conserva las últimas 7 copias diarias, 4 semanales y 12 mensuales.</translation>
    </message>
    <message>
        <source>&amp;Encrypt daily backups with a passphrase</source>
        <translation>Cifrar las copias de seguridad &amp;diarias con una frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s system keyring. Backups encrypted before keep needing the passphrase they were encrypted with.</source>
        <translation>La frase de contraseña se guarda en el llavero del sistema de este ordenador. Las copias de seguridad cifradas antes siguen necesitando la frase de contraseña con la que se cifraron.</translation>
    </message>
    <message>
        <source>&amp;Notify me through the system tray when follow-ups fall due</source>
        <translation>&amp;Avisarme en la bandeja del sistema cuando venzan seguimientos</translation>
    </message>
    <message>
        <source>The reminder bar in the window shows due and overdue follow-ups either way.</source>
        <translation>La barra de recordatorios de la ventana muestra los seguimientos pendientes y vencidos en cualquier caso.</translation>
    </message>
</context>
<context>
    <name>bk::QuickLogDialog</name>
    <message>
        <source>Log an incident</source>
        <translation>Registrar un incidente</translation>
    </message>
    <message>
        <source>Choose the boundary…</source>
        <translation>Elija el límite…</translation>
    </message>
    <message>
        <source>What happened, in a few factual words (Enter saves, Shift+Enter starts a new line)</source>
        <translation>Qué ocurrió, en pocas palabras y con hechos (Intro guarda, Mayús+Intro empieza una línea nueva)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>El cliente</translation>
    </message>
    <message>
        <source>Me (a lapse of my own)</source>
        <translation>Yo (una falta propia)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>&amp;Límite:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Qué ocurrió:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Cuá&amp;ndo:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>C&amp;anal:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Wh&amp;o crossed it:</source>
        <translation>Quién lo &amp;traspasó:</translation>
    </message>
    <message>
        <source>Logged against version %1 of your boundary policy. Contact outside your working hours or the agreed channels is flagged automatically.</source>
        <translation>Registrado según la versión %1 de su política de límites. El contacto fuera de su horario de atención o de los canales acordados se marca automáticamente.</translation>
    </message>
    <message>
        <source>No policy version is published yet: the boundaries of the draft are offered.</source>
        <translation>Aún no se ha publicado ninguna versión de la política: se ofrecen los límites del borrador.</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Registrar incidente</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <source>Incident logged for %1.</source>
        <translation>Incidente registrado para %1.</translation>
    </message>
    <message>
        <source>outside your working hours</source>
        <translation>fuera de su horario de atención</translation>
    </message>
    <message>
        <source>outside the agreed channels</source>
        <translation>fuera de los canales acordados</translation>
    </message>
    <message>
        <source>No automatic flags.</source>
        <translation>Sin señales automáticas.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <translation>Marcado: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Next: %1, by %2.</source>
        <translation>Siguiente: %1, antes del %2.</translation>
    </message>
</context>
<context>
    <name>bk::ReflectionPage</name>
    <message>
        <source>&amp;Check before sharing…</source>
        <translation>&amp;Comprobar antes de compartir…</translation>
    </message>
    <message>
        <source>Five questions before sharing something personal with a client (%1)</source>
        <translation>Cinco preguntas antes de compartir algo personal con un cliente (%1)</translation>
    </message>
    <message>
        <source>Private: these entries never appear in anything a client receives.</source>
        <translation>Privado: estas entradas nunca aparecen en nada de lo que recibe un cliente.</translation>
    </message>
    <message>
        <source>Reflection entries</source>
        <translation>Entradas de reflexión</translation>
    </message>
    <message>
        <source>Take a disclosure check…</source>
        <translation>Hacer una comprobación antes de compartir…</translation>
    </message>
    <message>
        <source>Your own side of the boundary</source>
        <translation>Su propio lado del límite</translation>
    </message>
    <message>
        <source>Before you share something personal with a client, take a short check (%1): five questions and a plain recommendation. Record what you decided, and look back here at where boundaries blur. Entries are private: they never appear in anything a client receives.</source>
        <translation>Antes de compartir algo personal con un cliente, haga una breve comprobación (%1): cinco preguntas y una recomendación clara. Registre lo que decidió y vuelva aquí para ver dónde se difuminan los límites. Las entradas son privadas: nunca aparecen en nada de lo que recibe un cliente.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrada seleccionada</translation>
    </message>
    <message>
        <source>Select an entry to read its answers and your note.</source>
        <translation>Seleccione una entrada para leer sus respuestas y su nota.</translation>
    </message>
    <message>
        <source>No particular client</source>
        <translation>Ningún cliente concreto</translation>
    </message>
    <message>
        <source>The check said:</source>
        <translation>La comprobación indicó:</translation>
    </message>
    <message>
        <source>I decided:</source>
        <translation>Decidí:</translation>
    </message>
    <message>
        <source>Recorded in your reflection.</source>
        <translation>Registrado en su reflexión.</translation>
    </message>
    <message>
        <source>Reduced &amp;availability…</source>
        <translation>&amp;Disponibilidad reducida…</translation>
    </message>
    <message>
        <source>Tell the clients concerned what changes while something personal affects your work</source>
        <translation>Comunicar a los clientes afectados qué cambia mientras algo personal afecta a su trabajo</translation>
    </message>
    <message>
        <source>&amp;Monthly reflection…</source>
        <translation>Reflexión &amp;mensual…</translation>
    </message>
    <message>
        <source>Look back at the month: your own lapses, clients with repeated incidents, your disclosure checks, and a few questions</source>
        <translation>Mirar atrás al mes: sus faltas propias, los clientes con incidentes repetidos, sus comprobaciones antes de compartir y unas pocas preguntas</translation>
    </message>
    <message>
        <source>&amp;Export for supervision…</source>
        <translation>&amp;Exportar para la supervisión…</translation>
    </message>
    <message>
        <source>Save your monthly reflections and disclosure checks as a PDF</source>
        <translation>Guardar sus reflexiones mensuales y sus comprobaciones antes de compartir como PDF</translation>
    </message>
    <message>
        <source>Disclosure checks</source>
        <translation>Comprobaciones antes de compartir</translation>
    </message>
    <message>
        <source>Monthly reflections</source>
        <translation>Reflexiones mensuales</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (omitido)</translation>
    </message>
    <message>
        <source>Once a month, look back at your own side of the boundary (%1). Your reflections are listed here.</source>
        <translation>Una vez al mes, mire atrás a su propia parte del límite (%1). Sus reflexiones aparecen aquí.</translation>
    </message>
    <message>
        <source>You skipped this month.</source>
        <translation>Omitió este mes.</translation>
    </message>
    <message>
        <source>Your monthly reflection was recorded.</source>
        <translation>Se ha registrado su reflexión mensual.</translation>
    </message>
    <message>
        <source>Export for supervision</source>
        <translation>Exportar para la supervisión</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>No se guardó el PDF. %1</translation>
    </message>
    <message>
        <source>Saved your reflection as %1.</source>
        <translation>Su reflexión se ha guardado como %1.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the selected entry&apos;s answers, decision or note (Enter)</source>
        <translation>Modificar las respuestas, la decisión o la nota de la entrada seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected entry for good (Delete)</source>
        <translation>Eliminar definitivamente la entrada seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>No disclosure check matches</source>
        <translation>No hay ninguna comprobación antes de compartir que coincida</translation>
    </message>
    <message>
        <source>You recorded no disclosure check about this client in this period. Choose another client or period, or clear the filters to see every entry.</source>
        <translation>No registró ninguna comprobación antes de compartir sobre este cliente en este periodo. Elija otro cliente u otro periodo, o borre los filtros para ver todas las entradas.</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Cualquier cliente</translation>
    </message>
    <message>
        <source>Only the entries about this client</source>
        <translation>Solo las entradas sobre este cliente</translation>
    </message>
    <message>
        <source>Only the entries of this period</source>
        <translation>Solo las entradas de este periodo</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;liente:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Your changes to the entry were saved.</source>
        <translation>Se guardaron sus cambios en la entrada.</translation>
    </message>
    <message>
        <source>no particular client</source>
        <translation>ningún cliente concreto</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <source>Delete your disclosure check of %1 about %2? It cannot be undone; the audit trail keeps only that the entry existed.</source>
        <translation>¿Eliminar su comprobación antes de compartir del %1 sobre %2? No se puede deshacer; el registro de auditoría solo conserva que la entrada existió.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>The entry was not deleted. %1</source>
        <translation>No se eliminó la entrada. %1</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Se eliminó la entrada.</translation>
    </message>
    <message>
        <source>The month&apos;s reflection</source>
        <translation>La reflexión del mes</translation>
    </message>
</context>
<context>
    <name>bk::ReflectionTableModel</name>
    <message>
        <source>No particular client</source>
        <translation>Ningún cliente concreto</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>La comprobación indicó</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>Decidí</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>bk::ResourceLibraryDialog</name>
    <message>
        <source>Add to the resource library</source>
        <translation>Añadir a la biblioteca de recursos</translation>
    </message>
    <message>
        <source>Required, e.g. Working hours: a one-page guide</source>
        <translation>Obligatorio, p. ej. Horario de atención: guía de una página</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… o un archivo</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Link or file:</source>
        <translation>&amp;Enlace o archivo:</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Ayuda con:</translation>
    </message>
    <message>
        <source>Choose the resource&apos;s file</source>
        <translation>Elija el archivo del recurso</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>No se guardó nada. %1</translation>
    </message>
    <message>
        <source>Boundaries it helps with</source>
        <translation>Límites con los que ayuda</translation>
    </message>
</context>
<context>
    <name>bk::ResourceStepWidget</name>
    <message>
        <source>The practice&apos;s library</source>
        <translation>La biblioteca de la consulta</translation>
    </message>
    <message>
        <source>Show the whole library</source>
        <translation>Mostrar toda la biblioteca</translation>
    </message>
    <message>
        <source>Also show resources listed for other boundaries</source>
        <translation>Mostrar también los recursos asignados a otros límites</translation>
    </message>
    <message>
        <source>Add to library…</source>
        <translation>Añadir a la biblioteca…</translation>
    </message>
    <message>
        <source>Record the ticked resources as provided</source>
        <translation>Registrar los recursos marcados como proporcionados</translation>
    </message>
    <message>
        <source>Optional: how they were shared</source>
        <translation>Opcional: cómo se compartieron</translation>
    </message>
    <message>
        <source>Record as provided</source>
        <translation>Registrar como proporcionados</translation>
    </message>
    <message>
        <source>&amp;Provided:</source>
        <translation>&amp;Proporcionados:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Show the whole library, not only &quot;%1&quot;</source>
        <translation>Mostrar toda la biblioteca, no solo «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resources recorded as provided yet.</source>
        <translation>Aún no se ha registrado ningún recurso como proporcionado.</translation>
    </message>
    <message>
        <source>Provided so far: %1</source>
        <translation>Proporcionados hasta ahora: %1</translation>
    </message>
    <message>
        <source>The library could not be read. %1</source>
        <translation>No se pudo leer la biblioteca. %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The library is empty. Add the guides, courses and reading you share with clients.</source>
        <translation>La biblioteca está vacía. Añada las guías, los cursos y las lecturas que comparte con sus clientes.</translation>
    </message>
    <message>
        <source>Nothing in the library for this boundary yet.</source>
        <translation>Aún no hay nada en la biblioteca para este límite.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) recorded as provided.</source>
        <translation>
            <numerusform>%n recurso registrado como proporcionado.</numerusform>
            <numerusform>%n recursos registrados como proporcionados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::ReviewStepPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>The agreement exactly as it prints. Finish signs it for good: it is stored unchanged, and every copy you save or print can later be verified.</source>
        <translation>El acuerdo exactamente como se imprime. Finalizar lo firma definitivamente: se guarda sin cambios, y cada copia que guarde o imprima se podrá verificar más adelante.</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Sign the agreement and save the signed PDF</source>
        <translation>Firmar el acuerdo y guardar el PDF firmado</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Sign the agreement and print it, with a preview first</source>
        <translation>Firmar el acuerdo e imprimirlo, con una vista previa antes</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of the signed PDF in the client&apos;s folder</source>
        <translation>Guardar una &amp;copia del PDF firmado en la carpeta del cliente</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>No se guardó la copia</translation>
    </message>
    <message>
        <source>The agreement is signed and stored, but the copy for the client&apos;s folder was not saved. %1</source>
        <translation>El acuerdo está firmado y guardado, pero no se guardó la copia para la carpeta del cliente. %1</translation>
    </message>
    <message>
        <source>Boundary agreement – %1</source>
        <translation>Acuerdo de límites – %1</translation>
    </message>
    <message>
        <source>Signed on %1. The agreement is stored and can no longer be changed.</source>
        <translation>Firmado el %1. El acuerdo está guardado y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Signed on %1 and saved to %2.</source>
        <translation>Firmado el %1 y guardado en %2.</translation>
    </message>
    <message>
        <source>Signs the agreement for good, then saves the signed PDF where you choose. Every copy can be verified later.</source>
        <translation>Firma el acuerdo definitivamente y después guarda el PDF firmado donde usted elija. Cada copia se podrá verificar más adelante.</translation>
    </message>
    <message>
        <source>Signs the agreement for good, then prints it, with a preview first.</source>
        <translation>Firma el acuerdo definitivamente y después lo imprime, con una vista previa antes.</translation>
    </message>
    <message>
        <source>Keeps a copy of the signed PDF, readable by you only, in the client&apos;s folder.</source>
        <translation>Guarda en la carpeta del cliente una copia del PDF firmado que solo usted puede leer.</translation>
    </message>
</context>
<context>
    <name>bk::RolesWidget</name>
    <message>
        <source>What you do for your clients and what you hold yourself to, e.g. prepare each session, keep appointments, work within your competence</source>
        <translation>Lo que hace por sus clientes y los compromisos que asume, p. ej. preparar cada sesión, cumplir las citas, trabajar dentro de sus competencias</translation>
    </message>
    <message>
        <source>What you ask of your clients, e.g. come prepared and on time, cancel in good time, do the agreed work between sessions</source>
        <translation>Lo que pide a sus clientes, p. ej. llegar preparados y puntuales, cancelar con tiempo, hacer el trabajo acordado entre sesiones</translation>
    </message>
    <message>
        <source>The services clients can expect from you</source>
        <translation>Los servicios que los clientes pueden esperar de usted</translation>
    </message>
    <message>
        <source>What you do not offer and where clients can turn instead, e.g. crisis support or medical advice</source>
        <translation>Lo que no ofrece y a dónde pueden acudir los clientes en su lugar, p. ej. apoyo en crisis o asesoramiento médico</translation>
    </message>
    <message>
        <source>The &amp;practitioner&apos;s role:</source>
        <translation>La función del &amp;profesional:</translation>
    </message>
    <message>
        <source>Services &amp;offered:</source>
        <translation>Servicios &amp;ofrecidos:</translation>
    </message>
    <message>
        <source>Services no&amp;t offered:</source>
        <translation>&amp;Servicios no ofrecidos:</translation>
    </message>
    <message>
        <source>Your role and responsibilities as every agreement states them.</source>
        <translation>Su función y sus responsabilidades, tal como las recoge cada acuerdo.</translation>
    </message>
    <message>
        <source>What you expect of the client, as every agreement states it.</source>
        <translation>Lo que espera del cliente, tal como lo recoge cada acuerdo.</translation>
    </message>
    <message>
        <source>The scope of your services. Being clear about it early prevents misunderstandings later.</source>
        <translation>El alcance de sus servicios. Dejarlo claro desde el principio evita malentendidos más adelante.</translation>
    </message>
    <message>
        <source>What is outside your scope, and where clients can turn for it.</source>
        <translation>Lo que queda fuera de su alcance y a dónde pueden acudir los clientes para ello.</translation>
    </message>
    <message>
        <source>The client&apos;s rol&amp;e:</source>
        <translation>La función del c&amp;liente:</translation>
    </message>
</context>
<context>
    <name>bk::ScanAttachmentWidget</name>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>Adjuntar un escane&amp;o…</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Quitar escaneo</translation>
    </message>
    <message>
        <source>Attach a scan of the signed original</source>
        <translation>Adjuntar un escaneo del original firmado</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Escaneos (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The scan was not attached</source>
        <translation>No se adjuntó el escaneo</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB. Scan the pages at a lower resolution and attach the smaller file.</source>
        <translation>%1 ocupa más de 25 MB. Escanee las páginas a una resolución menor y adjunte el archivo más pequeño.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Ningún escaneo adjunto</translation>
    </message>
    <message>
        <source>Scan attached (%1, %2)</source>
        <translation>Escaneo adjunto (%1, %2)</translation>
    </message>
</context>
<context>
    <name>bk::SetupWizard</name>
    <message>
        <source>Set up your practice</source>
        <translation>Configurar su consulta</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Omitir la configuración</translation>
    </message>
    <message>
        <source>Start with sensible defaults; you can change everything later in the Practice section</source>
        <translation>Empezar con valores predeterminados razonables; puede cambiarlo todo más adelante en la sección Consulta</translation>
    </message>
    <message>
        <source>Welcome to Boundary Keeper</source>
        <translation>Bienvenido a Boundary Keeper</translation>
    </message>
    <message>
        <source>A few questions about your practice, so that every agreement starts from your own words. Everything can be changed later.</source>
        <translation>Unas preguntas sobre su consulta, para que cada acuerdo parta de sus propias palabras. Todo se puede cambiar más adelante.</translation>
    </message>
    <message>
        <source>Roles and scope</source>
        <translation>Funciones y alcance</translation>
    </message>
    <message>
        <source>What you and your clients can expect of each other, and what your practice offers. The suggestions are a starting point.</source>
        <translation>Lo que usted y sus clientes pueden esperar el uno del otro, y lo que ofrece su consulta. Las sugerencias son un punto de partida.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>When you work, how clients may reach you and how soon you answer.</source>
        <translation>Cuándo trabaja, cómo pueden contactarle los clientes y con qué rapidez responde.</translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation>Sus límites</translation>
    </message>
    <message>
        <source>Boundary Keeper comes with these boundaries and a consequence ladder. Publish them now as version 1 for your clients to acknowledge, or keep them as a draft to adapt first in the Practice section.</source>
        <translation>Boundary Keeper incluye estos límites y una escala de consecuencias. Publíquelos ahora como versión 1 para que sus clientes los confirmen, o consérvelos como borrador para adaptarlos antes en la sección Consulta.</translation>
    </message>
    <message>
        <source>&amp;Publish them as version 1</source>
        <translation>&amp;Publicarlos como versión 1</translation>
    </message>
    <message>
        <source>&amp;Keep them as a draft for now</source>
        <translation>&amp;Conservarlos como borrador por ahora</translation>
    </message>
    <message>
        <source>Setup not finished</source>
        <translation>Configuración sin terminar</translation>
    </message>
    <message>
        <source>Boundaries not published</source>
        <translation>Límites no publicados</translation>
    </message>
    <message>
        <source>Your practice details are saved, but the boundaries could not be published: %1 They are kept as a draft in the Practice section.</source>
        <translation>Los datos de su consulta están guardados, pero no se pudieron publicar los límites: %1 Se conservan como borrador en la sección Consulta.</translation>
    </message>
    <message>
        <source>Setup not skipped</source>
        <translation>Configuración no omitida</translation>
    </message>
</context>
<context>
    <name>bk::SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Draw the signature with a mouse, pen or finger, or choose to type the full name instead.</source>
        <translation>Dibuje la firma con un ratón, un lápiz o el dedo, o elija escribir el nombre completo en su lugar.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
</context>
<context>
    <name>bk::SignaturePadWidget</name>
    <message>
        <source>Full name, typed as the signature</source>
        <translation>Nombre completo, escrito como firma</translation>
    </message>
    <message>
        <source>Undo last stroke</source>
        <translation>Deshacer el último trazo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Type your full name instead</source>
        <translation>Escribir el nombre completo en su lugar</translation>
    </message>
    <message>
        <source>Sign by typing your full name: the way to sign with the keyboard</source>
        <translation>Firmar escribiendo el nombre completo: la forma de firmar con el teclado</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Firma de %1</translation>
    </message>
    <message>
        <source>Type your full name</source>
        <translation>Escriba su nombre completo</translation>
    </message>
    <message>
        <source>Type your full name, e.g. %1</source>
        <translation>Escriba su nombre completo, p. ej. %1</translation>
    </message>
</context>
<context>
    <name>bk::SignedDocumentDialog</name>
    <message>
        <source>%1 at %2</source>
        <comment>signed on &lt;date&gt; at &lt;time&gt;</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Boundary agreement with %1</source>
        <translation>Acuerdo de límites con %1</translation>
    </message>
    <message>
        <source>Signed on %1 on policy version %2. Document ID %3.</source>
        <translation>Firmado el %1 sobre la versión %2 de la política. ID de documento %3.</translation>
    </message>
    <message>
        <source>Behavioural contract with %1</source>
        <translation>Contrato de conducta con %1</translation>
    </message>
    <message>
        <source>Signed on %1. Document ID %2.</source>
        <translation>Firmado el %1. ID de documento %2.</translation>
    </message>
    <message>
        <source>This is the PDF exactly as it was signed; it cannot be changed.</source>
        <translation>Este es el PDF exactamente como se firmó; no se puede modificar.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Guardar una copia de %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>No se guardó el PDF</translation>
    </message>
</context>
<context>
    <name>bk::SigningStepPage</name>
    <message>
        <source>Consent and signatures</source>
        <translation>Consentimiento y firmas</translation>
    </message>
    <message>
        <source>Read the statement of intent together, then both sign: on screen, or on a printed copy. The agreement cannot be finished until both of you have signed.</source>
        <translation>Lean juntos la declaración de intenciones y después firmen ambos: en la pantalla o en una copia impresa. El acuerdo no se puede finalizar hasta que ambos hayan firmado.</translation>
    </message>
    <message>
        <source>Sign on &amp;screen</source>
        <translation>Firmar en &amp;pantalla</translation>
    </message>
    <message>
        <source>Sign on &amp;paper instead</source>
        <translation>Firmar en pap&amp;el</translation>
    </message>
    <message>
        <source>Statement of &amp;intent:</source>
        <translation>&amp;Declaración de intenciones:</translation>
    </message>
    <message>
        <source>Who countersigns for the practice</source>
        <translation>Quién contrafirma por la consulta</translation>
    </message>
    <message>
        <source>Co&amp;untersigned for the practice by:</source>
        <translation>Contrafir&amp;ma por la consulta:</translation>
    </message>
    <message>
        <source>The client &amp;consents to sign electronically:</source>
        <translation>El cliente da su &amp;consentimiento para firmar electrónicamente:</translation>
    </message>
    <message>
        <source>The client signs</source>
        <translation>El cliente firma</translation>
    </message>
    <message>
        <source>The practitioner countersigns</source>
        <translation>El profesional contrafirma</translation>
    </message>
    <message>
        <source>Print the agreement with blank signature lines, sign it together by hand, and keep the paper original. Boundary Keeper records that the original exists and, if you like, a scan of it.</source>
        <translation>Imprima el acuerdo con las líneas de firma en blanco, fírmenlo juntos a mano y conserve el original en papel. Boundary Keeper registra que el original existe y, si lo desea, un escaneo del mismo.</translation>
    </message>
    <message>
        <source>P&amp;rint unsigned copy…</source>
        <translation>&amp;Imprimir copia sin firmar…</translation>
    </message>
    <message>
        <source>Save unsigned cop&amp;y…</source>
        <translation>&amp;Guardar copia sin firmar…</translation>
    </message>
    <message>
        <source>Both have &amp;signed the printed copy, and the practice keeps the paper original</source>
        <translation>Ambos han firmado la copia impre&amp;sa y la consulta conserva el original en papel</translation>
    </message>
    <message>
        <source>Where the original is kept, e.g. the client file in the office cabinet</source>
        <translation>Dónde se guarda el original, p. ej. el expediente del cliente en el archivador de la oficina</translation>
    </message>
    <message>
        <source>Original &amp;kept:</source>
        <translation>&amp;Ubicación del original:</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Escaneo (opcional):</translation>
    </message>
    <message>
        <source>The copy cannot be printed</source>
        <translation>No se puede imprimir la copia</translation>
    </message>
    <message>
        <source>Boundary agreement – %1 (unsigned)</source>
        <translation>Acuerdo de límites – %1 (sin firmar)</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>No se puede guardar la copia</translation>
    </message>
    <message>
        <source>Both sign here on the screen, with a mouse, pen or finger, or by typing their full name.</source>
        <translation>Ambos firman aquí en la pantalla, con el ratón, un lápiz o el dedo, o escribiendo su nombre completo.</translation>
    </message>
    <message>
        <source>Print the unsigned agreement, both sign it by hand, and the practice keeps the paper original.</source>
        <translation>Imprima el acuerdo sin firmar, fírmenlo ambos a mano y la consulta conserva el original en papel.</translation>
    </message>
    <message>
        <source>What both of you mean by signing. Read it together before signing; it is printed above the signatures.</source>
        <translation>Lo que ambos quieren decir al firmar. Léanlo juntos antes de firmar; se imprime encima de las firmas.</translation>
    </message>
    <message>
        <source>The practitioner who countersigns for the practice, named on the agreement and its evidence page.</source>
        <translation>El profesional que contrafirma por la consulta; su nombre figura en el acuerdo y en su página de pruebas.</translation>
    </message>
    <message>
        <source>Tick once the client agrees to sign electronically. The consent text says whom to ask for a free paper copy or to withdraw consent.</source>
        <translation>Márquelo cuando el cliente acepte firmar electrónicamente. El texto del consentimiento indica a quién pedir una copia gratuita en papel o a quién comunicar que retira el consentimiento.</translation>
    </message>
    <message>
        <source>Tick once both of you have signed the printed copy; the agreement then records that the practice keeps the original.</source>
        <translation>Márquelo cuando ambos hayan firmado la copia impresa; el acuerdo registra entonces que la consulta conserva el original.</translation>
    </message>
    <message>
        <source>Where the signed original is kept, so it can be found when it is needed.</source>
        <translation>Dónde se guarda el original firmado, para poder encontrarlo cuando se necesite.</translation>
    </message>
</context>
<context>
    <name>bk::StepHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>La entrada seleccionada</translation>
    </message>
    <message>
        <source>Summary text:</source>
        <translation>Texto del resumen:</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Registrar corrección</translation>
    </message>
    <message>
        <source>Record a new entry that replaces the selected one; the original stays on record</source>
        <translation>Registrar una nueva entrada que sustituye a la seleccionada; la original se conserva en el registro</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Enviado: %1.</translation>
    </message>
    <message>
        <source>Review on %1. Goals: %2</source>
        <translation>Revisión el %1. Objetivos: %2</translation>
    </message>
    <message>
        <source>Provided: %1</source>
        <translation>Proporcionado: %1</translation>
    </message>
    <message>
        <source>%1 (follow up on %2)</source>
        <translation>%1 (seguimiento el %2)</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objetivos: %1</translation>
    </message>
    <message>
        <source>corrected on %1 by %2</source>
        <translation>corregido el %1 por %2</translation>
    </message>
    <message>
        <source>%1 (original, replaced)</source>
        <translation>%1 (original, sustituido)</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Aún no se ha registrado ningún paso.</translation>
    </message>
    <message>
        <source>Recorded entries are shown as they were kept; nothing can be changed here.</source>
        <translation>Las entradas registradas se muestran tal como se guardaron; aquí no se puede modificar nada.</translation>
    </message>
    <message>
        <source>Select an entry to correct it. A correction is a new entry; the original stays on record.</source>
        <translation>Seleccione una entrada para corregirla. Una corrección es una nueva entrada; la original se conserva en el registro.</translation>
    </message>
    <message>
        <source>This entry was already replaced; correct the entry that replaced it instead.</source>
        <translation>Esta entrada ya se sustituyó; corrija en su lugar la entrada que la sustituyó.</translation>
    </message>
    <message>
        <source>Goals are corrected by recording new goals in the Goals tab, and outcomes there too.</source>
        <translation>Los objetivos se corrigen registrando nuevos objetivos en la pestaña Objetivos, y los resultados también allí.</translation>
    </message>
    <message>
        <source>The text of a signed contract stays as both signed it; the date and note can be corrected.</source>
        <translation>El texto de un contrato firmado se queda tal como ambos lo firmaron; la fecha y la nota se pueden corregir.</translation>
    </message>
    <message>
        <source>Change what was wrong and record the correction. The original stays on record, marked as replaced.</source>
        <translation>Cambie lo que estaba mal y registre la corrección. La original se conserva en el registro, marcada como sustituida.</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>The written summary has no text.</source>
        <translation>El resumen por escrito no tiene texto.</translation>
    </message>
    <message>
        <source>Write the corrected note; the original stays on record.</source>
        <translation>Escriba la nota corregida; la original se conserva en el registro.</translation>
    </message>
    <message>
        <source>The correction was recorded; the original entry stays on record.</source>
        <translation>Se registró la corrección; la entrada original se conserva en el registro.</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Pasos dados</translation>
    </message>
</context>
<context>
    <name>bk::StepNoteWidget</name>
    <message>
        <source>Record a step with a date and a note</source>
        <translation>Registrar un paso con una fecha y una nota</translation>
    </message>
    <message>
        <source>Who you spoke with and what you decided, or how the engagement ended</source>
        <translation>Con quién habló y qué decidió, o cómo terminó la relación profesional</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Registrar paso</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Paso:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Aún sin registrar.</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Registrado: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was recorded.</source>
        <translation>Se registró «%1».</translation>
    </message>
</context>
<context>
    <name>bk::StepWidget</name>
    <message>
        <source>recorded on %1</source>
        <translation>registrado el %1</translation>
    </message>
    <message>
        <source>recorded on %1 by %2</source>
        <translation>registrado el %1 por %2</translation>
    </message>
    <message>
        <source>Print – %1</source>
        <translation>Imprimir – %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>No se registró nada. %1</translation>
    </message>
</context>
<context>
    <name>bk::SummaryStepWidget</name>
    <message>
        <source>The summary for the client</source>
        <translation>El resumen para el cliente</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Redactar de nuevo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard, to paste into a message</source>
        <translation>Copiar el resumen al portapapeles para pegarlo en un mensaje</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Abrir en el programa de correo</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Save the summary with the practice&apos;s letterhead as a PDF in the client&apos;s folder</source>
        <translation>Guardar el resumen con el membrete de la consulta como PDF en la carpeta del cliente</translation>
    </message>
    <message>
        <source>Record it as sent</source>
        <translation>Registrarlo como enviado</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Registrar como enviado</translation>
    </message>
    <message>
        <source>The text above is kept with the record, exactly as sent.</source>
        <translation>El texto de arriba se conserva con el registro, exactamente como se envió.</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Enviado:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>Có&amp;mo:</translation>
    </message>
    <message>
        <source>Copied into a message</source>
        <translation>Copiado en un mensaje</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Summary of our conversation: %1</source>
        <translation>Resumen de nuestra conversación: %1</translation>
    </message>
    <message>
        <source>Open a new message in the mail program; the client has no email address on record, so add the recipient there</source>
        <translation>Abrir un mensaje nuevo en el programa de correo; el cliente no tiene dirección de correo electrónico registrada, así que añada allí el destinatario</translation>
    </message>
    <message>
        <source>Open a new message to %1 in the mail program</source>
        <translation>Abrir un mensaje nuevo para %1 en el programa de correo</translation>
    </message>
    <message>
        <source>Recorded: sent on %1 (%2).</source>
        <translation>Registrado: enviado el %1 (%2).</translation>
    </message>
    <message>
        <source>method not noted</source>
        <translation>medio no indicado</translation>
    </message>
    <message>
        <source>No written summary recorded yet.</source>
        <translation>Aún no se ha registrado ningún resumen por escrito.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the summary instead and paste it into a message.</source>
        <translation>No se pudo abrir ningún programa de correo. Copie el resumen y péguelo en un mensaje.</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>No se guardó el PDF. %1</translation>
    </message>
    <message>
        <source>Saved as %1 in &lt;a href=&quot;%2&quot;&gt;the client&apos;s folder&lt;/a&gt;.</source>
        <translation>Guardado como %1 en &lt;a href=&quot;%2&quot;&gt;la carpeta del cliente&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The written summary was recorded as sent.</source>
        <translation>Se registró el resumen por escrito como enviado.</translation>
    </message>
    <message>
        <source>What to tell the client (optional):</source>
        <translation>Qué decirle al cliente (opcional):</translation>
    </message>
    <message>
        <source>What you discussed and agreed, in words for the client. Your own note of the conversation is not put into the letter.</source>
        <translation>Lo que hablaron y acordaron, con palabras pensadas para el cliente. Su propia nota de la conversación no se incluye en la carta.</translation>
    </message>
    <message>
        <source>Replace the text with a fresh draft from the conversation record and what to tell the client</source>
        <translation>Sustituir el texto por un borrador nuevo a partir del registro de la conversación y de lo que decirle al cliente</translation>
    </message>
    <message>
        <source>Printed or attached as a PDF</source>
        <translation>Impreso o adjuntado como PDF</translation>
    </message>
</context>
<context>
    <name>bk::VerificationDialog</name>
    <message>
        <source>Verify a PDF – %1</source>
        <translation>Verificar un PDF – %1</translation>
    </message>
    <message>
        <source>The file could not be verified</source>
        <translation>No se pudo verificar el archivo</translation>
    </message>
    <message>
        <source>Unaltered agreement from these records</source>
        <translation>Acuerdo sin alteraciones de estos registros</translation>
    </message>
    <message>
        <source>Altered: this is not the PDF that was signed</source>
        <translation>Alterado: no es el PDF que se firmó</translation>
    </message>
    <message>
        <source>Unknown: not an agreement from these records</source>
        <translation>Desconocido: no es un acuerdo de estos registros</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Document ID:</source>
        <translation>ID del documento:</translation>
    </message>
    <message>
        <source>Policy version:</source>
        <translation>Versión de la política:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Firmado:</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 del archivo:</translation>
    </message>
</context>
<context>
    <name>bk::VerifyRecordsDialog</name>
    <message>
        <source>Verify records</source>
        <translation>Verificar registros</translation>
    </message>
    <message>
        <source>Checking the audit trail and every record against it…</source>
        <translation>Comprobando el registro de auditoría y cada registro frente a él…</translation>
    </message>
    <message>
        <source>Check against a &amp;file…</source>
        <translation>Comprobar con un &amp;archivo…</translation>
    </message>
    <message>
        <source>Check the trail against the head noted in a signed agreement or contract (its PDF) or in a backup.</source>
        <translation>Comprueba el registro de auditoría frente al estado anotado en un acuerdo o contrato firmado (su PDF) o en una copia de seguridad.</translation>
    </message>
    <message>
        <source>Check against a signed document or a backup</source>
        <translation>Comprobar con un documento firmado o una copia de seguridad</translation>
    </message>
    <message>
        <source>Signed documents and backups (*.pdf *.sqlite *.bkenc *.pgdump)</source>
        <translation>Documentos firmados y copias de seguridad (*.pdf *.sqlite *.bkenc *.pgdump)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The trail holds the head noted %1.</source>
        <translation>El registro de auditoría contiene el estado anotado %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The dashboard could not be computed: %1
</source>
        <translation>No se pudo calcular el panel: %1
</translation>
    </message>
    <message>
        <source>Boundary Keeper</source>
        <translation>Boundary Keeper</translation>
    </message>
    <message>
        <source>Keep healthy professional boundaries with every client.</source>
        <translation>Mantenga límites profesionales sanos con cada cliente.</translation>
    </message>
    <message>
        <source>Open the demo practice (its own file; your database is not opened).</source>
        <translation>Abre la consulta de demostración (su propio archivo; su base de datos no se abre).</translation>
    </message>
    <message>
        <source>Open the database read-only: look without changing anything.</source>
        <translation>Abre la base de datos en solo lectura: para mirar sin cambiar nada.</translation>
    </message>
    <message>
        <source>Open on section NAME: %1.</source>
        <translation>Abre la sección NAME: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been shown (to time start-up); with --section dashboard, once the dashboard shows its figures; with a file, once it is verified.</source>
        <translation>Sale en cuanto se ha mostrado la ventana (para medir el arranque); con --section dashboard, cuando el panel muestra sus cifras; con un archivo, cuando se ha verificado.</translation>
    </message>
    <message>
        <source>A PDF to verify once the window is open: whether it is an unaltered signed agreement or behavioural contract from these records.</source>
        <translation>Un PDF que verificar una vez abierta la ventana: si es un acuerdo o un contrato de conducta firmado sin alteraciones de estos registros.</translation>
    </message>
    <message>
        <source>Name one file to verify, not %1.
</source>
        <translation>Indique un solo archivo que verificar, no %1.
</translation>
    </message>
    <message>
        <source>Use either --db or --demo, not both.
</source>
        <translation>Use --db o --demo, no ambos.
</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;; the sections are %2.
</source>
        <translation>No existe la sección «%1»; las secciones son %2.
</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open the database file at PATH, or the practice on the PostgreSQL server at URL (postgresql://user@host/database).</source>
        <translation>Abre el archivo de base de datos en PATH o la consulta del servidor PostgreSQL en URL (postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PATH|URL</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was restored; the practice as it was is kept as %1.</source>
        <translation>Se restauró la copia de seguridad; la consulta tal como estaba se conserva como %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
</TS>
