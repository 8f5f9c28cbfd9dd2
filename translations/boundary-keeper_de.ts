<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcknowledgementRepository</name>
    <message>
        <source>recording the acknowledgement of policy version %1</source>
        <translation>Bestätigung der Richtlinienversion %1 speichern</translation>
    </message>
    <message>
        <source>reading acknowledgements</source>
        <translation>Bestätigungen lesen</translation>
    </message>
    <message>
        <source>counting clients who need to acknowledge the policy</source>
        <translation>Klient:innen zählen, die die Richtlinie bestätigen müssen</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>I agree to sign this agreement electronically. My electronic signature has the same meaning as my handwritten signature, and I will receive a copy of the signed agreement as a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for a paper copy of the signed agreement at any time, free of charge; and that I may withdraw this consent at any time by telling the practice, after which documents will be given to me on paper (what I signed before stays valid). To open and keep the signed agreement I need a device that shows PDF files, and somewhere to save or print it.</source>
        <translation>Ich bin damit einverstanden, diese Vereinbarung elektronisch zu unterschreiben. Meine elektronische Unterschrift hat dieselbe Bedeutung wie meine handschriftliche, und ich erhalte eine Kopie der unterschriebenen Vereinbarung als PDF-Datei. Man hat mir gesagt, dass ich stattdessen auf Papier unterschreiben kann, dass ich die Praxis jederzeit kostenlos um eine Papierkopie der unterschriebenen Vereinbarung bitten kann und dass ich diese Einwilligung jederzeit gegenüber der Praxis widerrufen kann; danach erhalte ich Dokumente auf Papier (was ich vorher unterschrieben habe, bleibt gültig). Um die unterschriebene Vereinbarung zu öffnen und aufzubewahren, brauche ich ein Gerät, das PDF-Dateien anzeigt, und einen Ort, an dem ich sie speichern oder ausdrucken kann.</translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that we have discussed each boundary in this agreement, that my questions have been answered, and that I intend to work with %2 on these terms.</source>
        <translation>Mit meiner Unterschrift bestätige ich, %1, dass wir jede Grenze dieser Vereinbarung besprochen haben, dass meine Fragen beantwortet wurden und dass ich mit %2 zu diesen Bedingungen zusammenarbeiten möchte.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>die Klient:in</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>der Praxis</translation>
    </message>
    <message>
        <source>The agreement has already been signed.</source>
        <translation>Die Vereinbarung ist bereits unterschrieben.</translation>
    </message>
    <message>
        <source>The agreement was prepared on a different policy version than version %1.</source>
        <translation>Die Vereinbarung wurde auf einer anderen Richtlinienversion als Version %1 vorbereitet.</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; has not been marked as discussed.</source>
        <translation>Die Grenze „%1“ ist nicht als besprochen markiert.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed v%1</source>
        <translation>Unterschrieben v%1</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Erneute Bestätigung fällig</translation>
    </message>
    <message>
        <source>roles and scope</source>
        <translation>Rollen und Leistungsumfang</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>Notfälle</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 Ortszeit)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation>PDF SHA-256</translation>
    </message>
    <message>
        <source>“%1” is not an agreement id; use the id or the document ID that “agreements list” shows.</source>
        <translation>„%1“ ist keine Vereinbarungs-ID; verwenden Sie die ID oder die Dokument-ID, die „agreements list“ anzeigt.</translation>
    </message>
    <message>
        <source>--out is required: the file to write the signed PDF to.</source>
        <translation>--out ist erforderlich: die Datei, in die das unterschriebene PDF geschrieben wird.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Unaltered: this is a signed behavioural contract from this database.</source>
        <translation>Unverändert: Dies ist ein unterschriebener Verhaltensvertrag aus dieser Datenbank.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (Klient:in %2)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Unaltered: this is a signed agreement from this database.</source>
        <translation>Unverändert: Dies ist eine unterschriebene Vereinbarung aus dieser Datenbank.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Only the agreements of this client.</source>
        <translation>Nur die Vereinbarungen dieser Klient:in.</translation>
    </message>
    <message>
        <source>table (default, with shortened hashes), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (Standard, mit gekürzten Prüfsummen), csv (RFC 4180, mit Kopfzeile) oder json (ein Array von Objekten).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>FILE ersetzen, wenn die Datei schon existiert.</translation>
    </message>
    <message>
        <source>Check that a PDF is an unaltered signed agreement from this database.</source>
        <translation>Prüfen, ob ein PDF eine unveränderte unterschriebene Vereinbarung aus dieser Datenbank ist.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Exit status 0 when the file is, byte for byte, the PDF stored when an agreement was signed:
the agreement&apos;s document ID, client, policy version and signing time are shown. Exit status 1,
with the reason on stderr, when the file names a known agreement but has been altered (one
changed byte is enough), when it is not an agreement from this database, or when it cannot be
read.
JSON keys: file, outcome (match, altered or unknown), sha256 (of the file), reason, agreement
(as in “agreements list”; null when unknown).</source>
        <translation>Exit-Status 0, wenn die Datei Byte für Byte das PDF ist, das bei der Unterschrift einer Vereinbarung gespeichert wurde:
Dokument-ID, Klient:in, Richtlinienversion und Zeitpunkt der Unterschrift werden angezeigt. Exit-Status 1,
mit dem Grund auf stderr, wenn die Datei eine bekannte Vereinbarung nennt, aber verändert wurde (ein
geändertes Byte genügt), wenn sie keine Vereinbarung aus dieser Datenbank ist oder wenn sie nicht
gelesen werden kann.
JSON-Schlüssel: file, outcome (match, altered oder unknown), sha256 (der Datei), reason, agreement
(wie in „agreements list“; null, wenn unbekannt).</translation>
    </message>
    <message>
        <source>There is no agreement or contract with the document ID %1.</source>
        <translation>Es gibt keine Vereinbarung und keinen Vertrag mit der Dokument-ID %1.</translation>
    </message>
    <message>
        <source>behavioural contract %1 with %2 (signed %3)</source>
        <translation>Verhaltensvertrag %1 mit %2 (unterschrieben %3)</translation>
    </message>
    <message>
        <source>agreement %1 with %2 (policy version %3, signed %4)</source>
        <translation>Vereinbarung %1 mit %2 (Richtlinienversion %3, unterschrieben %4)</translation>
    </message>
    <message>
        <source>Document %1 with %2 is a draft: nothing has been signed, so there is no signed PDF to export. Finish it in Boundary Keeper first.</source>
        <translation>Dokument %1 mit %2 ist ein Entwurf: Es wurde nichts unterschrieben, daher gibt es kein unterschriebenes PDF zum Exportieren. Schließen Sie es zuerst in Boundary Keeper ab.</translation>
    </message>
    <message>
        <source>The stored PDF of document %1 no longer matches the SHA-256 recorded when it was signed; it is not exported.</source>
        <translation>Das gespeicherte PDF von Dokument %1 stimmt nicht mehr mit dem SHA-256 überein, der bei der Unterschrift erfasst wurde; es wird nicht exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Write a signed agreement&apos;s or contract&apos;s PDF to a file, exactly as it was signed.</source>
        <translation>Das PDF einer unterschriebenen Vereinbarung oder eines Vertrags in eine Datei schreiben, genau so, wie es unterschrieben wurde.</translation>
    </message>
    <message>
        <source>ID is the id or the document ID that “agreements list” shows, or a behavioural contract&apos;s
document ID (printed on its PDF; “verify” shows it). Nothing is rendered again: the
file holds the very bytes stored when the agreement was signed, so “verify” recognises it.
The file is readable by you only (0600). A draft has no signed PDF and is refused; an existing
file is only replaced with --force.</source>
        <translation>ID ist die ID oder die Dokument-ID, die „agreements list“ anzeigt, oder die Dokument-ID eines
Verhaltensvertrags (auf seinem PDF gedruckt; „verify“ zeigt sie an). Nichts wird neu erzeugt: Die
Datei enthält genau die Bytes, die bei der Unterschrift gespeichert wurden, sodass „verify“ sie erkennt.
Nur Sie können die Datei lesen (0600). Ein Entwurf hat kein unterschriebenes PDF und wird abgelehnt;
eine bestehende Datei wird nur mit --force ersetzt.</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>“%1” is not a document ID; use the document ID that “agreements list” shows, or a contract&apos;s.</source>
        <translation>„%1“ ist keine Dokument-ID; verwenden Sie die Dokument-ID, die „agreements list“ anzeigt, oder die eines Vertrags.</translation>
    </message>
    <message>
        <source>the draft agreement %1 with %2 (policy version %3)</source>
        <translation>der Vereinbarungsentwurf %1 mit %2 (Richtlinienversion %3)</translation>
    </message>
    <message>
        <source>the draft contract %1 with %2 (incident %3)</source>
        <translation>der Vertragsentwurf %1 mit %2 (Vorfall %3)</translation>
    </message>
    <message>
        <source>Discarding %1 keeps it, marked discarded, but it can no longer be finished; give --yes to confirm.</source>
        <translation>Beim Verwerfen bleibt %1 erhalten und wird als verworfen markiert, kann aber nicht mehr fertiggestellt werden; bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>Verworfen: %1.</translation>
    </message>
    <message>
        <source>List the boundary agreements, signed, draft and discarded, most recently changed first.</source>
        <translation>Die Grenzvereinbarungen auflisten – unterschriebene, Entwürfe und verworfene –, zuletzt geänderte zuerst.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, document_id (the UUID printed on the PDF), client_id, client_name (as it
stands on the agreement), state (draft, signed or discarded), policy_version, signed_at (UTC, ISO 8601
ending in Z; null for a draft), updated_at, pdf_sha256 (of the signed PDF; null for a draft).</source>
        <translation>CSV- und JSON-Schlüssel: id, document_id (die auf dem PDF gedruckte UUID), client_id, client_name (wie er in der
Vereinbarung steht), state (draft, signed oder discarded), policy_version, signed_at (UTC, ISO 8601
mit Z am Ende; null bei einem Entwurf), updated_at, pdf_sha256 (des unterschriebenen PDFs; null bei einem Entwurf).</translation>
    </message>
    <message>
        <source>Discard a draft agreement or contract that will not be finished.</source>
        <translation>Einen Vereinbarungs- oder Vertragsentwurf verwerfen, der nicht fertiggestellt wird.</translation>
    </message>
    <message>
        <source>Confirm; a discarded draft cannot be finished.</source>
        <translation>Bestätigen; ein verworfener Entwurf kann nicht mehr fertiggestellt werden.</translation>
    </message>
    <message>
        <source>DOCUMENT_ID is the document ID of a draft agreement (as “agreements list” shows it) or of a draft
behavioural contract. The draft is kept, marked discarded with the time and who discarded it,
and no longer counts as the client&apos;s draft: a new one can be started. A signed document or a
draft already discarded is refused (exit status 1).</source>
        <translation>DOCUMENT_ID ist die Dokument-ID eines Vereinbarungsentwurfs (wie „agreements list“ sie anzeigt) oder eines
Verhaltensvertrag-Entwurfs. Der Entwurf bleibt erhalten, als verworfen markiert mit Zeitpunkt und der Person, die ihn verworfen hat,
und gilt nicht mehr als Entwurf der Klient:in: Ein neuer kann begonnen werden. Ein unterschriebenes Dokument oder ein
bereits verworfener Entwurf wird abgelehnt (Exit-Status 1).</translation>
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
        <translation>Grenzvereinbarung – %1 – %2 (Dokument %3)</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>Grenzvereinbarung</translation>
    </message>
    <message>
        <source>Policy version %1 · Document ID %2</source>
        <translation>Richtlinienversion %1 · Dokument-ID %2</translation>
    </message>
    <message>
        <source>Copy for signing on paper. This agreement takes effect once both parties have signed it below.</source>
        <translation>Exemplar zur Unterschrift auf Papier. Diese Vereinbarung wird wirksam, sobald beide Seiten sie unten unterschrieben haben.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Die Beteiligten</translation>
    </message>
    <message>
        <source>2. Roles and responsibilities</source>
        <translation>2. Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>Die Fachperson</translation>
    </message>
    <message>
        <source>No role was described for the practitioner.</source>
        <translation>Für die Fachperson wurde keine Rolle beschrieben.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Die Klient:in</translation>
    </message>
    <message>
        <source>No role was described for the client.</source>
        <translation>Für die Klient:in wurde keine Rolle beschrieben.</translation>
    </message>
    <message>
        <source>3. Scope of services</source>
        <translation>3. Leistungsumfang</translation>
    </message>
    <message>
        <source>What the practice offers</source>
        <translation>Was die Praxis anbietet</translation>
    </message>
    <message>
        <source>No services were described.</source>
        <translation>Es wurden keine Leistungen beschrieben.</translation>
    </message>
    <message>
        <source>What the practice does not offer</source>
        <translation>Was die Praxis nicht anbietet</translation>
    </message>
    <message>
        <source>No exclusions were described.</source>
        <translation>Es wurden keine Ausschlüsse beschrieben.</translation>
    </message>
    <message>
        <source>4. Boundaries</source>
        <translation>4. Grenzen</translation>
    </message>
    <message>
        <source>No description was given.</source>
        <translation>Es wurde keine Beschreibung angegeben.</translation>
    </message>
    <message>
        <source>Appropriate behaviour</source>
        <translation>Angemessenes Verhalten</translation>
    </message>
    <message>
        <source>Not described.</source>
        <translation>Nicht beschrieben.</translation>
    </message>
    <message>
        <source>If it is crossed</source>
        <translation>Wenn sie überschritten wird</translation>
    </message>
    <message>
        <source>No consequence was stated.</source>
        <translation>Es wurde keine Konsequenz genannt.</translation>
    </message>
    <message>
        <source>Discussed with the client</source>
        <translation>Mit der Klient:in besprochen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>How concerns are handled</source>
        <translation>Wie mit Anliegen umgegangen wird</translation>
    </message>
    <message>
        <source>5. Communication</source>
        <translation>5. Kommunikation</translation>
    </message>
    <message>
        <source>Working hours (%1)</source>
        <translation>Arbeitszeiten (%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Nicht genutzt</translation>
    </message>
    <message>
        <source>No response time was promised.</source>
        <translation>Es wurde keine Antwortzeit zugesagt.</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>No response times were described.</source>
        <translation>Es wurden keine Antwortzeiten beschrieben.</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Notfälle</translation>
    </message>
    <message>
        <source>No definition of an emergency was given.</source>
        <translation>Es wurde nicht festgelegt, was als Notfall gilt.</translation>
    </message>
    <message>
        <source>No emergency contact was given.</source>
        <translation>Es wurde kein Notfallkontakt angegeben.</translation>
    </message>
    <message>
        <source>6. Questions and answers</source>
        <translation>6. Fragen und Antworten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>No question was recorded.</source>
        <translation>Es wurde keine Frage erfasst.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation>Es wurde keine Antwort erfasst.</translation>
    </message>
    <message>
        <source>No questions were asked.</source>
        <translation>Es wurden keine Fragen gestellt.</translation>
    </message>
    <message>
        <source>7. Consent and signatures</source>
        <translation>7. Einwilligung und Unterschriften</translation>
    </message>
    <message>
        <source>This agreement is signed by hand on paper; the signed original is kept by the practice.</source>
        <translation>Diese Vereinbarung wird von Hand auf Papier unterschrieben; das unterschriebene Original bewahrt die Praxis auf.</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Richtlinienversion</translation>
    </message>
    <message>
        <source>Policy text SHA-256</source>
        <translation>SHA-256 des Richtlinientexts</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Nicht erfasst.</translation>
    </message>
    <message>
        <source>This is an unsigned copy for signing on paper; it is not the signed agreement.</source>
        <translation>Dies ist ein nicht unterschriebenes Exemplar zur Unterschrift auf Papier; es ist nicht die unterschriebene Vereinbarung.</translation>
    </message>
</context>
<context>
    <name>AgreementFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>A signed agreement cannot be changed.</source>
        <translation>Eine unterschriebene Vereinbarung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The agreement has already been signed.</source>
        <translation>Die Vereinbarung ist bereits unterschrieben.</translation>
    </message>
    <message>
        <source>The agreement draft no longer exists.</source>
        <translation>Der Entwurf der Vereinbarung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>saving the agreement</source>
        <translation>Speichern der Vereinbarung</translation>
    </message>
    <message>
        <source>saving the discussed boundaries</source>
        <translation>Speichern der besprochenen Grenzen</translation>
    </message>
    <message>
        <source>saving the agreement draft</source>
        <translation>Speichern des Vereinbarungsentwurfs</translation>
    </message>
    <message>
        <source>reading the agreement</source>
        <translation>Lesen der Vereinbarung</translation>
    </message>
    <message>
        <source>There is no agreement with the number %1.</source>
        <translation>Es gibt keine Vereinbarung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>reading the discussed boundaries</source>
        <translation>Lesen der besprochenen Grenzen</translation>
    </message>
    <message>
        <source>looking for the client&apos;s agreement draft</source>
        <translation>Suche nach dem Vereinbarungsentwurf der Klient:in</translation>
    </message>
    <message>
        <source>listing agreements</source>
        <translation>Auflisten der Vereinbarungen</translation>
    </message>
    <message>
        <source>reading the signed PDF</source>
        <translation>Lesen des unterschriebenen PDFs</translation>
    </message>
    <message>
        <source>There is no signed agreement with the number %1.</source>
        <translation>Es gibt keine unterschriebene Vereinbarung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>reading the client&apos;s agreement status</source>
        <translation>Lesen des Vereinbarungsstands der Klient:in</translation>
    </message>
    <message>
        <source>reading the terms the client signed</source>
        <translation>das Lesen der Bedingungen, die die Klient:in unterschrieben hat</translation>
    </message>
    <message>
        <source>discarding the agreement draft</source>
        <translation>Verwerfen des Vereinbarungsentwurfs</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Publish the boundary policy before making an agreement: there is nothing to agree on yet.</source>
        <translation>Veröffentlichen Sie die Grenzrichtlinie, bevor Sie eine Vereinbarung anlegen: Noch gibt es nichts, worauf man sich einigen könnte.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet. %1</source>
        <translation>Die Vereinbarung kann noch nicht unterschrieben werden. %1</translation>
    </message>
    <message>
        <source>The agreement is written in the client&apos;s document language, %1, but policy version %2 has no %1 text for: %3. Enter these texts in %1 under Practice ▸ Boundary policy and publish a new version, or choose another document language for the client.</source>
        <translation>Die Vereinbarung ist in der Dokumentsprache der Klient:in verfasst (%1), aber Richtlinienversion %2 hat keinen Text auf %1 für: %3. Geben Sie diese Texte auf %1 unter Praxis ▸ Grenzrichtlinie ein und veröffentlichen Sie eine neue Version, oder wählen Sie eine andere Dokumentsprache für die Klient:in.</translation>
    </message>
</context>
<context>
    <name>AgreementVerifier</name>
    <message>
        <source>No file was named: name the PDF file to verify.</source>
        <translation>Es wurde keine Datei angegeben: Nennen Sie die zu prüfende PDF-Datei.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it does not exist.</source>
        <translation>%1 konnte nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a PDF file inside it.</source>
        <translation>%1 ist ein Ordner; nennen Sie eine PDF-Datei darin.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); only files can be verified.</source>
        <translation>%1 ist keine normale Datei (sondern ein Gerät, eine Pipe oder ein Socket); nur Dateien können geprüft werden.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a file larger than %3 MiB is not verified, as no signed document comes near that size.</source>
        <translation>%1 ist %2 MiB groß; eine Datei über %3 MiB wird nicht geprüft, da kein unterschriebenes Dokument annähernd so groß ist.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only files can be verified.</source>
        <translation>%1 ist keine normale Datei; nur Dateien können geprüft werden.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is the unaltered agreement %1 with %2 on policy version %3, signed on %4 (UTC).</source>
        <translation>Die Datei ist die unveränderte Vereinbarung %1 mit %2 zur Richtlinienversion %3, unterschrieben am %4 (UTC).</translation>
    </message>
    <message>
        <source>The file is the unaltered behavioural contract %1 with %2 (incident %3), signed on %4 (UTC).</source>
        <translation>Die Datei ist der unveränderte Verhaltensvertrag %1 mit %2 (Vorfall %3), unterschrieben am %4 (UTC).</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Die Datei konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file names %1 %2 with %3, but it is not the PDF that was signed: its SHA-256 differs from the one stored when it was signed. The file has been altered.</source>
        <translation>Die Datei gibt sich als %1 %2 mit %3 aus, ist aber nicht das unterschriebene PDF: Ihr SHA-256 weicht von dem bei der Unterschrift gespeicherten ab. Die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>The file names %1 %2 with %3, which has not been signed yet: it is a draft or unsigned copy, not a signed document.</source>
        <translation>Die Datei gibt sich als %1 %2 mit %3 aus, die noch nicht unterschrieben ist: Sie ist ein Entwurf oder ein nicht unterschriebenes Exemplar, kein unterschriebenes Dokument.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>behavioural contract</source>
        <translation>Verhaltensvertrag</translation>
    </message>
    <message>
        <source>The file is not an agreement or contract from this practice&apos;s records: neither its SHA-256 nor any document ID in it is known.</source>
        <translation>Die Datei ist keine Vereinbarung und kein Vertrag aus den Unterlagen dieser Praxis: Weder ihr SHA-256 noch eine Dokument-ID darin ist bekannt.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>“%1” is not a head of the audit trail; “audit head” prints one, e.g. 1234:9f86d0…</source>
        <translation>„%1“ ist kein Stand des Prüfpfads; „audit head“ gibt einen aus, z. B. 1234:9f86d0…</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>als %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) chained, </source>
        <translation>
            <numerusform>Intakt: %n Ereignis verkettet, </numerusform>
            <numerusform>Intakt: %n Ereignisse verkettet, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as the trail last recorded them, </source>
        <translation>
            <numerusform>%n Datensatz so, wie der Prüfpfad ihn zuletzt erfasst hat, </numerusform>
            <numerusform>%n Datensätze so, wie der Prüfpfad sie zuletzt erfasst hat, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noted head(s) held.</source>
        <translation>
            <numerusform>%n notierter Stand enthalten.</numerusform>
            <numerusform>%n notierte Stände enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken:</source>
        <translation>Beschädigt:</translation>
    </message>
    <message>
        <source>Print the head of the audit trail (its newest event&apos;s number and hash), to note or send to a supervisor.</source>
        <translation>Den Stand des Prüfpfads ausgeben (Nummer und Hash seines neuesten Ereignisses), um ihn zu notieren oder an eine Supervisor:in zu senden.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Text: SEQ:HASH on one line, as “audit verify --head” takes it.
JSON keys: seq, hash (hex), head (SEQ:HASH).</source>
        <translation>Text: SEQ:HASH in einer Zeile, wie „audit verify --head“ ihn annimmt.
JSON-Schlüssel: seq, hash (hex), head (SEQ:HASH).</translation>
    </message>
    <message>
        <source>Check the audit trail: its chain, every record against its last event, and the heads noted outside the database.</source>
        <translation>Den Prüfpfad prüfen: seine Kette, jeden Datensatz anhand seines letzten Ereignisses und die außerhalb der Datenbank notierten Stände.</translation>
    </message>
    <message>
        <source>A backup whose manifest notes the head it was taken at (repeatable).</source>
        <translation>Eine Sicherung, deren Manifest den Stand vermerkt, bei dem sie erstellt wurde (wiederholbar).</translation>
    </message>
    <message>
        <source>A head noted earlier with “audit head” (repeatable).</source>
        <translation>Ein zuvor mit „audit head“ notierter Stand (wiederholbar).</translation>
    </message>
    <message>
        <source>A signed agreement&apos;s or contract&apos;s PDF, whose evidence page notes the head it was signed at (repeatable).</source>
        <translation>Das PDF einer unterschriebenen Vereinbarung oder eines unterschriebenen Vertrags, dessen Nachweisseite den Stand vermerkt, bei dem unterschrieben wurde (wiederholbar).</translation>
    </message>
    <message>
        <source>Names the first broken link of the chain, every record changed, added or deleted behind the
application&apos;s back, and every noted head the trail no longer holds: this computer&apos;s own, and the
one every signed agreement&apos;s and contract&apos;s stored PDF notes, included.
Exit status 0 when intact, 1 when anything is broken.
JSON keys: intact, events, records, anchors, problems [text].</source>
        <translation>Nennt die erste unterbrochene Verknüpfung der Kette, jeden Datensatz, der an der Anwendung vorbei geändert, hinzugefügt
oder gelöscht wurde, und jeden vermerkten Stand, den der Prüfpfad nicht mehr enthält: den dieses Computers und den,
den das gespeicherte PDF jeder unterschriebenen Vereinbarung und jedes unterschriebenen Vertrags vermerkt, eingeschlossen.
Exit-Status 0, wenn alles intakt ist, 1, wenn etwas beschädigt ist.
JSON-Schlüssel: intact, events, records, anchors, problems [Text].</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Prüfpfads</translation>
    </message>
    <message>
        <source>The audit trail was noted %1 at event %2, which it no longer holds: newer events were deleted from it outside Boundary Keeper.</source>
        <translation>Der Prüfpfad wurde %1 bei Ereignis %2 notiert, das er nicht mehr enthält: Neuere Ereignisse wurden außerhalb von Boundary Keeper daraus gelöscht.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail differs from the one noted %2: the trail was rewritten outside Boundary Keeper.</source>
        <translation>Ereignis %1 des Prüfpfads weicht von dem %2 notierten ab: Der Prüfpfad wurde außerhalb von Boundary Keeper umgeschrieben.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>das Lesen von %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>on this computer when it last wrote the practice</source>
        <translation>auf diesem Computer, als er die Praxis zuletzt geschrieben hat</translation>
    </message>
    <message>
        <source>The audit trail skips from event %1 to event %2: events were deleted.</source>
        <translation>Der Prüfpfad springt von Ereignis %1 zu Ereignis %2: Ereignisse wurden gelöscht.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail does not follow event %2: the chain is broken there.</source>
        <translation>Ereignis %1 des Prüfpfads folgt nicht auf Ereignis %2: Die Kette ist dort unterbrochen.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail was changed after it was written.</source>
        <translation>Ereignis %1 des Prüfpfads wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was added outside Boundary Keeper: the audit trail does not record it.</source>
        <translation>Datensatz %1 von %2 wurde außerhalb von Boundary Keeper hinzugefügt: Der Prüfpfad erfasst ihn nicht.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was changed outside Boundary Keeper after event %3 of the audit trail.</source>
        <translation>Datensatz %1 von %2 wurde nach Ereignis %3 des Prüfpfads außerhalb von Boundary Keeper geändert.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was deleted outside Boundary Keeper after event %3 of the audit trail.</source>
        <translation>Datensatz %1 von %2 wurde nach Ereignis %3 des Prüfpfads außerhalb von Boundary Keeper gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und ein weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records are intact: %n event(s) of the audit trail are chained, and every record is as the trail last recorded it.</source>
        <translation>
            <numerusform>Die Datensätze sind intakt: %n Ereignis des Prüfpfads ist verkettet, und jeder Datensatz ist so, wie der Prüfpfad ihn zuletzt erfasst hat.</numerusform>
            <numerusform>Die Datensätze sind intakt: %n Ereignisse des Prüfpfads sind verkettet, und jeder Datensatz ist so, wie der Prüfpfad ihn zuletzt erfasst hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail found records changed outside Boundary Keeper.</source>
        <translation>Der Prüfpfad hat Datensätze gefunden, die außerhalb von Boundary Keeper geändert wurden.</translation>
    </message>
    <message>
        <source>in the signed agreement %1</source>
        <translation>in der unterschriebenen Vereinbarung %1</translation>
    </message>
    <message>
        <source>in the signed behavioural contract %1</source>
        <translation>im unterschriebenen Verhaltensvertrag %1</translation>
    </message>
    <message>
        <source>%1 carries no head of the audit trail: it is not a signed document, or it was signed before documents noted the head.</source>
        <translation>%1 enthält keinen Stand des Prüfpfads: Die Datei ist kein unterschriebenes Dokument, oder sie wurde unterschrieben, bevor Dokumente den Stand vermerkten.</translation>
    </message>
    <message>
        <source>in the PDF %1 (document %2)</source>
        <translation>im PDF %1 (Dokument %2)</translation>
    </message>
    <message>
        <source>without an ID</source>
        <translation>ohne ID</translation>
    </message>
    <message>
        <source>%1 is neither a signed document nor a backup with a manifest that can be read, so the head of the audit trail it was made at is not known.</source>
        <translation>%1 ist weder ein unterschriebenes Dokument noch eine Sicherung mit lesbarem Manifest; daher ist nicht bekannt, bei welchem Stand des Prüfpfads die Datei erstellt wurde.</translation>
    </message>
    <message>
        <source>%1 was taken before the audit trail existed; it notes no head to check.</source>
        <translation>Die Sicherung %1 wurde erstellt, bevor es den Prüfpfad gab; sie vermerkt keinen Stand, der sich prüfen ließe.</translation>
    </message>
    <message>
        <source>in the backup %1</source>
        <translation>in der Sicherung %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommands</name>
    <message>
        <source>Contract review</source>
        <translation>Vertragsüberprüfung</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Verschoben auf</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Mitteilung gesendet</translation>
    </message>
    <message>
        <source>No client has a follow-up, a contract review or a goal due in this period.</source>
        <translation>Keine Klient:in hat in diesem Zeitraum eine fällige Nachverfolgung, Vertragsüberprüfung oder ein fälliges Ziel.</translation>
    </message>
    <message>
        <source>“%1” is not a period id; use the id “availability list” shows.</source>
        <translation>„%1“ ist keine Zeitraum-ID; verwenden Sie die ID, die „availability list“ anzeigt.</translation>
    </message>
    <message>
        <source>--from and --to are required: the first and the last day.</source>
        <translation>--from und --to sind erforderlich: der erste und der letzte Tag.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use one of %2.</source>
        <translation>„%1“ ist kein Grund; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Recorded period %1 of reduced availability, %2 to %3. The clients affected:</source>
        <translation>Zeitraum %1 eingeschränkter Erreichbarkeit erfasst, %2 bis %3. Die betroffenen Klient:innen:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <source>Slower replies</source>
        <translation>Langsamere Antworten</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Vertretung</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n follow-up(s) out of the period; each keeps its original date in the record.</source>
        <translation>
            <numerusform>%n Nachverfolgung aus dem Zeitraum verschoben; sie behält ihr ursprüngliches Datum im Verlauf.</numerusform>
            <numerusform>%n Nachverfolgungen aus dem Zeitraum verschoben; jede behält ihr ursprüngliches Datum im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out is required: the folder to write the notices to.</source>
        <translation>--out ist erforderlich: der Ordner, in den die Mitteilungen geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No client has anything due in this period: no notice was written.</source>
        <translation>Keine Klient:in hat in diesem Zeitraum etwas Fälliges: Es wurde keine Mitteilung geschrieben.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n notice(s) as sent.</source>
        <translation>
            <numerusform>%n Mitteilung als gesendet erfasst.</numerusform>
            <numerusform>%n Mitteilungen als gesendet erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>Record a period of reduced availability and list the clients it affects.</source>
        <translation>Einen Zeitraum eingeschränkter Erreichbarkeit erfassen und die betroffenen Klient:innen auflisten.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>Der erste Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>Der letzte Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>No sessions take place in the period.</source>
        <translation>Im Zeitraum finden keine Sitzungen statt.</translation>
    </message>
    <message>
        <source>Replies take longer than usual.</source>
        <translation>Antworten dauern länger als gewöhnlich.</translation>
    </message>
    <message>
        <source>The colleague who covers.</source>
        <translation>Die Kolleg:in, die vertritt.</translation>
    </message>
    <message>
        <source>How clients reach that colleague.</source>
        <translation>Wie Klient:innen diese Kolleg:in erreichen.</translation>
    </message>
    <message>
        <source>Why, kept private: %1 (default other).</source>
        <translation>Warum, nur für Sie: %1 (Vorgabe other).</translation>
    </message>
    <message>
        <source>At least one of --no-sessions, --slower-replies and --covered-by says what changes for clients.
The reason stays private: no notice names it. The clients affected are those with an open
incident&apos;s follow-up, a behavioural contract&apos;s review or a goal due in the period, one row per
item. CSV and JSON keys: client_id, client_name, language, kind (follow_up, contract_review,
goal), due, moved_to (YYYY-MM-DD or null), incident_id, notice_sent_at.</source>
        <translation>Mindestens eine der Optionen --no-sessions, --slower-replies und --covered-by sagt, was sich für Klient:innen ändert.
Der Grund bleibt privat: Keine Mitteilung nennt ihn. Betroffen sind die Klient:innen, bei denen die Nachverfolgung
eines offenen Vorfalls, die Überprüfung eines Verhaltensvertrags oder ein Ziel im Zeitraum fällig ist, eine Zeile je
Eintrag. CSV- und JSON-Schlüssel: client_id, client_name, language, kind (follow_up, contract_review,
goal), due, moved_to (YYYY-MM-DD oder null), incident_id, notice_sent_at.</translation>
    </message>
    <message>
        <source>List your periods of reduced availability, the latest first.</source>
        <translation>Ihre Zeiträume eingeschränkter Erreichbarkeit auflisten, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>List the clients a period of reduced availability affects.</source>
        <translation>Die Klient:innen auflisten, die ein Zeitraum eingeschränkter Erreichbarkeit betrifft.</translation>
    </message>
    <message>
        <source>Move the follow-ups due in a period out of it, in one step.</source>
        <translation>Die in einem Zeitraum fälligen Nachverfolgungen in einem Schritt aus ihm heraus verschieben.</translation>
    </message>
    <message>
        <source>The new due date (default: the day after the period).</source>
        <translation>Das neue Fälligkeitsdatum (Vorgabe: der Tag nach dem Zeitraum).</translation>
    </message>
    <message>
        <source>Each move is recorded with the date it had before; the goals keep their own dates.</source>
        <translation>Jede Verschiebung wird mit dem vorherigen Datum erfasst; die Ziele behalten ihre eigenen Daten.</translation>
    </message>
    <message>
        <source>Write a notice as PDF for every client a period affects.</source>
        <translation>Für jede Klient:in, die ein Zeitraum betrifft, eine Mitteilung als PDF schreiben.</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to (required).</source>
        <translation>Der Ordner für die PDFs (erforderlich).</translation>
    </message>
    <message>
        <source>Record each notice as sent (as a PDF).</source>
        <translation>Jede Mitteilung als gesendet erfassen (als PDF).</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Bestehende Dateien ersetzen.</translation>
    </message>
    <message>
        <source>Each notice is in the client&apos;s document language and says what changes for them and whom to
contact, without the reason. Files are named client-ID-availability-notice-DATE-period-ID.pdf
and are readable by you only (0600).</source>
        <translation>Jede Mitteilung ist in der Dokumentsprache der Klient:in verfasst und sagt, was sich für sie ändert und an wen
sie sich wenden kann, ohne den Grund. Die Dateien heißen client-ID-availability-notice-DATE-period-ID.pdf
und nur Sie können sie lesen (0600).</translation>
    </message>
</context>
<context>
    <name>AvailabilityNotice</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale): weekday, day, month name, year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>the review of our agreement</source>
        <translation>die Überprüfung unserer Vereinbarung</translation>
    </message>
    <message>
        <source>our check-in on your goal</source>
        <translation>unser Gespräch über Ihr Ziel</translation>
    </message>
    <message>
        <source>our follow-up</source>
        <translation>unsere Nachverfolgung</translation>
    </message>
    <message>
        <source>A change in my availability: %1 to %2</source>
        <translation>Eine Änderung meiner Erreichbarkeit: %1 bis %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Liebe:r %1,</translation>
    </message>
    <message>
        <source>I would like to let you know in good time that my availability is reduced from %1 to %2.</source>
        <translation>Ich möchte Ihnen rechtzeitig mitteilen, dass ich vom %1 bis zum %2 nur eingeschränkt erreichbar bin.</translation>
    </message>
    <message>
        <source>There will be no sessions during this time.</source>
        <translation>In dieser Zeit finden keine Sitzungen statt.</translation>
    </message>
    <message>
        <source>Replies to messages will take longer than usual.</source>
        <translation>Antworten auf Nachrichten werden länger dauern als gewöhnlich.</translation>
    </message>
    <message>
        <source>We had planned %1 for %2; it moves to %3.</source>
        <translation>Wir hatten %1 für den %2 geplant; der Termin wird auf den %3 verschoben.</translation>
    </message>
    <message>
        <source>We had planned %1 for %2; I will be in touch to find a new date.</source>
        <translation>Wir hatten %1 für den %2 geplant; ich melde mich bei Ihnen, um einen neuen Termin zu finden.</translation>
    </message>
    <message>
        <source>My colleague %1 covers for me meanwhile. For anything that cannot wait, please contact them: %2.</source>
        <translation>Meine Kolleg:in %1 vertritt mich in dieser Zeit. Wenden Sie sich bitte bei allem, was nicht warten kann, an sie: %2.</translation>
    </message>
    <message>
        <source>My colleague %1 covers for me meanwhile; please turn to them for anything that cannot wait.</source>
        <translation>Meine Kolleg:in %1 vertritt mich in dieser Zeit; wenden Sie sich bitte bei allem, was nicht warten kann, an sie.</translation>
    </message>
    <message>
        <source>For anything that cannot wait, please write to me as usual; I will answer as soon as I can.</source>
        <translation>Bei allem, was nicht warten kann, schreiben Sie mir bitte wie gewohnt; ich antworte, so bald ich kann.</translation>
    </message>
    <message>
        <source>From %1 everything is back as usual. Thank you for your understanding.</source>
        <translation>Ab dem %1 ist alles wieder wie gewohnt. Vielen Dank für Ihr Verständnis.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>AvailabilityReasons</name>
    <message>
        <source>Illness or health</source>
        <translation>Krankheit oder Gesundheit</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Familiäre Angelegenheiten</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Trauerfall</translation>
    </message>
    <message>
        <source>A workplace matter</source>
        <translation>Eine berufliche Angelegenheit</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>the period of reduced availability</source>
        <translation>der Zeitraum eingeschränkter Erreichbarkeit</translation>
    </message>
    <message>
        <source>reading the period of reduced availability</source>
        <translation>Lesen des Zeitraums eingeschränkter Erreichbarkeit</translation>
    </message>
    <message>
        <source>There is no period of reduced availability with id %1.</source>
        <translation>Es gibt keinen Zeitraum eingeschränkter Erreichbarkeit mit der ID %1.</translation>
    </message>
    <message>
        <source>listing the periods of reduced availability</source>
        <translation>Auflisten der Zeiträume eingeschränkter Erreichbarkeit</translation>
    </message>
    <message>
        <source>reading the periods of reduced availability</source>
        <translation>Lesen der Zeiträume eingeschränkter Erreichbarkeit</translation>
    </message>
    <message>
        <source>finding the clients affected</source>
        <translation>Ermitteln der betroffenen Klient:innen</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>die Mitteilung</translation>
    </message>
    <message>
        <source>reading the notices sent</source>
        <translation>Lesen der gesendeten Mitteilungen</translation>
    </message>
</context>
<context>
    <name>AvailabilityService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Geben Sie den ersten und den letzten Tag des Zeitraums an.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Der letzte Tag (%1) liegt vor dem ersten (%2).</translation>
    </message>
    <message>
        <source>The period is longer than a year; enter a shorter one.</source>
        <translation>Der Zeitraum ist länger als ein Jahr; geben Sie einen kürzeren ein.</translation>
    </message>
    <message>
        <source>Say what changes for clients: no sessions, slower replies or a colleague covering.</source>
        <translation>Geben Sie an, was sich für Klient:innen ändert: keine Sitzungen, langsamere Antworten oder eine Vertretung durch eine Kolleg:in.</translation>
    </message>
    <message>
        <source>Name the colleague who covers, or leave their contact empty.</source>
        <translation>Nennen Sie die Kolleg:in, die vertritt, oder lassen Sie den Kontakt leer.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <translation>„%1…“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2); only printable characters are allowed.</source>
        <translation>„%1“ enthält ein Steuerzeichen (%2); nur druckbare Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 falls in the period itself; choose a day before or after it.</source>
        <translation>%1 liegt im Zeitraum selbst; wählen Sie einen Tag davor oder danach.</translation>
    </message>
    <message>
        <source>The notice has no text.</source>
        <translation>Die Mitteilung hat keinen Text.</translation>
    </message>
    <message>
        <source>The notice holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Die Mitteilung enthält ein Steuerzeichen (%1); nur druckbare Zeichen, Tabulatoren und Zeilenumbrüche sind erlaubt.</translation>
    </message>
    <message>
        <source>The notice cannot be recorded as sent in the future.</source>
        <translation>Die Mitteilung kann nicht für einen Zeitpunkt in der Zukunft als gesendet erfasst werden.</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The encrypted backup %1 could not be written: %2</source>
        <translation>Die verschlüsselte Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the encryption library could not be started.</source>
        <translation>die Verschlüsselungsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>An encrypted backup needs a passphrase.</source>
        <translation>Eine verschlüsselte Sicherung braucht eine Passphrase.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>there is not enough memory to derive the key.</source>
        <translation>es ist nicht genug Arbeitsspeicher vorhanden, um den Schlüssel abzuleiten.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 is damaged or incomplete; nothing was restored from it.</source>
        <translation>Die verschlüsselte Sicherung %1 ist beschädigt oder unvollständig; daraus wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Boundary Keeper backup.</source>
        <translation>%1 ist keine verschlüsselte Sicherung von Boundary Keeper.</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Boundary Keeper; update Boundary Keeper to restore it.</source>
        <translation>%1 wurde von einer neueren Version von Boundary Keeper verschlüsselt; aktualisieren Sie Boundary Keeper, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key of %1.</source>
        <translation>Es ist nicht genug Arbeitsspeicher vorhanden, um den Schlüssel von %1 abzuleiten.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is damaged); nothing was restored from it.</source>
        <translation>Die Passphrase öffnet %1 nicht (oder die Datei ist beschädigt); daraus wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Read the passphrase from the first line of standard input instead of asking for it on the terminal.</source>
        <translation>Die Passphrase aus der ersten Zeile der Standardeingabe lesen, statt im Terminal danach zu fragen.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>Die Standardeingabe konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The first line of standard input is empty; it must hold the passphrase.</source>
        <translation>Die erste Zeile der Standardeingabe ist leer; sie muss die Passphrase enthalten.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on; give it on standard input with --passphrase-stdin.</source>
        <translation>Es gibt kein Terminal, in dem nach der Passphrase gefragt werden kann; geben Sie sie mit --passphrase-stdin über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>--passphrase-stdin goes with --encrypt.</source>
        <translation>--passphrase-stdin gehört zu --encrypt.</translation>
    </message>
    <message>
        <source>Backed up %1 rows of %2 tables (schema version %3) to %4%5.</source>
        <translation>%1 Zeilen aus %2 Tabellen (Schemaversion %3) gesichert: %4%5.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, verschlüsselt</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
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
        <source>There are no backups of %1 in %2.</source>
        <translation>In %2 gibt es keine Sicherungen von %1.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>FEHLERHAFT</translation>
    </message>
    <message>
        <source>%1 of %2 backups failed the check.</source>
        <translation>%1 von %2 Sicherungen haben die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>There is no data folder for the database.</source>
        <translation>Es gibt keinen Datenordner für die Datenbank.</translation>
    </message>
    <message>
        <source>Restoring replaces %1; give --yes to confirm when not asking on a terminal.</source>
        <translation>Die Wiederherstellung ersetzt %1; geben Sie --yes zur Bestätigung an, wenn nicht im Terminal nachgefragt werden kann.</translation>
    </message>
    <message>
        <source>Backup %1: created %2, schema version %3, %4 rows.</source>
        <translation>Sicherung %1: erstellt %2, Schemaversion %3, %4 Zeilen.</translation>
    </message>
    <message>
        <source>Replace %1 with this backup? The database as it is now is kept as a backup first. [y/N] </source>
        <translation>%1 durch diese Sicherung ersetzen? Die Datenbank in ihrem jetzigen Zustand wird zuerst als Sicherung aufbewahrt. [j/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 wurde in %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>Die bisherige Datenbank wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Back up the practice now, checked, with a manifest beside it.</source>
        <translation>Die Praxis jetzt sichern, geprüft und mit einem Manifest daneben.</translation>
    </message>
    <message>
        <source>Write the backup to FILE (it must not exist) instead of the backups folder.</source>
        <translation>Die Sicherung nach FILE schreiben (die Datei darf noch nicht existieren) statt in den Sicherungsordner.</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase, asked twice on the terminal.</source>
        <translation>Die Sicherung mit einer Passphrase verschlüsseln, die zweimal im Terminal abgefragt wird.</translation>
    </message>
    <message>
        <source>A file practice is copied with SQLite&apos;s online backup while it may be in use, checked with
PRAGMA integrity_check and written readable by you only; a practice on a server is written with
pg_dump. Without --out the backup goes into the backups folder beside the application&apos;s data.
The manifest FILE.json holds when it was made (UTC), the schema version, the rows of each table
and the file&apos;s SHA-256. The passphrase is never taken on the command line.</source>
        <translation>Eine Praxis in einer Datei wird mit der Online-Backup-Funktion von SQLite kopiert, auch während sie in Gebrauch ist,
mit PRAGMA integrity_check geprüft und nur für Sie lesbar geschrieben; eine Praxis auf einem Server wird mit
pg_dump geschrieben. Ohne --out landet die Sicherung im Sicherungsordner neben den Daten der Anwendung.
Das Manifest FILE.json enthält, wann sie erstellt wurde (UTC), die Schemaversion, die Zeilen jeder Tabelle
und den SHA-256 der Datei. Die Passphrase wird nie auf der Kommandozeile entgegengenommen.</translation>
    </message>
    <message>
        <source>List the backups of the practice in the backups folder, newest first.</source>
        <translation>Die Sicherungen der Praxis im Sicherungsordner auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: created (UTC), kind (daily, before-upgrade, before-restore, manual),
schema_version, rows, encrypted, file.</source>
        <translation>CSV- und JSON-Schlüssel: created (UTC), kind (daily, before-upgrade, before-restore, manual),
schema_version, rows, encrypted, file.</translation>
    </message>
    <message>
        <source>Check every backup of the practice: its SHA-256 against its manifest, and its integrity.</source>
        <translation>Jede Sicherung der Praxis prüfen: ihren SHA-256 anhand ihres Manifests und ihre Integrität.</translation>
    </message>
    <message>
        <source>Prints &quot;good&quot; or &quot;BAD&quot; and the file for each backup; exits with 1 when any is bad. An
encrypted backup is checked against its manifest&apos;s SHA-256 only.</source>
        <translation>Gibt für jede Sicherung „gut“ oder „FEHLERHAFT“ und die Datei aus; endet mit 1, wenn eine fehlerhaft ist. Eine
verschlüsselte Sicherung wird nur anhand des SHA-256 in ihrem Manifest geprüft.</translation>
    </message>
    <message>
        <source>Replace the practice with a backup, keeping the current one as a backup.</source>
        <translation>Die Praxis durch eine Sicherung ersetzen und die aktuelle als Sicherung aufbewahren.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed when not run on a terminal).</source>
        <translation>Nicht um Bestätigung bitten (nötig, wenn nicht in einem Terminal ausgeführt).</translation>
    </message>
    <message>
        <source>The backup is checked first (integrity, a schema version this program understands) and what it
holds is shown. The database as it is now is kept as a backup (a damaged file under another name
beside itself), then the checked copy takes its place in one rename. Close Boundary Keeper first.</source>
        <translation>Die Sicherung wird zuerst geprüft (Integrität, eine Schemaversion, die dieses Programm versteht), und ihr
Inhalt wird angezeigt. Die Datenbank in ihrem jetzigen Zustand wird als Sicherung aufbewahrt (eine beschädigte
Datei unter anderem Namen neben sich), dann tritt die geprüfte Kopie mit einer einzigen Umbenennung an ihre Stelle.
Schließen Sie Boundary Keeper vorher.</translation>
    </message>
</context>
<context>
    <name>BackupPassphrase</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the system keyring: %1</source>
        <translation>Die Passphrase konnte nicht im System-Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Daily backups are encrypted, and their passphrase could not be read from the system keyring: %1</source>
        <translation>Tägliche Sicherungen werden verschlüsselt, aber ihre Passphrase konnte nicht aus dem System-Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Daily backups are encrypted, and the system keyring no longer holds their passphrase. Set it again under File ▸ Preferences.</source>
        <translation>Tägliche Sicherungen werden verschlüsselt, aber der System-Schlüsselbund enthält ihre Passphrase nicht mehr. Legen Sie sie unter Datei ▸ Einstellungen erneut fest.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No private temporary folder could be made: %1</source>
        <translation>Es konnte kein privater temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>pg_dump is not installed: the practice on %1 is upgraded without a backup taken first.</source>
        <translation>pg_dump ist nicht installiert: Die Praxis auf %1 wird aktualisiert, ohne dass vorher eine Sicherung erstellt wird.</translation>
    </message>
    <message>
        <source>%1 has changed since it was written: its SHA-256 does not match its manifest.</source>
        <translation>%1 wurde seit dem Schreiben verändert: Der SHA-256 stimmt nicht mit dem Manifest überein.</translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest says (schema version or row counts differ).</source>
        <translation>%1 enthält nicht, was das Manifest angibt (Schemaversion oder Zeilenzahlen weichen ab).</translation>
    </message>
    <message>
        <source>The newest good backup is %1, taken %2; restore it with “boundary-keeper-cli --db %3 restore %1”.</source>
        <translation>Die neueste intakte Sicherung ist %1, erstellt %2; stellen Sie sie mit „boundary-keeper-cli --db %3 restore %1“ wieder her.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Es gibt keine Sicherungsdatei %1.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>%1 ist verschlüsselt; geben Sie die Passphrase an.</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, not of a practice on a server; open it as a file and copy it to the server with “migrate --to”.</source>
        <translation>%1 ist die Sicherung einer Datenbankdatei, nicht einer Praxis auf einem Server; öffnen Sie sie als Datei und kopieren Sie sie mit „migrate --to“ auf den Server.</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice on a server; restore it with --db and the server&apos;s address.</source>
        <translation>%1 ist die Sicherung einer Praxis auf einem Server; stellen Sie sie mit --db und der Adresse des Servers wieder her.</translation>
    </message>
    <message>
        <source>The current database could not be kept as a backup in %1; nothing was restored.</source>
        <translation>Die aktuelle Datenbank konnte nicht als Sicherung in %1 aufbewahrt werden; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The current database could not be kept under %1 (%2); nothing was restored.</source>
        <translation>Die aktuelle Datenbank konnte nicht unter %1 aufbewahrt werden (%2); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2; it was not changed.</source>
        <translation>%1 konnte nicht ersetzt werden: %2; die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>BoundaryPolicy</name>
    <message>
        <source>&quot;%1&quot; needs a key of lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>„%1“ braucht einen Schlüssel aus Kleinbuchstaben, Ziffern und Unterstrichen, der mit einem Buchstaben beginnt.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used more than once.</source>
        <translation>Der Schlüssel „%1“ wird mehrfach verwendet.</translation>
    </message>
    <message>
        <source>Every boundary needs a title.</source>
        <translation>Jede Grenze braucht einen Titel.</translation>
    </message>
    <message>
        <source>Every step of the consequence ladder needs a title.</source>
        <translation>Jede Stufe der Eskalationsleiter braucht einen Titel.</translation>
    </message>
    <message>
        <source>The policy&apos;s language &quot;%1&quot; is not one documents can be written in.</source>
        <translation>Die Sprache „%1“ der Richtlinie ist keine, in der Dokumente verfasst werden können.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has texts in &quot;%2&quot;, which is not a language documents can be written in.</source>
        <translation>„%1“ hat Texte in „%2“; das ist keine Sprache, in der Dokumente verfasst werden können.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a title in %2.</source>
        <translation>„%1“ braucht einen Titel auf %2.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>preparing to add many rows</source>
        <translation>das Hinzufügen vieler Zeilen vorbereiten</translation>
    </message>
    <message>
        <source>recording the added rows in the audit trail</source>
        <translation>die hinzugefügten Zeilen im Prüfprotokoll festhalten</translation>
    </message>
    <message>
        <source>building the indexes again</source>
        <translation>die Indizes neu aufbauen</translation>
    </message>
    <message>
        <source>%1 rows were added to %2 but %3 recorded in the audit trail; nothing was added.</source>
        <translation>%1 Zeilen wurden zu %2 hinzugefügt, aber %3 im Prüfpfad erfasst; es wurde nichts hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>CheckingProgress</name>
    <message>
        <source>Checking the practice file %1 (%2) before opening it. This takes a while after another program changed the file or a copy replaced it; the records are not changed.</source>
        <translation>Die Praxisdatei %1 (%2) wird vor dem Öffnen geprüft. Das dauert eine Weile, wenn ein anderes Programm die Datei geändert oder eine Kopie sie ersetzt hat; die Datensätze werden nicht verändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking the practice file</source>
        <translation>Praxisdatei wird geprüft</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>See “%1 --help”.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Aufruf: %1 %2 %3</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; “%2 init” creates it.</source>
        <translation>Unter %1 gibt es noch keine Datenbank; „%2 init“ legt sie an.</translation>
    </message>
    <message>
        <source>--db is given more than once; give it once.</source>
        <translation>--db ist mehrfach angegeben; geben Sie es einmal an.</translation>
    </message>
    <message>
        <source>--demo is given more than once; give it once.</source>
        <translation>--demo ist mehrfach angegeben; geben Sie es einmal an.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Choose either --db or --demo, not both.</source>
        <translation>Wählen Sie entweder --db oder --demo, nicht beides.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Nennen Sie einen Befehl.</translation>
    </message>
    <message>
        <source>“%1” needs a command after it, for example “%1 list”.</source>
        <translation>„%1“ braucht danach einen Befehl, zum Beispiel „%1 list“.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Unbekannter Befehl „%1 %2“.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation>Nach „%1“ fehlt ein Wert.</translation>
    </message>
    <message>
        <source>%1 goes before the command, for example “%2 %3 %4”.</source>
        <translation>%1 steht vor dem Befehl, zum Beispiel „%2 %3 %4“.</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 ist mehrfach angegeben; geben Sie es einmal an.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>Es gibt keinen Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [OPTIONS]</source>
        <translation>Aufruf: %1 %2 BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Boundary Keeper on the command line: keep your client register from a terminal or a script.</source>
        <translation>Boundary Keeper auf der Kommandozeile: Führen Sie Ihr Klient:innenverzeichnis aus einem Terminal oder Skript.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Use the demo practice; your own database is not touched.</source>
        <translation>Die Demo-Praxis verwenden; Ihre eigene Datenbank bleibt unberührt.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Die Hilfe eines Befehls anzeigen.</translation>
    </message>
    <message>
        <source>Every command takes --help. Exit status: 0 done, 1 refused or failed, 2 wrong usage.</source>
        <translation>Jeder Befehl kennt --help. Exit-Status: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3 COMMAND [OPTIONS]</source>
        <translation>Aufruf: %1 %2 %3 BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Run “%1 %2 COMMAND --help” to see a command&apos;s options.</source>
        <translation>„%1 %2 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the practice on the PostgreSQL server at URL (postgresql://user@host/database), instead of your own.</source>
        <translation>Die Datenbankdatei unter PATH oder die Praxis auf dem PostgreSQL-Server unter URL (postgresql://user@host/database) statt Ihrer eigenen verwenden.</translation>
    </message>
    <message>
        <source>There is no practice at %1 yet; “%2 init” creates it.</source>
        <translation>Unter %1 gibt es noch keine Praxis; „%2 init“ legt sie an.</translation>
    </message>
    <message>
        <source>--db needs the path of a database file or the URL of a server.</source>
        <translation>--db braucht den Pfad einer Datenbankdatei oder die URL eines Servers.</translation>
    </message>
    <message>
        <source>Warning: %1 “%2 audit verify” tells more.</source>
        <translation>Warnung: %1 „%2 audit verify“ sagt mehr.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>“%1” is not %2. Use one of: %3.</source>
        <translation>„%1“ ist nicht %2. Verwenden Sie eines von: %3.</translation>
    </message>
    <message>
        <source>a format here</source>
        <translation>ein hier gültiges Format</translation>
    </message>
    <message>
        <source>a contact channel</source>
        <translation>ein Kontaktweg</translation>
    </message>
    <message>
        <source>a client status</source>
        <translation>ein Klient:innenstatus</translation>
    </message>
    <message>
        <source>a severity</source>
        <translation>ein Schweregrad</translation>
    </message>
    <message>
        <source>who crossed the boundary</source>
        <translation>wer die Grenze überschritten hat</translation>
    </message>
    <message>
        <source>an incident status</source>
        <translation>ein Vorfallstatus</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>„%1“ ist keine Klient:innen-ID; IDs sind ganze Zahlen über 0, wie „clients list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>%1 ist kein Datum; schreiben Sie es als JJJJ-MM-TT, zum Beispiel 2026-03-01.</translation>
    </message>
    <message>
        <source>%1 is outside the supported dates. %2</source>
        <translation>%1 liegt außerhalb der unterstützten Daten. %2</translation>
    </message>
    <message>
        <source>The period starts after it ends: --from (%1) must be on or before --to (%2).</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: --from (%1) muss am oder vor --to (%2) liegen.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time. Write it in ISO 8601, for example 2026-03-01T21:30 (in the practice&apos;s time zone, %2), 2026-03-01T21:30Z (UTC) or 2026-03-01T21:30+01:00.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit. Schreiben Sie es in ISO 8601, zum Beispiel 2026-03-01T21:30 (in der Zeitzone der Praxis, %2), 2026-03-01T21:30Z (UTC) oder 2026-03-01T21:30+01:00.</translation>
    </message>
    <message>
        <source>“%1” is outside the supported dates. %2</source>
        <translation>„%1“ liegt außerhalb der unterstützten Daten. %2</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks went forward then. Give the time in UTC (with Z) or with its offset instead.</source>
        <translation>%1 gibt es in %2 nicht: Die Uhren wurden damals vorgestellt. Geben Sie die Zeit stattdessen in UTC (mit Z) oder mit ihrem Versatz an.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks went back then. Add the offset to say which: %3%4 (the first time) or %3%5 (the second), or give the time in UTC with Z.</source>
        <translation>%1 kommt in %2 zweimal vor: Die Uhren wurden damals zurückgestellt. Geben Sie den Versatz an, um zu sagen, welche gemeint ist: %3%4 (das erste Mal) oder %3%5 (das zweite), oder geben Sie die Zeit in UTC mit Z an.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it.</source>
        <translation>%1 ist ein Ordner; nennen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or add --force to replace it.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder ergänzen Sie --force, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>--%1 and --%2 both name %3; give each file its own name.</source>
        <translation>--%1 und --%2 nennen beide %3; geben Sie jeder Datei einen eigenen Namen.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>„%1“ ist keine Klient:innen-ID; IDs sind ganze Zahlen über 0, wie „clients list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>--name is required: the client&apos;s full name.</source>
        <translation>--name ist erforderlich: der vollständige Name der Klient:in.</translation>
    </message>
    <message>
        <source>--search: %1</source>
        <translation>--search: %1</translation>
    </message>
    <message>
        <source>a list format</source>
        <translation>ein Listenformat</translation>
    </message>
    <message>
        <source>a format for one client</source>
        <translation>ein Format für eine Klient:in</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
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
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Client %1, %2, was already archived.</source>
        <translation>Klient:in %1, %2, war bereits archiviert.</translation>
    </message>
    <message>
        <source>Client %1, %2, is not archived.</source>
        <translation>Klient:in %1, %2, ist nicht archiviert.</translation>
    </message>
    <message>
        <source>Archived client %1, %2.</source>
        <translation>Klient:in %1, %2, archiviert.</translation>
    </message>
    <message>
        <source>Restored client %1, %2.</source>
        <translation>Klient:in %1, %2, wiederhergestellt.</translation>
    </message>
    <message>
        <source>Only clients with this status: %1.</source>
        <translation>Nur Klient:innen mit diesem Status: %1.</translation>
    </message>
    <message>
        <source>Add a client to the register and print the new client&apos;s id.</source>
        <translation>Eine Klient:in ins Verzeichnis aufnehmen und die neue ID ausgeben.</translation>
    </message>
    <message>
        <source>The client&apos;s full name (required).</source>
        <translation>Der vollständige Name der Klient:in (erforderlich).</translation>
    </message>
    <message>
        <source>The name the client likes to be called.</source>
        <translation>Der Name, mit dem die Klient:in angesprochen werden möchte.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>Preferred contact channel: %1.</source>
        <translation>Bevorzugter Kontaktweg: %1.</translation>
    </message>
    <message>
        <source>Where the relationship stands: %1 (default prospect).</source>
        <translation>Wo die Zusammenarbeit steht: %1 (Standard prospect).</translation>
    </message>
    <message>
        <source>The day the work together starts.</source>
        <translation>Der Tag, an dem die Zusammenarbeit beginnt.</translation>
    </message>
    <message>
        <source>Notes about the client.</source>
        <translation>Notizen zur Klient:in.</translation>
    </message>
    <message>
        <source>List clients by name; archived clients only with --archived.</source>
        <translation>Klient:innen nach Namen auflisten; archivierte nur mit --archived.</translation>
    </message>
    <message>
        <source>Only clients whose name, preferred name, email or phone contain every word of TEXT.</source>
        <translation>Nur Klient:innen, deren Name, Rufname, E-Mail oder Telefon jedes Wort aus TEXT enthält.</translation>
    </message>
    <message>
        <source>Include archived clients.</source>
        <translation>Archivierte Klient:innen einschließen.</translation>
    </message>
    <message>
        <source>table (default), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (Standard), csv (RFC 4180, mit Kopfzeile) oder json (ein Array von Objekten).</translation>
    </message>
    <message>
        <source>Show everything the register holds about one client.</source>
        <translation>Alles anzeigen, was das Verzeichnis über eine Klient:in enthält.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Archive a client: kept on record, hidden from lists.</source>
        <translation>Eine Klient:in archivieren: bleibt erfasst, erscheint aber nicht in Listen.</translation>
    </message>
    <message>
        <source>Bring an archived client back into the lists.</source>
        <translation>Eine archivierte Klient:in wieder in die Listen aufnehmen.</translation>
    </message>
    <message>
        <source>--document-language: “%1” is not a language documents can be written in; choose one of: %2.</source>
        <translation>--document-language: „%1“ ist keine Sprache, in der Dokumente verfasst werden können; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Dokumentsprache</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>--expect-version: “%1” is not a version; versions are whole numbers above 0, as “clients show” prints them.</source>
        <translation>--expect-version: „%1“ ist keine Version; Versionen sind ganze Zahlen über 0, wie „clients show“ sie ausgibt.</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --%1.</source>
        <translation>Nichts zu ändern: Geben Sie mindestens eine der Optionen --%1 an.</translation>
    </message>
    <message>
        <source>Client %1, %2, is at version %3, not %4: it was changed after you read it. Nothing was saved; “clients show %1” shows it as it is now.</source>
        <translation>Klient:in %1, %2, hat Version %3, nicht %4: Der Datensatz wurde geändert, nachdem Sie ihn gelesen haben. Es wurde nichts gespeichert; „clients show %1“ zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; “clients show %2” shows it as it is now.</source>
        <translation>%1 Es wurde nichts gespeichert; „clients show %2“ zeigt den aktuellen Stand.</translation>
    </message>
    <message>
        <source>Saved client %1, %2 (version %3).</source>
        <translation>Klient:in %1, %2, gespeichert (Version %3).</translation>
    </message>
    <message>
        <source>The language of the client&apos;s agreements, contracts and summaries: %1 (default: the practice&apos;s language, the one the program runs in).</source>
        <translation>Die Sprache der Vereinbarungen, Verträge und Zusammenfassungen der Klient:in: %1 (Standard: die Sprache der Praxis, in der das Programm läuft).</translation>
    </message>
    <message>
        <source>Change some of a client&apos;s details; what is not given stays as it is.</source>
        <translation>Einige Angaben einer Klient:in ändern; was nicht angegeben wird, bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>The client&apos;s full name.</source>
        <translation>Der vollständige Name der Klient:in.</translation>
    </message>
    <message>
        <source>Save only if the client is still at version N, as “clients show” printed it.</source>
        <translation>Nur speichern, wenn die Klient:in noch Version N hat, wie „clients show“ sie ausgegeben hat.</translation>
    </message>
    <message>
        <source>Where the relationship stands: %1.</source>
        <translation>Wo die Zusammenarbeit steht: %1.</translation>
    </message>
    <message>
        <source>Every client carries a version that each saved change raises by one. The change is saved only if nobody else saved the client between reading and writing it (or since version N, with --expect-version); otherwise nothing is saved and the command fails.</source>
        <translation>Jede Klient:in trägt eine Version, die jede gespeicherte Änderung um eins erhöht. Die Änderung wird nur gespeichert, wenn niemand sonst die Klient:in zwischen Lesen und Schreiben gespeichert hat (bzw. seit Version N, mit --expect-version); andernfalls wird nichts gespeichert, und der Befehl schlägt fehl.</translation>
    </message>
    <message>
        <source>--out is required: a new or empty folder to write the client&apos;s data to.</source>
        <translation>--out ist erforderlich: ein neuer oder leerer Ordner für die Daten der Klient:in.</translation>
    </message>
    <message>
        <source>Give either --keep-agreements or --remove-agreements, not both.</source>
        <translation>Geben Sie entweder --keep-agreements oder --remove-agreements an, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <source>Client %1, %2, has %n signed agreement(s) or contract(s). A signed agreement may have to be retained (professional bodies commonly advise about seven years): give --keep-agreements to keep them as signed, or --remove-agreements to remove them with the rest.</source>
        <translation>
            <numerusform>Klient:in %1, %2, hat %n unterschriebenes Dokument (Vereinbarung oder Vertrag). Eine unterschriebene Vereinbarung muss unter Umständen aufbewahrt werden (Berufsverbände empfehlen häufig etwa sieben Jahre): Geben Sie --keep-agreements an, um sie unterschrieben zu behalten, oder --remove-agreements, um sie mit dem Rest zu entfernen.</numerusform>
            <numerusform>Klient:in %1, %2, hat %n unterschriebene Vereinbarungen oder Verträge. Eine unterschriebene Vereinbarung muss unter Umständen aufbewahrt werden (Berufsverbände empfehlen häufig etwa sieben Jahre): Geben Sie --keep-agreements an, um sie unterschrieben zu behalten, oder --remove-agreements, um sie mit dem Rest zu entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing overwrites the personal data of client %1, %2, for good; give --yes to confirm.</source>
        <translation>Das Löschen überschreibt die personenbezogenen Daten von Klient:in %1, %2, endgültig; bestätigen Sie mit --yes.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of client %1, %2, and the free text of %n incident(s).</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von Klient:in %1, %2, und der Freitext von %n Vorfall wurden gelöscht.</numerusform>
            <numerusform>Die personenbezogenen Daten von Klient:in %1, %2, und der Freitext von %n Vorfällen wurden gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n signed agreement(s) and contract(s).</source>
        <translation>
            <numerusform>%n unterschriebenes Dokument (Vereinbarung oder Vertrag) entfernt.</numerusform>
            <numerusform>%n unterschriebene Vereinbarungen und Verträge entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n signed agreement(s) and contract(s) as signed.</source>
        <translation>
            <numerusform>%n unterschriebenes Dokument (Vereinbarung oder Vertrag) unterschrieben behalten.</numerusform>
            <numerusform>%n unterschriebene Vereinbarungen und Verträge unterschrieben behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase a client&apos;s personal data on their request; anonymised incident counts stay.</source>
        <translation>Die personenbezogenen Daten einer Klient:in auf deren Wunsch löschen; anonymisierte Vorfallszahlen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Overwrites the client&apos;s name, contact details and notes and the free text of their incidents, steps, follow-ups and outcomes, and removes their drafts. Their incidents stay, anonymised, so the dashboard&apos;s history stays true, and the erasure is recorded. A client with signed agreements or contracts needs --keep-agreements or --remove-agreements.</source>
        <translation>Überschreibt Name, Kontaktdaten und Notizen der Klient:in sowie den Freitext ihrer Vorfälle, Schritte, Nachverfolgungen und Ergebnisse und entfernt ihre Entwürfe. Ihre Vorfälle bleiben anonymisiert erhalten, damit der Verlauf der Übersicht stimmt, und die Löschung wird erfasst. Eine Klient:in mit unterschriebenen Vereinbarungen oder Verträgen braucht --keep-agreements oder --remove-agreements.</translation>
    </message>
    <message>
        <source>Keep the client&apos;s signed agreements and contracts as signed.</source>
        <translation>Die unterschriebenen Vereinbarungen und Verträge der Klient:in unterschrieben behalten.</translation>
    </message>
    <message>
        <source>Remove the client&apos;s signed agreements and contracts too.</source>
        <translation>Die unterschriebenen Vereinbarungen und Verträge der Klient:in ebenfalls entfernen.</translation>
    </message>
    <message>
        <source>Confirm the erasure; it cannot be undone.</source>
        <translation>Die Löschung bestätigen; sie kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Answer a client&apos;s access request: write everything held about them.</source>
        <translation>Ein Auskunftsersuchen einer Klient:in beantworten: alles über sie Gespeicherte schreiben.</translation>
    </message>
    <message>
        <source>A new or empty folder to write to (required).</source>
        <translation>Ein neuer oder leerer Ordner als Ziel (erforderlich).</translation>
    </message>
    <message>
        <source>DIR gets report.html (readable and printable), data.json (the same for programs) and the PDF of
every signed agreement and contract: the client&apos;s details, agreements, incidents with every step,
follow-up and outcome, the written summaries sent and the contracts. Your private reflection
entries are not included. Every file is readable by you only (0600).</source>
        <translation>DIR erhält report.html (lesbar und druckbar), data.json (dasselbe für Programme) und das PDF
jeder unterschriebenen Vereinbarung und jedes Vertrags: die Angaben der Klient:in, Vereinbarungen, Vorfälle mit
jedem Schritt, jeder Nachverfolgung und jedem Ergebnis, die gesendeten schriftlichen Zusammenfassungen und die
Verträge. Ihre privaten Reflexionseinträge sind nicht enthalten. Nur Sie können die Dateien lesen (0600).</translation>
    </message>
    <message>
        <source>Wrote everything held about client %1 (%2, %3) to %4: report.html, data.json and the signed PDFs.</source>
        <translation>Alles über Klient:in %1 Gespeicherte (%2, %3) nach %4 geschrieben: report.html, data.json und die unterschriebenen PDFs.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n Vorfall</numerusform>
            <numerusform>%n Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n unterschriebenes Dokument</numerusform>
            <numerusform>%n unterschriebene Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientConflict</name>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kontaktweg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ClientDataExport</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Über %1 gespeicherte Daten</translation>
    </message>
    <message>
        <source>Everything the practice&apos;s records hold about you, as of %1.</source>
        <translation>Alles, was die Unterlagen der Praxis über Sie enthalten, Stand %1.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Behavioural contracts</source>
        <translation>Verhaltensverträge</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Written summaries sent</source>
        <translation>Gesendete schriftliche Zusammenfassungen</translation>
    </message>
</context>
<context>
    <name>ClientFilter</name>
    <message>
        <source>The search text is %1 characters long; a search takes at most %2.</source>
        <translation>Der Suchtext ist %1 Zeichen lang; eine Suche umfasst höchstens %2.</translation>
    </message>
    <message>
        <source>The search text has %1 words; a search takes at most %2.</source>
        <translation>Der Suchtext hat %1 Wörter; eine Suche umfasst höchstens %2.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Es gibt keine Klient:in mit der ID %1.</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>Speichern der neuen Klient:in</translation>
    </message>
    <message>
        <source>the changes to the client</source>
        <translation>Speichern der Änderungen an der Klient:in</translation>
    </message>
    <message>
        <source>archiving the client</source>
        <translation>Archivieren der Klient:in</translation>
    </message>
    <message>
        <source>restoring the client</source>
        <translation>Wiederherstellen der Klient:in</translation>
    </message>
    <message>
        <source>deleting the client</source>
        <translation>Löschen der Klient:in</translation>
    </message>
    <message>
        <source>reading the client</source>
        <translation>Lesen der Klient:in</translation>
    </message>
    <message>
        <source>counting clients</source>
        <translation>Zählen der Klient:innen</translation>
    </message>
    <message>
        <source>finding the client</source>
        <translation>Suchen der Klient:in</translation>
    </message>
    <message>
        <source>listing clients</source>
        <translation>Auflisten der Klient:innen</translation>
    </message>
    <message>
        <source>reading the clients to search</source>
        <translation>Lesen der zu durchsuchenden Klient:innen</translation>
    </message>
    <message>
        <source>reading who needs to re-acknowledge</source>
        <translation>Lesen, wer erneut bestätigen muss</translation>
    </message>
    <message>
        <source>sorting the clients to search</source>
        <translation>Sortieren der zu durchsuchenden Klient:innen</translation>
    </message>
    <message>
        <source>Client %1, %2, was changed elsewhere after it was read.</source>
        <translation>Klient:in %1, %2, wurde nach dem Lesen an anderer Stelle geändert.</translation>
    </message>
    <message>
        <source>erasing the client&apos;s data</source>
        <translation>Löschen der Daten der Klient:in</translation>
    </message>
    <message>
        <source>Client %1&apos;s data was erased already.</source>
        <translation>Die Daten von Klient:in %1 wurden bereits gelöscht.</translation>
    </message>
    <message>
        <source>reading the client&apos;s records</source>
        <translation>Lesen der Unterlagen der Klient:in</translation>
    </message>
    <message>
        <source>reading the clients&apos; contact details</source>
        <translation>Lesen der Kontaktdaten der Klient:innen</translation>
    </message>
    <message>
        <source>the new clients</source>
        <translation>die neuen Klient:innen</translation>
    </message>
    <message>
        <source>The clients table has the columns %1, but an import knows %2; nothing was added.</source>
        <translation>Die Tabelle der Klient:innen hat die Spalten %1, ein Import kennt aber %2; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The new clients did not get the ids expected; nothing was added.</source>
        <translation>Die neuen Klient:innen haben nicht die erwarteten IDs erhalten; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>reading the saved search index</source>
        <translation>Lesen des gespeicherten Suchindex</translation>
    </message>
    <message>
        <source>saving the search index</source>
        <translation>Speichern des Suchindex</translation>
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
        <translation>Abgebrochen: Keine Klient:in wurde hinzugefügt oder geändert.</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <source>Prospect</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Beendet</translation>
    </message>
</context>
<context>
    <name>ClientValidator</name>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen der Klient:in ein.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name holds a control character (%1); only printable characters are allowed.</source>
        <translation>Der Name enthält ein Steuerzeichen (%1); nur druckbare Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>The preferred name is longer than %1 characters.</source>
        <translation>Der Rufname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The preferred name holds a control character (%1); only printable characters are allowed.</source>
        <translation>Der Rufname enthält ein Steuerzeichen (%1); nur druckbare Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>The email address holds a control character (%1); only printable characters are allowed.</source>
        <translation>Die E-Mail-Adresse enthält ein Steuerzeichen (%1); nur druckbare Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen.</translation>
    </message>
    <message>
        <source>A phone number has at least 3 digits and may contain only digits, spaces, a leading + and ( ) - . /</source>
        <translation>Eine Telefonnummer hat mindestens 3 Ziffern und darf nur Ziffern, Leerzeichen, ein führendes + und ( ) - . / enthalten</translation>
    </message>
    <message>
        <source>The start date %1 is outside the supported range. %2</source>
        <translation>Das Beginndatum %1 liegt außerhalb des unterstützten Bereichs. %2</translation>
    </message>
    <message>
        <source>The start date %1 is more than a year ahead; check the year.</source>
        <translation>Das Beginndatum %1 liegt mehr als ein Jahr in der Zukunft; prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Die Notizen sind länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The notes hold a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Die Notizen enthalten ein Steuerzeichen (%1); nur druckbare Zeichen, Tabulatoren und Zeilenumbrüche sind erlaubt.</translation>
    </message>
    <message>
        <source>Documents cannot be written in &quot;%1&quot;; choose one of: %2.</source>
        <translation>In „%1“ können keine Dokumente verfasst werden; wählen Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1 (%2 time)</source>
        <translation>%1 (Ortszeit %2)</translation>
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
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>ContactChannelInSentence</name>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>telefonisch</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>per SMS</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>by video call</source>
        <translation>per Videoanruf</translation>
    </message>
    <message>
        <source>through a messaging app</source>
        <translation>über einen Messenger</translation>
    </message>
    <message>
        <source>on social media</source>
        <translation>über soziale Medien</translation>
    </message>
    <message>
        <source>in another agreed way</source>
        <translation>auf einem anderen vereinbarten Weg</translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>I agree to sign this behavioural contract electronically. My electronic signature has the same meaning as my handwritten signature, and I will receive a copy of the signed contract as a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for a paper copy of the signed contract at any time, free of charge; and that I may withdraw this consent at any time by telling the practice, after which documents will be given to me on paper (what I signed before stays valid). To open and keep the signed contract I need a device that shows PDF files, and somewhere to save or print it.</source>
        <translation>Ich bin damit einverstanden, diesen Verhaltensvertrag elektronisch zu unterschreiben. Meine elektronische Unterschrift hat dieselbe Bedeutung wie meine handschriftliche, und ich erhalte eine Kopie des unterschriebenen Vertrags als PDF-Datei. Man hat mir gesagt, dass ich stattdessen auf Papier unterschreiben kann, dass ich die Praxis jederzeit kostenlos um eine Papierkopie des unterschriebenen Vertrags bitten kann und dass ich diese Einwilligung jederzeit gegenüber der Praxis widerrufen kann; danach erhalte ich Dokumente auf Papier (was ich vorher unterschrieben habe, bleibt gültig). Um den unterschriebenen Vertrag zu öffnen und aufzubewahren, brauche ich ein Gerät, das PDF-Dateien anzeigt, und einen Ort, an dem ich ihn speichern oder ausdrucken kann.</translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that we have talked this contract through, that I understand the behaviour it asks for, the goals and the consequences, and that I intend to keep it with %2 until the review date.</source>
        <translation>Mit meiner Unterschrift bestätige ich, %1, dass wir diesen Vertrag durchgesprochen haben, dass ich das erwartete Verhalten, die Ziele und die Konsequenzen verstehe und dass ich ihn mit %2 bis zum Überprüfungstermin einhalten möchte.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>die Klient:in</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>der Praxis</translation>
    </message>
    <message>
        <source>The contract has already been signed.</source>
        <translation>Der Vertrag ist bereits unterschrieben.</translation>
    </message>
    <message>
        <source>The contract is not linked to an incident.</source>
        <translation>Der Vertrag ist mit keinem Vorfall verknüpft.</translation>
    </message>
    <message>
        <source>Say in the contract what appropriate behaviour is.</source>
        <translation>Beschreiben Sie im Vertrag, was angemessenes Verhalten ist.</translation>
    </message>
    <message>
        <source>Say in the contract which behaviour replaces the one that crossed the boundary.</source>
        <translation>Beschreiben Sie im Vertrag, welches Verhalten an die Stelle dessen tritt, das die Grenze überschritten hat.</translation>
    </message>
    <message>
        <source>Give the contract at least one measurable goal.</source>
        <translation>Geben Sie dem Vertrag mindestens ein messbares Ziel.</translation>
    </message>
    <message>
        <source>State the consequences if the contract is not kept.</source>
        <translation>Nennen Sie die Konsequenzen, wenn der Vertrag nicht eingehalten wird.</translation>
    </message>
    <message>
        <source>Give the contract a review date.</source>
        <translation>Geben Sie dem Vertrag einen Überprüfungstermin.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Behavioural contract – %1 – %2 (document %3)</source>
        <translation>Verhaltensvertrag – %1 – %2 (Dokument %3)</translation>
    </message>
    <message>
        <source>Behavioural contract</source>
        <translation>Verhaltensvertrag</translation>
    </message>
    <message>
        <source>Document ID %1 · Review date %2</source>
        <translation>Dokument-ID %1 · Überprüfungstermin %2</translation>
    </message>
    <message>
        <source>Copy for signing on paper. This contract takes effect once both parties have signed it below.</source>
        <translation>Exemplar zur Unterschrift auf Papier. Dieser Vertrag wird wirksam, sobald beide Seiten ihn unten unterschrieben haben.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Die Beteiligten</translation>
    </message>
    <message>
        <source>2. Why we make this contract</source>
        <translation>2. Warum wir diesen Vertrag schließen</translation>
    </message>
    <message>
        <source>No background was recorded.</source>
        <translation>Es wurde kein Hintergrund erfasst.</translation>
    </message>
    <message>
        <source>3. Appropriate behaviour</source>
        <translation>3. Angemessenes Verhalten</translation>
    </message>
    <message>
        <source>No appropriate behaviour was described.</source>
        <translation>Es wurde kein angemessenes Verhalten beschrieben.</translation>
    </message>
    <message>
        <source>4. The replacement behaviour</source>
        <translation>4. Das neue Verhalten</translation>
    </message>
    <message>
        <source>No replacement behaviour was described.</source>
        <translation>Es wurde kein neues Verhalten beschrieben.</translation>
    </message>
    <message>
        <source>5. Measurable goals</source>
        <translation>5. Messbare Ziele</translation>
    </message>
    <message>
        <source>No measurable goals were set.</source>
        <translation>Es wurden keine messbaren Ziele gesetzt.</translation>
    </message>
    <message>
        <source>6. Consequences</source>
        <translation>6. Konsequenzen</translation>
    </message>
    <message>
        <source>No consequences were stated.</source>
        <translation>Es wurden keine Konsequenzen genannt.</translation>
    </message>
    <message>
        <source>7. Review</source>
        <translation>7. Überprüfung</translation>
    </message>
    <message>
        <source>We review this contract together on %1: how each goal went, and what comes next.</source>
        <translation>Wir überprüfen diesen Vertrag gemeinsam am %1: wie es mit jedem Ziel gelaufen ist und wie es weitergeht.</translation>
    </message>
    <message>
        <source>No review date was set.</source>
        <translation>Es wurde kein Überprüfungstermin festgelegt.</translation>
    </message>
    <message>
        <source>8. Consent and signatures</source>
        <translation>8. Einwilligung und Unterschriften</translation>
    </message>
    <message>
        <source>This contract is signed by hand on paper; the signed original is kept by the practice.</source>
        <translation>Dieser Vertrag wird von Hand auf Papier unterschrieben; das unterschriebene Original bewahrt die Praxis auf.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Nicht erfasst.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungstermin</translation>
    </message>
    <message>
        <source>Contract text SHA-256</source>
        <translation>SHA-256 des Vertragstexts</translation>
    </message>
    <message>
        <source>This is an unsigned copy for signing on paper; it is not the signed contract.</source>
        <translation>Dies ist ein nicht unterschriebenes Exemplar zur Unterschrift auf Papier; es ist nicht der unterschriebene Vertrag.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>A signed contract cannot be changed.</source>
        <translation>Ein unterschriebener Vertrag kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The contract has already been signed.</source>
        <translation>Der Vertrag ist bereits unterschrieben.</translation>
    </message>
    <message>
        <source>The contract draft no longer exists.</source>
        <translation>Der Vertragsentwurf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>saving the contract draft</source>
        <translation>Speichern des Vertragsentwurfs</translation>
    </message>
    <message>
        <source>The contract cannot be signed without its step on the incident&apos;s ladder.</source>
        <translation>Der Vertrag kann ohne seine Stufe auf der Eskalationsleiter des Vorfalls nicht unterschrieben werden.</translation>
    </message>
    <message>
        <source>reading the contract</source>
        <translation>Lesen des Vertrags</translation>
    </message>
    <message>
        <source>There is no behavioural contract with the number %1.</source>
        <translation>Es gibt keinen Verhaltensvertrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>listing behavioural contracts</source>
        <translation>Auflisten der Verhaltensverträge</translation>
    </message>
    <message>
        <source>reading the signed PDF</source>
        <translation>Lesen des unterschriebenen PDFs</translation>
    </message>
    <message>
        <source>There is no signed behavioural contract with the number %1.</source>
        <translation>Es gibt keinen unterschriebenen Verhaltensvertrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>discarding the contract draft</source>
        <translation>Verwerfen des Vertragsentwurfs</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>• %1 – %2: %3</source>
        <translation>• %1 – %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>This contract follows these incidents:</source>
        <translation>
            <numerusform>Dieser Vertrag folgt auf diesen Vorfall:</numerusform>
            <numerusform>Dieser Vertrag folgt auf diese Vorfälle:</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident is closed; a contract can no longer be signed on it.</source>
        <translation>Der Vorfall ist abgeschlossen; zu ihm kann kein Vertrag mehr unterschrieben werden.</translation>
    </message>
    <message>
        <source>The contract&apos;s client is not the client of the incident.</source>
        <translation>Die Klient:in des Vertrags ist nicht die Klient:in des Vorfalls.</translation>
    </message>
    <message>
        <source>The practice&apos;s ladder has no behavioural contract step to record the contract on.</source>
        <translation>Die Eskalationsleiter der Praxis hat keine Stufe „Verhaltensvertrag“, bei der der Vertrag erfasst werden könnte.</translation>
    </message>
    <message>
        <source>The contract cannot be signed yet. %1</source>
        <translation>Der Vertrag kann noch nicht unterschrieben werden. %1</translation>
    </message>
    <message>
        <source>Behavioural contract signed by both parties (document %1).</source>
        <translation>Verhaltensvertrag von beiden Seiten unterschrieben (Dokument %1).</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>ConversationPlanner</name>
    <message>
        <source>I don&apos;t work on %1s</source>
        <translation>%1s arbeite ich nicht</translation>
    </message>
    <message>
        <source>my working hours on %1s are %2 to %3</source>
        <translation>%1s arbeite ich von %2 bis %3</translation>
    </message>
    <message>
        <source>That was outside our agreed working hours.</source>
        <translation>Das war außerhalb unserer vereinbarten Arbeitszeiten.</translation>
    </message>
    <message>
        <source>It came through a channel we agreed not to use.</source>
        <translation>Es kam über einen Kontaktweg, den wir nicht nutzen wollten.</translation>
    </message>
    <message>
        <source>Keeping to it keeps our work focused and lets me give you my best.</source>
        <translation>Wenn wir uns daran halten, bleibt unsere Arbeit fokussiert, und ich kann Ihnen mein Bestes geben.</translation>
    </message>
    <message>
        <source>For reference, %1.</source>
        <translation>Zur Erinnerung: %1.</translation>
    </message>
    <message>
        <source>Can we agree on how we handle this from now on? Is there anything behind it I should know about? I&apos;ll send you a short written summary of what we agree, and we&apos;ll check how it is going.</source>
        <translation>Können wir vereinbaren, wie wir künftig damit umgehen? Steckt etwas dahinter, das ich wissen sollte? Ich schicke Ihnen eine kurze schriftliche Zusammenfassung dessen, was wir vereinbaren, und wir schauen gemeinsam, wie es läuft.</translation>
    </message>
    <message>
        <source>Conversation plan: %1</source>
        <translation>Gesprächsplan: %1</translation>
    </message>
    <message>
        <source>1. Acknowledge the specific behaviour</source>
        <translation>1. Das konkrete Verhalten ansprechen</translation>
    </message>
    <message>
        <source>(Your note: %1)</source>
        <translation>(Ihre Notiz: %1)</translation>
    </message>
    <message>
        <source>2. State the boundary</source>
        <translation>2. Die Grenze benennen</translation>
    </message>
    <message>
        <source>3. Explain why</source>
        <translation>3. Begründen</translation>
    </message>
    <message>
        <source>4. State the consequence or the alternative</source>
        <translation>4. Die Konsequenz oder die Alternative nennen</translation>
    </message>
    <message>
        <source>5. Agree how to follow through</source>
        <translation>5. Vereinbaren, wie es weitergeht</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Liebe:r %1,</translation>
    </message>
    <message>
        <source>Thank you for talking with me on %1. As promised, here is a short summary of our conversation.</source>
        <translation>danke für unser Gespräch am %1. Wie versprochen, hier eine kurze Zusammenfassung.</translation>
    </message>
    <message>
        <source>What we discussed and agreed: %1</source>
        <translation>Was wir besprochen und vereinbart haben: %1</translation>
    </message>
    <message>
        <source>If anything here does not match your memory of our conversation, please tell me.</source>
        <translation>Wenn etwas hiervon nicht Ihrer Erinnerung an unser Gespräch entspricht, sagen Sie es mir bitte.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale): weekday, day, month name, year</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened when we met on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen darüber sprechen, was bei unserem Treffen am %2 um %3 Uhr passiert ist.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened when we met on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war, was bei unserem Treffen am %2 um %3 Uhr passiert ist.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the phone call on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen über den Anruf am %2 um %3 Uhr sprechen.</translation>
    </message>
    <message>
        <source>We talked about %1, following the phone call on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war der Anruf am %2 um %3 Uhr.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the text message on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen über die SMS vom %2 um %3 Uhr sprechen.</translation>
    </message>
    <message>
        <source>We talked about %1, following the text message on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war die SMS vom %2 um %3 Uhr.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the email on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen über die E-Mail vom %2 um %3 Uhr sprechen.</translation>
    </message>
    <message>
        <source>We talked about %1, following the email on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war die E-Mail vom %2 um %3 Uhr.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened during our video call on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen darüber sprechen, was während unseres Videoanrufs am %2 um %3 Uhr passiert ist.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened during our video call on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war, was während unseres Videoanrufs am %2 um %3 Uhr passiert ist.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the message through the messaging app on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen über die Nachricht sprechen, die am %2 um %3 Uhr über den Messenger kam.</translation>
    </message>
    <message>
        <source>We talked about %1, following the message through the messaging app on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war die Nachricht, die am %2 um %3 Uhr über den Messenger kam.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the message on social media on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen über die Nachricht sprechen, die am %2 um %3 Uhr über soziale Medien kam.</translation>
    </message>
    <message>
        <source>We talked about %1, following the message on social media on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war die Nachricht, die am %2 um %3 Uhr über soziale Medien kam.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened on %2 at %3.</source>
        <translation>%1, ich möchte mit Ihnen darüber sprechen, was am %2 um %3 Uhr passiert ist.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened on %2 at %3.</source>
        <translation>Wir haben über %1 gesprochen. Anlass war, was am %2 um %3 Uhr passiert ist.</translation>
    </message>
    <message>
        <source>One of the boundaries we agreed on is %1.</source>
        <translation>Zu den Grenzen, die wir vereinbart haben, gehört %1.</translation>
    </message>
    <message>
        <source>Our agreement puts it this way: %1</source>
        <translation>In unserer Vereinbarung heißt es: %1</translation>
    </message>
    <message>
        <source>What we agreed instead: %1</source>
        <translation>Was wir stattdessen vereinbart haben: %1</translation>
    </message>
    <message>
        <source>You can reach me %1; whatever reaches me outside working hours I answer on the next working day.</source>
        <translation>Sie erreichen mich %1; was mich außerhalb der Arbeitszeiten erreicht, beantworte ich am nächsten Arbeitstag.</translation>
    </message>
    <message>
        <source>If it happens again, our agreement says: %1</source>
        <translation>Falls es wieder vorkommt, sieht unsere Vereinbarung Folgendes vor: %1</translation>
    </message>
    <message>
        <source>The boundary, in the words of our agreement: %1</source>
        <translation>Die Grenze, in den Worten unserer Vereinbarung: %1</translation>
    </message>
    <message>
        <source>What our agreement says happens if it is crossed again: %1</source>
        <translation>Was laut unserer Vereinbarung geschieht, wenn die Grenze erneut überschritten wird: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file holds no header row: there is nothing to import.</source>
        <translation>Die Datei hat keine Kopfzeile: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 characters: a closing quote is probably missing.</source>
        <translation>Die Zeile, die in Zeile %1 beginnt, ist länger als %2 Zeichen: Wahrscheinlich fehlt ein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed.</source>
        <translation>Ein Wert in Anführungszeichen, der in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
</context>
<context>
    <name>DashboardCommands</name>
    <message>
        <source>First day of the period (YYYY-MM-DD); by default %1 days before --to.</source>
        <translation>Erster Tag des Zeitraums (JJJJ-MM-TT); standardmäßig %1 Tage vor --to.</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD); by default today.</source>
        <translation>Letzter Tag des Zeitraums (JJJJ-MM-TT); standardmäßig heute.</translation>
    </message>
    <message>
        <source>Only this client&apos;s figures.</source>
        <translation>Nur die Zahlen dieser Klient:in.</translation>
    </message>
    <message>
        <source>none to measure</source>
        <translation>nichts zu messen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Client: %1 (id %2)</source>
        <translation>Klient:in: %1 (ID %2)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Nachverfolgungen</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Erneute Bestätigung fällig</translation>
    </message>
    <message>
        <source>Onboarding drafts</source>
        <translation>Aufnahme-Entwürfe</translation>
    </message>
    <message>
        <source>Client incidents</source>
        <translation>Vorfälle von Klient:innen</translation>
    </message>
    <message>
        <source>%1 (%2 outside working hours)</source>
        <translation>%1 (%2 außerhalb der Arbeitszeiten)</translation>
    </message>
    <message>
        <source>Addressed within 24 h</source>
        <translation>Innerhalb von 24 h angesprochen</translation>
    </message>
    <message>
        <source>Median to resolution</source>
        <translation>Median bis zur Klärung</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>nothing resolved yet</source>
        <translation>noch nichts geklärt</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Eigene Grenzübertritte</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days</source>
        <translation>
            <numerusform>%Ln Vorfall, %1 je aktiver Klient:in pro 30 Tage</numerusform>
            <numerusform>%Ln Vorfälle, %1 je aktiver Klient:in pro 30 Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Nach Monat:</translation>
    </message>
    <message>
        <source>By boundary:</source>
        <translation>Nach Grenze:</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Nach Kontaktweg:</translation>
    </message>
    <message>
        <source>Clients with the most incidents:</source>
        <translation>Klient:innen mit den meisten Vorfällen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Klient:in</numerusform>
            <numerusform>%Ln Klient:innen</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat bands:</source>
        <translation>Wiederholungsgruppen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) (id %1)</source>
        <translation>
            <numerusform>%Ln Vorfall (ID %1)</numerusform>
            <numerusform>%Ln Vorfälle (ID %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Early warning (2 or more incidents in the last 30 days):</source>
        <translation>Frühwarnung (2 oder mehr Vorfälle in den letzten 30 Tagen):</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out ist erforderlich: die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Saved the figures to %1</source>
        <translation>Zahlen gespeichert unter %1</translation>
    </message>
    <message>
        <source>Show where, when, how often and with whom boundaries are crossed, and what needs attention now.</source>
        <translation>Zeigen, wo, wann, wie oft und mit wem Grenzen überschritten werden und was jetzt Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report (one view per page) and, optionally, its figures as CSV.</source>
        <translation>Die Übersicht als PDF-Bericht speichern (eine Ansicht je Seite) und auf Wunsch ihre Zahlen als CSV.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>Also write the figures to this CSV file.</source>
        <translation>Die Zahlen zusätzlich in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Replace the files when they already exist.</source>
        <translation>Die Dateien ersetzen, wenn sie schon existieren.</translation>
    </message>
    <message>
        <source>Both files are readable by you only (0600); an existing file is only replaced with --force.
CSV columns: figure, key, label, value.</source>
        <translation>Nur Sie können beide Dateien lesen (0600); eine bestehende Datei wird nur mit --force ersetzt.
CSV-Spalten: figure, key, label, value.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln incident(s) whose 24 hours are over</source>
        <translation>
            <numerusform>%1 von %Ln Vorfall, dessen 24 Stunden vorbei sind</numerusform>
            <numerusform>%1 der %Ln Vorfälle, deren 24 Stunden vorbei sind</numerusform>
        </translation>
    </message>
    <message>
        <source>none whose 24 hours are over</source>
        <translation>keiner, dessen 24 Stunden vorbei sind</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) still within their first 24 hours, not counted yet</source>
        <translation>
            <numerusform>%Ln Vorfall noch in seinen ersten 24 Stunden, noch nicht gezählt</numerusform>
            <numerusform>%Ln Vorfälle noch in ihren ersten 24 Stunden, noch nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 bisher</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days, scaled over the %2 days so far</source>
        <translation>
            <numerusform>%Ln Vorfall, %1 je aktiver Klient:in pro 30 Tage, hochgerechnet aus den %2 Tagen bisher</numerusform>
            <numerusform>%Ln Vorfälle, %1 je aktiver Klient:in pro 30 Tage, hochgerechnet aus den %2 Tagen bisher</numerusform>
        </translation>
    </message>
    <message>
        <source>Months reflected on</source>
        <translation>Reflektierte Monate</translation>
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
        <translation>Der Zeitraum gilt in der Zeitzone der Praxis; open, overdue, reack_due, drafts und early_warning gelten mit
Stand heute. Eigene Grenzübertritte zählen nur in self_reported; jede andere Vorfallszahl zählt die Vorfälle, bei denen
Klient:innen eine Grenze überschritten haben (open und overdue zählen beide). Vorfälle archivierter Klient:innen zählen;
archivierte Klient:innen fehlen in reack_due, drafts, early_warning und den aktiven Klient:innen, beendete
Klient:innen in reack_due und den aktiven Klient:innen.

JSON-Schlüssel: from, to (YYYY-MM-DD), client_id (null für alle), time_zone, open, overdue, reack_due,
drafts, incidents, outside_hours, addressed_judged (Klient:innen-Vorfälle, deren erste 24 Stunden
vorbei sind), addressed_pending (die noch darin liegen, noch nicht gezählt), addressed_within_24h (ein
Anteil von addressed_judged, null, wenn dieser 0 ist), resolved, median_days_to_resolution (null, wenn
keiner geklärt ist), by_month [{month (YYYY-MM), days, days_elapsed (der days diejenigen bis heute),
so_far (true für den Monat, der heute enthält), count, lapses (Ihre eigenen), reflected (die monatliche
Reflexion), active_clients, rate_per_active_client_30d (skaliert über days_elapsed)}], by_boundary und by_channel {key: count}, by_weekday_hour (7 Arrays
mit 24 Zahlen, Montag zuerst, Ortszeit der Praxis), by_client [{client_id, count}] die meisten zuerst,
repeat_bands {&quot;1&quot;, &quot;2-5&quot;, &quot;6+&quot;: clients}, early_warning [client ids], self_reported,
months_over (abgelaufene Monate des Zeitraums), months_reflected (davon reflektierte),
reflected_share (null, wenn kein Monat abgelaufen ist).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) over</source>
        <translation>
            <numerusform>%1 des %Ln abgelaufenen Monats</numerusform>
            <numerusform>%1 der %Ln abgelaufenen Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>2–5 times</source>
        <translation>2–5 Mal</translation>
    </message>
    <message>
        <source>6+ times</source>
        <translation>6+ Mal</translation>
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
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Boundary dashboard</source>
        <translation>Grenzen-Übersicht</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>Klient:in: %1</translation>
    </message>
    <message>
        <source>Boundary Keeper · figures as of %1</source>
        <translation>Boundary Keeper · Zahlen mit Stand %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>No client incidents in this period.</source>
        <translation>Keine Vorfälle von Klient:innen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Boundary dashboard, %1</source>
        <translation>Grenzen-Übersicht, %1</translation>
    </message>
    <message>
        <source>Boundary dashboard: %1, %2</source>
        <translation>Grenzen-Übersicht: %1, %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Nachverfolgungen</translation>
    </message>
    <message>
        <source>Clients with re-acknowledgement due</source>
        <translation>Klient:innen mit fälliger erneuter Bestätigung</translation>
    </message>
    <message>
        <source>Unfinished onboarding drafts</source>
        <translation>Unfertige Aufnahme-Entwürfe</translation>
    </message>
    <message>
        <source>Client incidents in the period</source>
        <translation>Vorfälle von Klient:innen im Zeitraum</translation>
    </message>
    <message>
        <source>… of them outside working hours</source>
        <translation>… davon außerhalb der Arbeitszeiten</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Median der Zeit bis zur Klärung</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Eigene Grenzübertritte</translation>
    </message>
    <message>
        <source>Clients on early warning</source>
        <translation>Klient:innen mit Frühwarnung</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Vorfälle pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln Vorfall</numerusform>
            <numerusform>%Ln Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active client(s)</source>
        <translation>
            <numerusform>%Ln aktive Klient:in</numerusform>
            <numerusform>%Ln aktive Klient:innen</numerusform>
        </translation>
    </message>
    <message>
        <source>By boundary</source>
        <translation>Nach Grenze</translation>
    </message>
    <message>
        <source>Client incidents in the period by the boundary crossed.</source>
        <translation>Vorfälle von Klient:innen im Zeitraum nach überschrittener Grenze.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kontaktweg</translation>
    </message>
    <message>
        <source>Client incidents in the period by the channel they came through.</source>
        <translation>Vorfälle von Klient:innen im Zeitraum nach dem Kontaktweg, über den sie kamen.</translation>
    </message>
    <message>
        <source>By weekday and hour</source>
        <translation>Nach Wochentag und Uhrzeit</translation>
    </message>
    <message>
        <source>Client incidents by weekday and hour in the practice&apos;s time zone (%1). The working hours are outlined; incidents outside them are shown in orange.</source>
        <translation>Vorfälle von Klient:innen nach Wochentag und Uhrzeit in der Zeitzone der Praxis (%1). Die Arbeitszeiten sind umrandet; Vorfälle außerhalb davon erscheinen orange.</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>die des Systems</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Nach Klient:in</translation>
    </message>
    <message>
        <source>The clients with the most incidents in the period (up to %1), and how many clients had one, two to five, or six or more.</source>
        <translation>Die Klient:innen mit den meisten Vorfällen im Zeitraum (bis zu %1) und wie viele Klient:innen einen, zwei bis fünf oder sechs und mehr hatten.</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klient:in %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Klient:in</numerusform>
            <numerusform>%Ln Klient:innen</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat bands</source>
        <translation>Wiederholungsgruppen</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Frühwarnung</translation>
    </message>
    <message>
        <source>Clients with %1 or more client incidents in the %2 days up to %3: worth a conversation before a pattern settles in.</source>
        <translation>Klient:innen mit %1 oder mehr Vorfällen in den %2 Tagen bis %3: ein Gespräch lohnt sich, bevor sich ein Muster festsetzt.</translation>
    </message>
    <message>
        <source>No client needs attention.</source>
        <translation>Keine Klient:in braucht Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>Das PDF ist leer geworden.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Client incidents outside working hours</source>
        <translation>Vorfälle von Klient:innen außerhalb der Arbeitszeiten</translation>
    </message>
    <message>
        <source>Median days to resolution</source>
        <translation>Median der Tage bis zur Klärung</translation>
    </message>
    <message>
        <source>Client incidents</source>
        <translation>Vorfälle von Klient:innen</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Aktive Klient:innen</translation>
    </message>
    <message>
        <source>Per active client per 30 days</source>
        <translation>Je aktiver Klient:in pro 30 Tage</translation>
    </message>
    <message>
        <source>What needs attention today, and how the period&apos;s client incidents were handled. An incident counts as addressed when a conversation about it was recorded within 24 hours; incidents still within their first 24 hours are not counted yet. Self-reported lapses are counted apart from client incidents.</source>
        <translation>Was heute Aufmerksamkeit braucht und wie mit den Vorfällen des Zeitraums umgegangen wurde. Ein Vorfall gilt als angesprochen, wenn innerhalb von 24 Stunden ein Gespräch darüber erfasst wurde; Vorfälle, die noch in ihren ersten 24 Stunden sind, werden noch nicht gezählt. Eigene Grenzübertritte werden getrennt von den Vorfällen der Klient:innen gezählt.</translation>
    </message>
    <message>
        <source>Addressed within 24 hours, of those whose 24 hours are over</source>
        <translation>Innerhalb von 24 Stunden angesprochen, unter denen, deren 24 Stunden vorbei sind</translation>
    </message>
    <message>
        <source>… still within their first 24 hours (not counted yet)</source>
        <translation>… noch in ihren ersten 24 Stunden (noch nicht gezählt)</translation>
    </message>
    <message>
        <source>Share addressed within 24 hours, of client incidents whose 24 hours are over</source>
        <translation>Anteil innerhalb von 24 Stunden angesprochen, unter den Vorfällen, deren 24 Stunden vorbei sind</translation>
    </message>
    <message>
        <source>Client incidents whose 24 hours are over</source>
        <translation>Vorfälle von Klient:innen, deren 24 Stunden vorbei sind</translation>
    </message>
    <message>
        <source>Client incidents still within their first 24 hours</source>
        <translation>Vorfälle von Klient:innen, noch in ihren ersten 24 Stunden</translation>
    </message>
    <message>
        <source>Client incidents per active client per 30 days, so that a growing practice does not look worse. The month that holds today is not over: it is marked &quot;so far&quot; and scaled over its days so far, where a single incident weighs heavily. Below the chart: each month&apos;s incidents and active clients.</source>
        <translation>Vorfälle je aktiver Klient:in pro 30 Tage, damit eine wachsende Praxis nicht schlechter aussieht. Der Monat, in dem heute liegt, ist noch nicht vorbei: Er ist mit „bisher“ markiert und aus seinen bisherigen Tagen hochgerechnet, wobei ein einzelner Vorfall schwer wiegt. Unter dem Diagramm: Vorfälle und aktive Klient:innen jedes Monats.</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (bisher)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (so far: %Ln day(s))</source>
        <translation>
            <numerusform>%1 (bisher: %Ln Tag)</numerusform>
            <numerusform>%1 (bisher: %Ln Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Month not over yet (1) or over (0)</source>
        <translation>Monat noch nicht vorbei (1) oder vorbei (0)</translation>
    </message>
    <message>
        <source>Per active client per 30 days, over the days so far</source>
        <translation>Je aktiver Klient:in pro 30 Tage, aus den bisherigen Tagen</translation>
    </message>
    <message>
        <source>Days in the period up to today</source>
        <translation>Tage des Zeitraums bis heute</translation>
    </message>
    <message>
        <source>Months reflected on, of those over</source>
        <translation>Reflektierte Monate unter den abgelaufenen</translation>
    </message>
    <message>
        <source>%1, %2, rate %3; %4</source>
        <translation>%1, %2, Rate %3; %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln own lapse(s)</source>
        <translation>
            <numerusform>%Ln eigener Grenzübertritt</numerusform>
            <numerusform>%Ln eigene Grenzübertritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the months over that were reflected on</source>
        <translation>Anteil der abgelaufenen Monate, die reflektiert wurden</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>reading what needs attention</source>
        <translation>Lesen, was Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>counting incidents by boundary and channel</source>
        <translation>Zählen der Vorfälle nach Grenze und Kontaktweg</translation>
    </message>
    <message>
        <source>counting incidents by time</source>
        <translation>Zählen der Vorfälle nach Zeit</translation>
    </message>
    <message>
        <source>counting incidents by client</source>
        <translation>Zählen der Vorfälle nach Klient:in</translation>
    </message>
    <message>
        <source>measuring how soon incidents were addressed</source>
        <translation>Messen, wie schnell Vorfälle angesprochen wurden</translation>
    </message>
    <message>
        <source>looking for clients who need attention</source>
        <translation>Suche nach Klient:innen, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <source>counting active clients</source>
        <translation>Zählen der aktiven Klient:innen</translation>
    </message>
    <message>
        <source>A newer request replaced this one.</source>
        <translation>Eine neuere Anfrage hat diese ersetzt.</translation>
    </message>
    <message>
        <source>counting the months reflected on</source>
        <translation>Zählen der reflektierten Monate</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>Der Zeitraum muss am oder vor seinem letzten Tag beginnen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>There is no Boundary Keeper database at %1.</source>
        <translation>Unter %1 gibt es keine Boundary-Keeper-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is not a Boundary Keeper database. It was not opened and was not changed.</source>
        <translation>%1 ist keine Boundary-Keeper-Datenbank. Sie wurde nicht geöffnet und nicht verändert.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 and its write-ahead log %2 do not read as a sound database, so it was not opened; neither file was changed. If %2 came from another copy of the database, move it away and open %1 again.</source>
        <translation>%1 und das zugehörige Write-Ahead-Log %2 ergeben keine intakte Datenbank, daher wurde sie nicht geöffnet; keine der Dateien wurde verändert. Wenn %2 von einer anderen Kopie der Datenbank stammt, verschieben Sie es und öffnen Sie %1 erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened; the file was not changed. Open an earlier copy of it if you have one.</source>
        <translation>%1 ist beschädigt und wurde nicht geöffnet; die Datei wurde nicht verändert. Öffnen Sie eine frühere Kopie, falls Sie eine haben.</translation>
    </message>
    <message>
        <source>%1 could not be read. The file was not changed.</source>
        <translation>%1 konnte nicht gelesen werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The file was not changed.</source>
        <translation>%1 konnte nicht geöffnet werden. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Boundary Keeper. It was not opened and was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine von Boundary Keeper. Sie wurde nicht geöffnet und nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to open it. The file was not changed.</source>
        <translation>%1 wurde von einer neueren Version von Boundary Keeper geschrieben (Datenbankschema %2; diese Version versteht bis %3). Aktualisieren Sie Boundary Keeper, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is read-only and was made by an older Boundary Keeper; it must be upgraded before use, which needs write access. Make the file writable and open it again.</source>
        <translation>%1 ist schreibgeschützt und stammt von einer älteren Boundary-Keeper-Version; sie muss vor der Nutzung aktualisiert werden, was Schreibzugriff braucht. Machen Sie die Datei beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The upgrade script %1 is missing.</source>
        <translation>Das Aktualisierungsskript %1 fehlt.</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>Aktualisieren der Datenbank auf Version %1</translation>
    </message>
    <message>
        <source>recording the database version</source>
        <translation>Speichern der Datenbankversion</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>Speichern der Änderungen</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed. Make %1 writable and open it again.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann nichts geändert werden. Machen Sie %1 beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>Die Datenbank hat einen Vorgang abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>preparing the upgrade</source>
        <translation>Vorbereiten der Aktualisierung</translation>
    </message>
    <message>
        <source>The upgrade to version %1 would leave a row of %2 referring to a missing row of %3; nothing was changed.</source>
        <translation>Die Aktualisierung auf Version %1 würde eine Zeile in %2 hinterlassen, die auf eine fehlende Zeile in %3 verweist; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The practice on %1 is open read-only, so nothing can be changed.</source>
        <translation>Die Praxis unter %1 ist schreibgeschützt geöffnet, daher kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>Diese Installation kann keine PostgreSQL-Server erreichen: Der PostgreSQL-Treiber von Qt (libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden.</translation>
    </message>
    <message>
        <source>The practice server %1 could not be read.</source>
        <translation>Der Praxisserver %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server at %1 runs PostgreSQL %2; Boundary Keeper needs PostgreSQL 13 or later. Nothing was changed.</source>
        <translation>Auf dem Server unter %1 läuft PostgreSQL %2; Boundary Keeper braucht PostgreSQL 13 oder neuer. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database at %1 holds tables that are not Boundary Keeper&apos;s. It was not changed; give the practice an empty database of its own.</source>
        <translation>Die Datenbank unter %1 enthält Tabellen, die nicht zu Boundary Keeper gehören. Sie wurde nicht verändert; geben Sie der Praxis eine eigene, leere Datenbank.</translation>
    </message>
    <message>
        <source>There is no Boundary Keeper practice at %1.</source>
        <translation>Unter %1 gibt es keine Boundary-Keeper-Praxis.</translation>
    </message>
    <message>
        <source>The practice at %1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to open it. Nothing was changed.</source>
        <translation>Die Praxis unter %1 wurde von einer neueren Version von Boundary Keeper geschrieben (Datenbankschema %2; diese Version versteht bis %3). Aktualisieren Sie Boundary Keeper, um sie zu öffnen. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The practice at %1 was made by an older Boundary Keeper and must be upgraded before use, which needs write access. Open it again for writing.</source>
        <translation>Die Praxis unter %1 stammt von einer älteren Boundary-Keeper-Version und muss vor der Nutzung aktualisiert werden, was Schreibzugriff braucht. Öffnen Sie sie erneut mit Schreibzugriff.</translation>
    </message>
    <message>
        <source>telling the other desktops about the change</source>
        <translation>das Benachrichtigen der anderen Arbeitsplätze über die Änderung</translation>
    </message>
    <message>
        <source>The database needs an upgrade, and the backup taken before it failed, so it was not upgraded: %1</source>
        <translation>Die Datenbank muss aktualisiert werden, aber die vorher erstellte Sicherung ist fehlgeschlagen; daher wurde sie nicht aktualisiert: %1</translation>
    </message>
    <message>
        <source>The practice server cannot be reached, so %1 failed; nothing of it was stored. Try again once the server is back.</source>
        <translation>Der Praxisserver ist nicht erreichbar, daher ist ein Vorgang fehlgeschlagen (%1); davon wurde nichts gespeichert. Versuchen Sie es erneut, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The practice server %1 still cannot be reached.</source>
        <translation>Der Praxisserver %1 ist weiterhin nicht erreichbar.</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>Vorbereiten der Verbindung</translation>
    </message>
    <message>
        <source>Other desktops&apos; changes to %1 are shown only when the window is next focused.</source>
        <translation>Änderungen anderer Arbeitsplätze an %1 werden erst angezeigt, wenn das Fenster das nächste Mal in den Vordergrund kommt.</translation>
    </message>
    <message>
        <source>checking for changes</source>
        <translation>Prüfen auf Änderungen</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it asks for a password.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Er verlangt ein Passwort.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it did not accept the user name or password. Check both and try again.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Er hat den Benutzernamen oder das Passwort nicht akzeptiert. Prüfen Sie beides und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it does not let this user in from this computer (or not without TLS). Ask whoever runs the server.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Er lässt diesen Benutzer von diesem Computer aus nicht zu (oder nicht ohne TLS). Fragen Sie die Person, die den Server betreibt.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: its TLS certificate is not trusted by this computer, so nothing was sent to it. Ask whoever runs the server for its root certificate.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Dieser Computer vertraut seinem TLS-Zertifikat nicht, daher wurde nichts an ihn gesendet. Bitten Sie die Person, die den Server betreibt, um das Stammzertifikat.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it does not offer the encrypted (TLS) connection this address requires.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Er bietet nicht die verschlüsselte (TLS-)Verbindung an, die diese Adresse verlangt.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it has no database named %2.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Er hat keine Datenbank namens %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it cannot be reached. It may be switched off, its address or port may be wrong, or the network may be down.</source>
        <translation>Zum Praxisserver %1 kann keine Verbindung hergestellt werden: Er ist nicht erreichbar. Vielleicht ist er ausgeschaltet, Adresse oder Port sind falsch, oder das Netzwerk ist gestört.</translation>
    </message>
    <message>
        <source>The audit trail needs an SQLite connection.</source>
        <translation>Der Prüfpfad braucht eine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Cannot prepare the audit trail: %1</source>
        <translation>Der Prüfpfad kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>on this computer when it last wrote the practice</source>
        <translation>auf diesem Computer, als er die Praxis zuletzt geschrieben hat</translation>
    </message>
    <message>
        <source>%1 record %2 refers to a missing %3 record</source>
        <translation>Datensatz %2 von %1 verweist auf einen fehlenden Datensatz von %3</translation>
    </message>
    <message>
        <source>Opening %1 was stopped while it was being checked; the file was not changed.</source>
        <translation>Das Öffnen von %1 wurde während der Prüfung abgebrochen; die Datei wurde nicht verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n record(s) that refer to records that are missing (%2), so it was not opened and was left as it is. Another program changed it without keeping its records together; open an earlier copy of it if you have one.</source>
        <translation>
            <numerusform>%1 enthält %n Datensatz, der auf einen fehlenden Datensatz verweist (%2). Die Datei wurde daher nicht geöffnet und bleibt unverändert. Ein anderes Programm hat sie geändert, ohne ihre Datensätze zusammenzuhalten; öffnen Sie eine frühere Kopie, falls Sie eine haben.</numerusform>
            <numerusform>%1 enthält %n Datensätze, die auf fehlende Datensätze verweisen (%2). Die Datei wurde daher nicht geöffnet und bleibt unverändert. Ein anderes Programm hat sie geändert, ohne ihre Datensätze zusammenzuhalten; öffnen Sie eine frühere Kopie, falls Sie eine haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>The file is read-only: it can be read but not changed.</source>
        <translation>Die Datei ist schreibgeschützt: Sie kann gelesen, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Create the database, or bring an older one up to date, and show where it is.</source>
        <translation>Die Datenbank anlegen oder eine ältere auf den neuesten Stand bringen und zeigen, wo sie liegt.</translation>
    </message>
    <message>
        <source>--to takes a server address beginning with postgresql://.</source>
        <translation>--to erwartet eine Serveradresse, die mit postgresql:// beginnt.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables to %3; every count and every signed document&apos;s SHA-256 match. %4 was not changed.</source>
        <translation>%1 Zeilen aus %2 Tabellen nach %3 kopiert; alle Anzahlen und die SHA-256 jedes unterschriebenen Dokuments stimmen überein. %4 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Copy the practice from its file into an empty database on a PostgreSQL server.</source>
        <translation>Die Praxis aus ihrer Datei in eine leere Datenbank auf einem PostgreSQL-Server kopieren.</translation>
    </message>
    <message>
        <source>The server database to copy into (postgresql://…); it must be empty.</source>
        <translation>Die Serverdatenbank, in die kopiert wird (postgresql://…); sie muss leer sein.</translation>
    </message>
    <message>
        <source>%1 of %2 rows (%3)</source>
        <translation>%1 von %2 Zeilen (%3)</translation>
    </message>
    <message>
        <source>Every table is copied with the same ids in one transaction on the server. The record count of every table and the SHA-256 of every signed document are then compared on both sides; any difference undoes the copy. The file is only read. Rows go to the server a thousand at a time. On a terminal a progress bar is shown on standard error; the copied tables and their row counts, tab-separated, go to standard output.</source>
        <translation>Jede Tabelle wird mit denselben IDs in einer einzigen Transaktion auf dem Server kopiert. Danach werden die Datensatzzahl jeder Tabelle und der SHA-256 jedes unterschriebenen Dokuments auf beiden Seiten verglichen; jede Abweichung macht die Kopie rückgängig. Die Datei wird nur gelesen. Die Zeilen gehen jeweils zu tausend an den Server. In einem Terminal wird auf der Standardfehlerausgabe ein Fortschrittsbalken angezeigt; die kopierten Tabellen und ihre Zeilenzahlen, durch Tabulatoren getrennt, gehen an die Standardausgabe.</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation>Die Tabellen konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation>Die Zeilen von %1 konnten nicht gezählt werden: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Namen für die Sicherung.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s backup interface is not available.</source>
        <translation>Die Backup-Schnittstelle von SQLite ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>it was cancelled.</source>
        <translation>der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check: %1</source>
        <translation>die Kopie hat die Integritätsprüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk.</source>
        <translation>sie konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Boundary Keeper database.</source>
        <translation>%1 ist keine Boundary-Keeper-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database.</source>
        <translation>%1 ist beschädigt: Die Datei kann nicht als Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to use it.</source>
        <translation>%1 wurde von einer neueren Version von Boundary Keeper geschrieben (Datenbankschema %2; diese Version versteht bis %3). Aktualisieren Sie Boundary Keeper, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>%1 is damaged: it did not pass the integrity check.</source>
        <translation>%1 ist beschädigt: Die Datei hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Backing up a practice on a server needs pg_dump and pg_restore, which are not installed here (Debian: the package postgresql-client).</source>
        <translation>Das Sichern einer Praxis auf einem Server braucht pg_dump und pg_restore, die hier nicht installiert sind (Debian: das Paket postgresql-client).</translation>
    </message>
    <message>
        <source>Restoring a practice on a server needs pg_dump and pg_restore, which are not installed here (Debian: the package postgresql-client).</source>
        <translation>Das Wiederherstellen einer Praxis auf einem Server braucht pg_dump und pg_restore, die hier nicht installiert sind (Debian: das Paket postgresql-client).</translation>
    </message>
    <message>
        <source>%1 is not a backup of a practice on a server (pg_dump&apos;s custom format).</source>
        <translation>%1 ist keine Sicherung einer Praxis auf einem Server (Custom-Format von pg_dump).</translation>
    </message>
    <message>
        <source>The practice at %1 could not be restored; nothing was changed there: %2</source>
        <translation>Die Praxis unter %1 konnte nicht wiederhergestellt werden; dort wurde nichts verändert: %2</translation>
    </message>
</context>
<context>
    <name>DefaultPolicy</name>
    <message>
        <source>Personal space and touch</source>
        <translation>Persönlicher Raum und Berührung</translation>
    </message>
    <message>
        <source>We each keep a comfortable distance. There is no unwanted or inappropriate touching or show of affection, and no one crowds or intimidates the other by standing too close.</source>
        <translation>Wir halten beide einen angenehmen Abstand. Es gibt keine unerwünschten oder unangemessenen Berührungen oder Zuneigungsbekundungen, und niemand bedrängt oder schüchtert den anderen ein, indem er zu nah kommt.</translation>
    </message>
    <message>
        <source>Any physical contact the work needs, such as correcting a posture, is explained first and happens only with your agreement. Either of us can ask for more space at any time, and the other respects it.</source>
        <translation>Körperkontakt, den die Arbeit erfordert, etwa das Korrigieren einer Haltung, wird vorher erklärt und geschieht nur mit Ihrem Einverständnis. Jede Seite kann jederzeit um mehr Abstand bitten, und die andere respektiert das.</translation>
    </message>
    <message>
        <source>We talk about it straight away, in private. If it happens again, the consequence ladder applies, and unwelcome touching can end the engagement at once.</source>
        <translation>Wir sprechen sofort und unter vier Augen darüber. Geschieht es erneut, greift die Eskalationsleiter; unerwünschte Berührung kann die Zusammenarbeit sofort beenden.</translation>
    </message>
    <message>
        <source>Each other&apos;s time</source>
        <translation>Die Zeit des anderen</translation>
    </message>
    <message>
        <source>Work happens within working hours. Please do not call outside them unless it is an emergency; in the same way, your practitioner does not contact you after hours unless an appointment was arranged.</source>
        <translation>Gearbeitet wird innerhalb der Arbeitszeiten. Bitte rufen Sie außerhalb davon nur im Notfall an; ebenso meldet sich Ihre Fachperson nach Feierabend nur, wenn ein Termin vereinbart wurde.</translation>
    </message>
    <message>
        <source>Outside working hours, send non-urgent matters by email; they are answered on the next working day. Appointments at unusual times are agreed in advance.</source>
        <translation>Außerhalb der Arbeitszeiten senden Sie nicht dringende Anliegen bitte per E-Mail; sie werden am nächsten Arbeitstag beantwortet. Termine zu ungewöhnlichen Zeiten werden im Voraus vereinbart.</translation>
    </message>
    <message>
        <source>We talk about it and agree how to reach each other. Calls outside hours are not answered, and repeated after-hours contact moves up the consequence ladder.</source>
        <translation>Wir sprechen darüber und vereinbaren, wie wir einander erreichen. Anrufe außerhalb der Arbeitszeiten werden nicht angenommen, und wiederholter Kontakt nach Feierabend führt eine Stufe weiter auf der Eskalationsleiter.</translation>
    </message>
    <message>
        <source>Respectful body language and gestures</source>
        <translation>Respektvolle Körpersprache und Gesten</translation>
    </message>
    <message>
        <source>We use only respectful body language with each other: no rude gestures, poses or mimicking.</source>
        <translation>Wir begegnen einander nur mit respektvoller Körpersprache: keine unhöflichen Gesten, Posen oder Nachäffen.</translation>
    </message>
    <message>
        <source>Disagreement and frustration are welcome in words. If something annoys you, say so, and we will look at it together.</source>
        <translation>Widerspruch und Frust dürfen in Worten ausgedrückt werden. Wenn Sie etwas ärgert, sagen Sie es, und wir schauen es uns gemeinsam an.</translation>
    </message>
    <message>
        <source>We pause and talk about what happened. If it continues, the consequence ladder applies.</source>
        <translation>Wir halten inne und sprechen über das, was passiert ist. Geht es weiter, greift die Eskalationsleiter.</translation>
    </message>
    <message>
        <source>No yelling, cursing or name-calling</source>
        <translation>Kein Anschreien, Fluchen oder Beschimpfen</translation>
    </message>
    <message>
        <source>Neither of us yells at, curses at or calls the other names. This applies to both sides equally.</source>
        <translation>Keine Seite schreit die andere an, flucht sie an oder beschimpft sie. Das gilt für beide Seiten gleichermaßen.</translation>
    </message>
    <message>
        <source>We speak calmly, even when the conversation is difficult. Either of us can ask for a short break and come back to the topic.</source>
        <translation>Wir sprechen ruhig, auch wenn das Gespräch schwierig ist. Jede Seite kann um eine kurze Pause bitten und später auf das Thema zurückkommen.</translation>
    </message>
    <message>
        <source>The session pauses until we can talk calmly. We then discuss what happened, and repeated incidents move up the consequence ladder.</source>
        <translation>Die Sitzung pausiert, bis wir ruhig sprechen können. Danach besprechen wir, was passiert ist; wiederholte Vorfälle führen weiter auf der Eskalationsleiter.</translation>
    </message>
    <message>
        <source>No bullying</source>
        <translation>Kein Mobbing</translation>
    </message>
    <message>
        <source>There is no bullying of any kind: no threats, intimidation, humiliation or pressure, in person or online.</source>
        <translation>Mobbing gibt es in keiner Form: keine Drohungen, Einschüchterung, Demütigung oder Druck, weder persönlich noch online.</translation>
    </message>
    <message>
        <source>We raise concerns openly and respectfully, and we accept a clear &quot;no&quot;.</source>
        <translation>Wir sprechen Bedenken offen und respektvoll an und akzeptieren ein klares „Nein“.</translation>
    </message>
    <message>
        <source>Bullying is addressed at once. Depending on how serious it is, we may start higher on the consequence ladder, up to ending the engagement.</source>
        <translation>Mobbing wird sofort angesprochen. Je nach Schwere beginnen wir weiter oben auf der Eskalationsleiter, bis hin zur Beendigung der Zusammenarbeit.</translation>
    </message>
    <message>
        <source>The golden rule</source>
        <translation>Die goldene Regel</translation>
    </message>
    <message>
        <source>We treat each other, and each other&apos;s property, the way we would want to be treated ourselves.</source>
        <translation>Wir behandeln einander und das Eigentum des anderen so, wie wir selbst behandelt werden möchten.</translation>
    </message>
    <message>
        <source>Equipment, rooms and belongings are used with care, and we show equal respect for each other&apos;s culture and beliefs.</source>
        <translation>Geräte, Räume und persönliche Dinge werden sorgsam behandelt, und wir begegnen Kultur und Überzeugungen des anderen mit gleichem Respekt.</translation>
    </message>
    <message>
        <source>We talk about it. Damage to property is put right, and repeated disrespect moves up the consequence ladder.</source>
        <translation>Wir sprechen darüber. Schäden am Eigentum werden wiedergutgemacht, und wiederholte Respektlosigkeit führt weiter auf der Eskalationsleiter.</translation>
    </message>
    <message>
        <source>Personal questions</source>
        <translation>Persönliche Fragen</translation>
    </message>
    <message>
        <source>Personal questions stay within the professional context of our work together.</source>
        <translation>Persönliche Fragen bleiben im beruflichen Rahmen unserer Zusammenarbeit.</translation>
    </message>
    <message>
        <source>Questions that help the work are welcome. Either of us may decline to answer a question that goes beyond it, without having to explain why.</source>
        <translation>Fragen, die der Arbeit dienen, sind willkommen. Jede Seite darf eine Frage, die darüber hinausgeht, ohne Begründung unbeantwortet lassen.</translation>
    </message>
    <message>
        <source>We gently steer back to the work. If it keeps happening, we talk about it and the consequence ladder applies.</source>
        <translation>Wir lenken behutsam zur Arbeit zurück. Wenn es immer wieder geschieht, sprechen wir darüber, und die Eskalationsleiter greift.</translation>
    </message>
    <message>
        <source>Contact through agreed channels</source>
        <translation>Kontakt über vereinbarte Wege</translation>
    </message>
    <message>
        <source>We contact each other only through the channels agreed in the communication terms. Excessive contact, or contact through other channels, crosses this boundary.</source>
        <translation>Wir kontaktieren einander nur über die Wege, die in den Kommunikationsregeln vereinbart sind. Übermäßiger Kontakt oder Kontakt über andere Wege überschreitet diese Grenze.</translation>
    </message>
    <message>
        <source>Use the agreed channels and allow for the response times stated there. One message is enough; it will be answered.</source>
        <translation>Nutzen Sie die vereinbarten Kontaktwege und rechnen Sie mit den dort genannten Antwortzeiten. Eine Nachricht genügt; sie wird beantwortet.</translation>
    </message>
    <message>
        <source>Messages through other channels may go unanswered. We review the communication terms together, and repeated contact outside them moves up the consequence ladder.</source>
        <translation>Nachrichten über andere Wege bleiben möglicherweise unbeantwortet. Wir gehen die Kommunikationsregeln gemeinsam durch, und wiederholter Kontakt außerhalb davon führt weiter auf der Eskalationsleiter.</translation>
    </message>
    <message>
        <source>Emotional support within professional limits</source>
        <translation>Emotionale Unterstützung in professionellen Grenzen</translation>
    </message>
    <message>
        <source>Support is part of good work together, within professional limits. Your practitioner cannot be a friend, a confidant or a round-the-clock source of support.</source>
        <translation>Unterstützung gehört zu guter Zusammenarbeit, in professionellen Grenzen. Ihre Fachperson kann keine Freundin, kein Vertrauter und keine Unterstützung rund um die Uhr sein.</translation>
    </message>
    <message>
        <source>We use sessions to work towards your goals. When you need more support than this relationship can give, your practitioner helps you find the right person or service.</source>
        <translation>Die Sitzungen nutzen wir, um auf Ihre Ziele hinzuarbeiten. Wenn Sie mehr Unterstützung brauchen, als diese Zusammenarbeit geben kann, hilft Ihre Fachperson Ihnen, die richtige Person oder Stelle zu finden.</translation>
    </message>
    <message>
        <source>We talk openly about what you need, agree where the limits lie, and may refer you to other support.</source>
        <translation>Wir sprechen offen darüber, was Sie brauchen, vereinbaren, wo die Grenzen liegen, und verweisen Sie gegebenenfalls an andere Unterstützung.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <source>What is shared in our work stays confidential, on both sides.</source>
        <translation>Was in unserer Arbeit geteilt wird, bleibt vertraulich, auf beiden Seiten.</translation>
    </message>
    <message>
        <source>Your practitioner keeps your records private and shares information only with your consent or where the law requires it. Please keep what you learn about the practice and its other clients private too.</source>
        <translation>Ihre Fachperson hält Ihre Unterlagen vertraulich und gibt Informationen nur mit Ihrer Einwilligung weiter oder wo das Gesetz es verlangt. Bitte behandeln Sie auch das, was Sie über die Praxis und ihre anderen Klient:innen erfahren, vertraulich.</translation>
    </message>
    <message>
        <source>We talk about what was shared and how to prevent it happening again. A serious breach can end the engagement.</source>
        <translation>Wir sprechen darüber, was weitergegeben wurde und wie wir es künftig verhindern. Ein schwerer Vertrauensbruch kann die Zusammenarbeit beenden.</translation>
    </message>
    <message>
        <source>Personal and workplace problems stay out of sessions</source>
        <translation>Private und berufliche Probleme bleiben außerhalb der Sitzungen</translation>
    </message>
    <message>
        <source>Your practitioner does not bring their own personal or workplace problems into sessions. Sessions are about you: you are not there to listen to your practitioner&apos;s troubles.</source>
        <translation>Ihre Fachperson bringt keine eigenen privaten oder beruflichen Probleme in die Sitzungen. In den Sitzungen geht es um Sie: Sie sind nicht da, um sich die Sorgen Ihrer Fachperson anzuhören.</translation>
    </message>
    <message>
        <source>If something in your practitioner&apos;s life affects the service, such as availability or a deadline, you are told openly how it is being handled and what changes for you, without personal detail.</source>
        <translation>Wenn etwas im Leben Ihrer Fachperson die Leistung beeinflusst, etwa die Erreichbarkeit oder eine Frist, erfahren Sie offen, wie damit umgegangen wird und was sich für Sie ändert, ohne persönliche Einzelheiten.</translation>
    </message>
    <message>
        <source>Please tell your practitioner if this happens. They record it, reflect on it and, where needed, seek supervision.</source>
        <translation>Bitte sagen Sie Ihrer Fachperson, wenn das geschieht. Sie hält es fest, reflektiert es und holt sich bei Bedarf Supervision.</translation>
    </message>
    <message>
        <source>A private conversation</source>
        <translation>Ein Gespräch unter vier Augen</translation>
    </message>
    <message>
        <source>We talk about it calmly and in private: the specific behaviour, the boundary, why it matters and what happens instead. We look for the cause together and a fair compromise where one is reasonable.</source>
        <translation>Wir sprechen ruhig und unter vier Augen darüber: das konkrete Verhalten, die Grenze, warum sie wichtig ist und was stattdessen geschieht. Gemeinsam suchen wir nach der Ursache und, wo angemessen, nach einem fairen Kompromiss.</translation>
    </message>
    <message>
        <source>A written summary</source>
        <translation>Eine schriftliche Zusammenfassung</translation>
    </message>
    <message>
        <source>You receive a short written summary of the conversation and of anything we agreed.</source>
        <translation>Sie erhalten eine kurze schriftliche Zusammenfassung des Gesprächs und dessen, was wir vereinbart haben.</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Ziele und Nachverfolgung</translation>
    </message>
    <message>
        <source>We set clear goals for changing the behaviour and check progress on agreed dates.</source>
        <translation>Wir setzen klare Ziele für die Veränderung des Verhaltens und prüfen die Fortschritte an vereinbarten Terminen.</translation>
    </message>
    <message>
        <source>A behavioural contract</source>
        <translation>Ein Verhaltensvertrag</translation>
    </message>
    <message>
        <source>If the behaviour continues, we meet and write a contract together: what is appropriate, the behaviour that replaces it, measurable goals, the consequences and a review date. We both sign it.</source>
        <translation>Wenn das Verhalten anhält, treffen wir uns und schreiben gemeinsam einen Vertrag: was angemessen ist, welches Verhalten an die Stelle tritt, messbare Ziele, die Konsequenzen und einen Überprüfungstermin. Wir unterschreiben ihn beide.</translation>
    </message>
    <message>
        <source>Training or resources</source>
        <translation>Schulung oder Materialien</translation>
    </message>
    <message>
        <source>Your practitioner offers training or resources that help you develop in this area.</source>
        <translation>Ihre Fachperson bietet Schulung oder Materialien an, die Ihnen helfen, sich in diesem Bereich weiterzuentwickeln.</translation>
    </message>
    <message>
        <source>Supervision and advice</source>
        <translation>Supervision und Beratung</translation>
    </message>
    <message>
        <source>Your practitioner seeks advice from a colleague or supervisor on how best to continue.</source>
        <translation>Ihre Fachperson holt sich Rat bei einer Kollegin, einem Kollegen oder in der Supervision, wie es am besten weitergeht.</translation>
    </message>
    <message>
        <source>Ending the engagement</source>
        <translation>Beendigung der Zusammenarbeit</translation>
    </message>
    <message>
        <source>As the last step, the working relationship ends. This is explained to you in writing.</source>
        <translation>Als letzter Schritt endet die Zusammenarbeit. Das wird Ihnen schriftlich erklärt.</translation>
    </message>
</context>
<context>
    <name>DefaultPractice</name>
    <message>
        <source>Your practitioner guides you towards the goals you set together, holds you accountable to them, prepares each session, keeps appointments and promises, and treats you with respect, honesty and integrity. They work within their competence and tell you when someone else can help you better.</source>
        <translation>Ihre Fachperson begleitet Sie zu den Zielen, die Sie gemeinsam festgelegt haben, nimmt Sie dafür in die Verantwortung, bereitet jede Sitzung vor, hält Termine und Zusagen ein und begegnet Ihnen mit Respekt, Ehrlichkeit und Integrität. Sie arbeitet im Rahmen ihrer Kompetenz und sagt Ihnen, wenn jemand anderes Ihnen besser helfen kann.</translation>
    </message>
    <message>
        <source>You take an active part in the work: you come to sessions prepared and on time, let us know in good time when you cannot attend, do the agreed work between sessions, and tell your practitioner openly when something is not working for you.</source>
        <translation>Sie arbeiten aktiv mit: Sie kommen vorbereitet und pünktlich zu den Sitzungen, sagen rechtzeitig Bescheid, wenn Sie nicht kommen können, erledigen die vereinbarten Aufgaben zwischen den Sitzungen und sagen Ihrer Fachperson offen, wenn etwas für Sie nicht funktioniert.</translation>
    </message>
    <message>
        <source>Scheduled sessions towards the goals we agree, preparation and follow-up for them, and answers to questions about our work through the agreed channels.</source>
        <translation>Vereinbarte Sitzungen zu den gemeinsamen Zielen, deren Vor- und Nachbereitung sowie Antworten auf Fragen zu unserer Arbeit über die vereinbarten Kontaktwege.</translation>
    </message>
    <message>
        <source>Crisis or emergency support, medical, legal or financial advice, and help with matters outside the agreed goals. Your practitioner can point you to the right service for these.</source>
        <translation>Krisen- oder Notfallunterstützung, medizinische, rechtliche oder finanzielle Beratung und Hilfe bei Anliegen außerhalb der vereinbarten Ziele. Ihre Fachperson kann Sie dafür an die richtige Stelle verweisen.</translation>
    </message>
    <message>
        <source>By the next working day</source>
        <translation>Bis zum nächsten Arbeitstag</translation>
    </message>
    <message>
        <source>Within two working days</source>
        <translation>Innerhalb von zwei Arbeitstagen</translation>
    </message>
    <message>
        <source>Non-urgent messages are answered within 24 to 48 hours on working days. For anything urgent outside working hours, please send an email; it is answered on the next working day.</source>
        <translation>Nicht dringende Nachrichten werden an Arbeitstagen innerhalb von 24 bis 48 Stunden beantwortet. Für Dringendes außerhalb der Arbeitszeiten senden Sie bitte eine E-Mail; sie wird am nächsten Arbeitstag beantwortet.</translation>
    </message>
    <message>
        <source>An emergency is a situation where someone&apos;s health or safety is at risk right now. A change of plans, a missed session or a difficult day is important, but it is not an emergency.</source>
        <translation>Ein Notfall ist eine Situation, in der die Gesundheit oder Sicherheit eines Menschen gerade jetzt in Gefahr ist. Eine Planänderung, eine ausgefallene Sitzung oder ein schwieriger Tag ist wichtig, aber kein Notfall.</translation>
    </message>
    <message>
        <source>In an emergency, call the local emergency number first. Afterwards, let your practitioner know by phone or email.</source>
        <translation>Rufen Sie im Notfall zuerst die örtliche Notrufnummer an. Geben Sie Ihrer Fachperson danach telefonisch oder per E-Mail Bescheid.</translation>
    </message>
</context>
<context>
    <name>DemoPractice</name>
    <message>
        <source>Career transition coaching, fortnightly sessions.</source>
        <translation>Coaching zum beruflichen Wechsel, Sitzungen alle zwei Wochen.</translation>
    </message>
    <message>
        <source>Strength training three times a week; prefers early mornings.</source>
        <translation>Krafttraining dreimal pro Woche; am liebsten früh morgens.</translation>
    </message>
    <message>
        <source>Leadership coaching over video; lives in Madrid.</source>
        <translation>Führungscoaching per Video; lebt in Madrid.</translation>
    </message>
    <message>
        <source>Paused for parental leave; check in next quarter.</source>
        <translation>Pausiert wegen Elternzeit; im nächsten Quartal nachfragen.</translation>
    </message>
    <message>
        <source>First meeting booked; agreement still to be signed.</source>
        <translation>Erstes Treffen vereinbart; Vereinbarung noch zu unterschreiben.</translation>
    </message>
    <message>
        <source>Tutoring in statistics before exams.</source>
        <translation>Nachhilfe in Statistik vor den Prüfungen.</translation>
    </message>
    <message>
        <source>Business coaching for a new studio opening.</source>
        <translation>Business-Coaching für die Eröffnung eines neuen Studios.</translation>
    </message>
    <message>
        <source>Engagement ended by mutual agreement after goals were met.</source>
        <translation>Zusammenarbeit im gegenseitigen Einvernehmen beendet, nachdem die Ziele erreicht waren.</translation>
    </message>
    <message>
        <source>Nutrition and habit coaching.</source>
        <translation>Ernährungs- und Gewohnheitscoaching.</translation>
    </message>
    <message>
        <source>Enquiry through a referral; introductory call pending.</source>
        <translation>Anfrage über eine Empfehlung; Kennenlerngespräch steht aus.</translation>
    </message>
    <message>
        <source>Starts next week; wants sessions in French where possible.</source>
        <translation>Beginnt nächste Woche; möchte die Sitzungen nach Möglichkeit auf Französisch.</translation>
    </message>
    <message>
        <source>Consulting on a product launch; time zone UTC-3.</source>
        <translation>Beratung zu einer Produkteinführung; Zeitzone UTC-3.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>What if something urgent comes up on a Sunday?</source>
        <translation>Was ist, wenn an einem Sonntag etwas Dringendes passiert?</translation>
    </message>
    <message>
        <source>Leave a message; it is returned on Monday morning. In an emergency, call the emergency number first.</source>
        <translation>Hinterlassen Sie eine Nachricht; Sie bekommen am Montagmorgen eine Antwort. Im Notfall rufen Sie zuerst die Notrufnummer an.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Personal trainer</source>
        <translation>Personal Trainer</translation>
    </message>
    <message>
        <source>Career, leadership and business coaching; personal training and habit coaching; session notes and a training plan between sessions.</source>
        <translation>Karriere-, Führungs- und Business-Coaching; Personal Training und Gewohnheitscoaching; Sitzungsnotizen und ein Trainingsplan zwischen den Sitzungen.</translation>
    </message>
    <message>
        <source>Same working day</source>
        <translation>Am selben Arbeitstag</translation>
    </message>
    <message>
        <source>We talk about it and agree how to reach each other. Calls outside working hours go to voicemail and are returned on the next working day; a second after-hours call in a month leads to a written summary.</source>
        <translation>Wir sprechen darüber und vereinbaren, wie wir einander erreichen. Anrufe außerhalb der Arbeitszeiten gehen auf die Mailbox und werden am nächsten Arbeitstag erwidert; ein zweiter Anruf nach Feierabend innerhalb eines Monats führt zu einer schriftlichen Zusammenfassung.</translation>
    </message>
    <message>
        <source>Starting and ending on time</source>
        <translation>Pünktlich beginnen und enden</translation>
    </message>
    <message>
        <source>Sessions start and end at the agreed time, so that each client gets their full time.</source>
        <translation>Sitzungen beginnen und enden zur vereinbarten Zeit, damit jede Klient:in ihre volle Zeit bekommt.</translation>
    </message>
    <message>
        <source>Arrive a few minutes early. Cancel or move a session at least 24 hours ahead.</source>
        <translation>Kommen Sie ein paar Minuten früher. Sagen Sie eine Sitzung mindestens 24 Stunden vorher ab oder verlegen Sie sie.</translation>
    </message>
    <message>
        <source>A late start is not made up at the end. Sessions cancelled with less notice are charged in full.</source>
        <translation>Ein verspäteter Beginn wird am Ende nicht nachgeholt. Kurzfristiger abgesagte Sitzungen werden voll berechnet.</translation>
    </message>
    <message>
        <source>Questions that help the work are welcome. Either of us may decline to answer a question that goes beyond it; a simple &quot;I&apos;d rather keep that private&quot; is enough.</source>
        <translation>Fragen, die der Arbeit dienen, sind willkommen. Jede Seite darf eine Frage, die darüber hinausgeht, unbeantwortet lassen; ein einfaches „Das möchte ich lieber für mich behalten“ genügt.</translation>
    </message>
    <message>
        <source>Working hours and urgent matters: a one-page guide</source>
        <translation>Arbeitszeiten und dringende Anliegen: eine Anleitung auf einer Seite</translation>
    </message>
    <message>
        <source>Speaking up calmly: a short course</source>
        <translation>Ruhig für sich einstehen: ein kurzer Kurs</translation>
    </message>
    <message>
        <source>Phoned at 21:30 to move Thursday&apos;s session.</source>
        <translation>Rief um 21:30 Uhr an, um die Sitzung am Donnerstag zu verschieben.</translation>
    </message>
    <message>
        <source>Called late in the evening about the training plan; third late call this month.</source>
        <translation>Rief spätabends wegen des Trainingsplans an; dritter später Anruf in diesem Monat.</translation>
    </message>
    <message>
        <source>Talked before training. Daniel had not realised the hours applied to quick questions; agreed to text questions and wait for the morning.</source>
        <translation>Vor dem Training gesprochen. Daniel war nicht klar, dass die Arbeitszeiten auch für kurze Fragen gelten; vereinbart, Fragen per SMS zu schicken und auf den Morgen zu warten.</translation>
    </message>
    <message>
        <source>Two goals agreed.</source>
        <translation>Zwei Ziele vereinbart.</translation>
    </message>
    <message>
        <source>No calls after 18:00 on working days</source>
        <translation>Keine Anrufe nach 18:00 Uhr an Arbeitstagen</translation>
    </message>
    <message>
        <source>Questions by email, answered next working day</source>
        <translation>Fragen per E-Mail, Antwort am nächsten Arbeitstag</translation>
    </message>
    <message>
        <source>One late call in two weeks, down from four.</source>
        <translation>Ein später Anruf in zwei Wochen, statt vorher vier.</translation>
    </message>
    <message>
        <source>Called at 21:45 about a missed session.</source>
        <translation>Rief um 21:45 Uhr wegen einer verpassten Sitzung an.</translation>
    </message>
    <message>
        <source>Talked again; Daniel asked for a clearer arrangement. A behavioural contract is next.</source>
        <translation>Erneut gesprochen; Daniel wünschte sich eine klarere Absprache. Als Nächstes folgt ein Verhaltensvertrag.</translation>
    </message>
    <message>
        <source>Long emails every day asking for reassurance between sessions.</source>
        <translation>Täglich lange E-Mails mit der Bitte um Bestätigung zwischen den Sitzungen.</translation>
    </message>
    <message>
        <source>Agreed to bring worries to the session and to use the support line in a crisis.</source>
        <translation>Vereinbart, Sorgen in die Sitzung mitzubringen und in einer Krise das Krisentelefon zu nutzen.</translation>
    </message>
    <message>
        <source>Asked about the practitioner&apos;s relationship and family plans during a session.</source>
        <translation>Fragte in einer Sitzung nach der Beziehung und der Familienplanung der Fachperson.</translation>
    </message>
    <message>
        <source>Sofia apologised; she meant to be friendly.</source>
        <translation>Sofia hat sich entschuldigt; sie wollte freundlich sein.</translation>
    </message>
    <message>
        <source>Sessions stay on the coaching agenda</source>
        <translation>Sitzungen bleiben bei den Coaching-Themen</translation>
    </message>
    <message>
        <source>No further personal questions.</source>
        <translation>Keine weiteren persönlichen Fragen.</translation>
    </message>
    <message>
        <source>Resolved after one conversation; goal met.</source>
        <translation>Nach einem Gespräch geklärt; Ziel erreicht.</translation>
    </message>
    <message>
        <source>Raised his voice and swore when a mock exam went badly.</source>
        <translation>Wurde laut und fluchte, als eine Probeprüfung schlecht lief.</translation>
    </message>
    <message>
        <source>Exam stress; agreed to ask for a pause instead.</source>
        <translation>Prüfungsstress; vereinbart, stattdessen um eine Pause zu bitten.</translation>
    </message>
    <message>
        <source>Summary of our conversation.</source>
        <translation>Zusammenfassung unseres Gesprächs.</translation>
    </message>
    <message>
        <source>Ask for a pause when frustrated</source>
        <translation>Bei Frust um eine Pause bitten</translation>
    </message>
    <message>
        <source>Shouted again at the next session.</source>
        <translation>Schrie in der nächsten Sitzung erneut.</translation>
    </message>
    <message>
        <source>We speak calmly, even when a session is frustrating.</source>
        <translation>Wir sprechen ruhig, auch wenn eine Sitzung frustrierend ist.</translation>
    </message>
    <message>
        <source>Saying &quot;I need a pause&quot; and taking five minutes.</source>
        <translation>„Ich brauche eine Pause“ sagen und sich fünf Minuten nehmen.</translation>
    </message>
    <message>
        <source>No raised voice or swearing in the next eight sessions.</source>
        <translation>In den nächsten acht Sitzungen kein lautes Wort und kein Fluchen.</translation>
    </message>
    <message>
        <source>A pause is asked for at least once when frustrated.</source>
        <translation>Bei Frust wird mindestens einmal um eine Pause gebeten.</translation>
    </message>
    <message>
        <source>Another outburst means a review of whether to continue tutoring.</source>
        <translation>Ein weiterer Ausbruch bedeutet, dass geprüft wird, ob die Nachhilfe weitergeht.</translation>
    </message>
    <message>
        <source>Sent the course link.</source>
        <translation>Den Link zum Kurs geschickt.</translation>
    </message>
    <message>
        <source>Discussed with my supervisor; continue with the contract.</source>
        <translation>Mit meiner Supervisorin besprochen; weiter mit dem Vertrag.</translation>
    </message>
    <message>
        <source>Sent several messages through a social network over the weekend.</source>
        <translation>Schickte am Wochenende mehrere Nachrichten über ein soziales Netzwerk.</translation>
    </message>
    <message>
        <source>Agreed to use the messaging app only.</source>
        <translation>Vereinbart, nur noch den Messenger zu nutzen.</translation>
    </message>
    <message>
        <source>Messages through the agreed app only</source>
        <translation>Nachrichten nur über den vereinbarten Messenger</translation>
    </message>
    <message>
        <source>Repeatedly belittled the practitioner&apos;s advice in front of his team.</source>
        <translation>Machte die Ratschläge der Fachperson wiederholt vor seinem Team lächerlich.</translation>
    </message>
    <message>
        <source>Talked privately.</source>
        <translation>Unter vier Augen gesprochen.</translation>
    </message>
    <message>
        <source>Consulted a colleague after it continued.</source>
        <translation>Eine Kollegin zurate gezogen, als es weiterging.</translation>
    </message>
    <message>
        <source>Ended the engagement in writing, with a referral.</source>
        <translation>Zusammenarbeit schriftlich beendet, mit einer Weiterverweisung.</translation>
    </message>
    <message>
        <source>I replied to Priya&apos;s message at 23:40; it could have waited for the morning.</source>
        <translation>Ich habe Priyas Nachricht um 23:40 Uhr beantwortet; das hätte bis zum Morgen warten können.</translation>
    </message>
    <message>
        <source>Told Amy in two sentences that I changed careers at 35 too; we were back on her plan within a minute.</source>
        <translation>Amy in zwei Sätzen erzählt, dass ich mit 35 auch den Beruf gewechselt habe; nach einer Minute waren wir wieder bei ihrem Plan.</translation>
    </message>
    <message>
        <source>Wanted to tell Daniel about my own knee operation. It would have been about me, not his training.</source>
        <translation>Wollte Daniel von meiner eigenen Knieoperation erzählen. Es wäre um mich gegangen, nicht um sein Training.</translation>
    </message>
    <message>
        <source>My own studio closed in 2019. Relevant to Priya&apos;s opening, but I am not sure I can keep it short; raising it in supervision first.</source>
        <translation>Mein eigenes Studio hat 2019 geschlossen. Das passt zu Priyas Eröffnung, aber ich bin nicht sicher, ob ich es kurz halten kann; ich spreche es zuerst in der Supervision an.</translation>
    </message>
    <message>
        <source>I answered Daniel&apos;s questions on a Sunday twice; he took it as an open line.</source>
        <translation>Ich habe Daniels Fragen zweimal an einem Sonntag beantwortet; er hat es als offenen Draht verstanden.</translation>
    </message>
    <message>
        <source>Wanting to be helpful. Saying when I would answer helped.</source>
        <translation>Ich wollte hilfsbereit sein. Zu sagen, wann ich antworte, hat geholfen.</translation>
    </message>
    <message>
        <source>Replies on working days only; take the Sunday messages to supervision.</source>
        <translation>Antworten nur an Werktagen; die Sonntagsnachrichten in die Supervision mitnehmen.</translation>
    </message>
    <message>
        <source>Priya&apos;s late messages, and my own reply at 23:40.</source>
        <translation>Priyas späte Nachrichten und meine eigene Antwort um 23:40.</translation>
    </message>
    <message>
        <source>Her opening date was close and I felt her stress. Muting notifications after 19:00 helped.</source>
        <translation>Ihr Eröffnungstermin war nah, und ich habe ihren Stress gespürt. Benachrichtigungen nach 19:00 stummzuschalten hat geholfen.</translation>
    </message>
    <message>
        <source>Keep notifications off in the evening; talk about the studio story in supervision.</source>
        <translation>Benachrichtigungen abends ausgeschaltet lassen; die Geschichte mit dem Studio in der Supervision besprechen.</translation>
    </message>
    <message>
        <source>The working hours apply to quick questions too. Text me your questions in the evening, and I&apos;ll answer them in the morning.</source>
        <translation>Die Arbeitszeiten gelten auch für kurze Fragen. Schicken Sie mir Ihre Fragen abends per SMS, dann beantworte ich sie am Morgen.</translation>
    </message>
    <message>
        <source>You bring your worries to our sessions, and in a crisis you call the support line, which is there day and night.</source>
        <translation>Sie bringen Ihre Sorgen in unsere Sitzungen mit, und in einer Krise rufen Sie das Krisentelefon an, das Tag und Nacht erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>DisclosureCheck</name>
    <message>
        <source>Whose need does sharing this serve?</source>
        <translation>Wessen Bedürfnis erfüllt es, wenn Sie das teilen?</translation>
    </message>
    <message>
        <source>Is it relevant to what the client is working on?</source>
        <translation>Hat es mit dem zu tun, woran die Klient:in arbeitet?</translation>
    </message>
    <message>
        <source>Can you say it in a sentence or two?</source>
        <translation>Können Sie es in ein, zwei Sätzen sagen?</translation>
    </message>
    <message>
        <source>Will the focus come straight back to the client?</source>
        <translation>Kehrt der Fokus gleich wieder zur Klient:in zurück?</translation>
    </message>
    <message>
        <source>Would you be comfortable seeing it in the record?</source>
        <translation>Wäre es Ihnen recht, das in den Unterlagen zu lesen?</translation>
    </message>
    <message>
        <source>Wanting to vent, to be supported or to be understood is a need of your own.</source>
        <translation>Sich Luft machen, Unterstützung oder Verständnis suchen: Das sind eigene Bedürfnisse.</translation>
    </message>
    <message>
        <source>A short experience can give hope or understanding when it speaks to their goal.</source>
        <translation>Eine kurze eigene Erfahrung kann Hoffnung oder Verständnis geben, wenn sie zum Ziel der Klient:in passt.</translation>
    </message>
    <message>
        <source>How much is enough: the point, not the story.</source>
        <translation>Wie viel genügt: der Kern, nicht die ganze Geschichte.</translation>
    </message>
    <message>
        <source>Share, then hand the conversation back with a question about them.</source>
        <translation>Teilen Sie es, und geben Sie das Gespräch dann mit einer Frage an die Klient:in zurück.</translation>
    </message>
    <message>
        <source>Imagine it written in your notes of the session.</source>
        <translation>Stellen Sie sich vor, es stünde in Ihren Notizen zur Sitzung.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Nicht sicher</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>Das der Klient:in</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meines</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>It would meet a need of your own, and clients are not confidants: take it to a colleague, your supervisor or the people who support you.</source>
        <translation>Es würde ein eigenes Bedürfnis erfüllen, und Klient:innen sind keine Vertrauten: Besprechen Sie es mit Kolleg:innen, Ihrer Supervisor:in oder den Menschen, die Sie unterstützen.</translation>
    </message>
    <message>
        <source>It is not relevant to what the client is working on, so it would spend their time on your story.</source>
        <translation>Es hat nichts mit dem zu tun, woran die Klient:in arbeitet, und würde ihre Zeit mit Ihrer Geschichte füllen.</translation>
    </message>
    <message>
        <source>It cannot be told briefly, and a long story turns the session towards you.</source>
        <translation>Es lässt sich nicht kurz erzählen, und eine lange Geschichte lenkt die Sitzung auf Sie.</translation>
    </message>
    <message>
        <source>The focus would stay with you instead of coming straight back to the client.</source>
        <translation>Der Fokus bliebe bei Ihnen, statt gleich wieder zur Klient:in zurückzukehren.</translation>
    </message>
    <message>
        <source>You would not be comfortable seeing it in the record, a sign that it does not belong in the session.</source>
        <translation>Es wäre Ihnen nicht recht, das in den Unterlagen zu lesen, ein Zeichen dafür, dass es nicht in die Sitzung gehört.</translation>
    </message>
    <message>
        <source>You are not sure whose need it would serve.</source>
        <translation>Sie sind nicht sicher, wessen Bedürfnis es erfüllen würde.</translation>
    </message>
    <message>
        <source>You are not sure it is relevant to what the client is working on.</source>
        <translation>Sie sind nicht sicher, ob es mit dem zu tun hat, woran die Klient:in arbeitet.</translation>
    </message>
    <message>
        <source>You are not sure you can keep it brief.</source>
        <translation>Sie sind nicht sicher, ob Sie es kurz halten können.</translation>
    </message>
    <message>
        <source>You are not sure the focus would come straight back to the client.</source>
        <translation>Sie sind nicht sicher, ob der Fokus gleich wieder zur Klient:in zurückkehren würde.</translation>
    </message>
    <message>
        <source>You are not sure you would be comfortable seeing it in the record.</source>
        <translation>Sie sind nicht sicher, ob es Ihnen recht wäre, das in den Unterlagen zu lesen.</translation>
    </message>
    <message>
        <source>When in doubt, don&apos;t: hold it back for now and talk it over with your supervisor.</source>
        <translation>Im Zweifel lieber nicht: Behalten Sie es vorerst für sich, und besprechen Sie es mit Ihrer Supervisor:in.</translation>
    </message>
    <message>
        <source>It serves the client, speaks to their goal and can be said briefly: share it in a sentence or two, then turn the conversation back to them.</source>
        <translation>Es dient der Klient:in, passt zu ihrem Ziel und lässt sich kurz sagen: Teilen Sie es in ein, zwei Sätzen, und lenken Sie das Gespräch dann wieder auf sie.</translation>
    </message>
    <message>
        <source>Go ahead, briefly</source>
        <translation>Nur zu, aber kurz</translation>
    </message>
    <message>
        <source>Better not</source>
        <translation>Lieber nicht</translation>
    </message>
    <message>
        <source>Talk to your supervisor first</source>
        <translation>Erst mit Ihrer Supervisor:in sprechen</translation>
    </message>
</context>
<context>
    <name>DisclosureDecisions</name>
    <message>
        <source>I shared it briefly</source>
        <translation>Ich habe es kurz geteilt</translation>
    </message>
    <message>
        <source>I kept it to myself</source>
        <translation>Ich habe es für mich behalten</translation>
    </message>
    <message>
        <source>I&apos;ll talk it over with my supervisor</source>
        <translation>Ich bespreche es mit meiner Supervisor:in</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>Signed on paper.</source>
        <translation>Auf Papier unterschrieben.</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Name nicht erfasst</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Unterschrieben %1</translation>
    </message>
    <message>
        <source>Date: ____________________</source>
        <translation>Datum: ____________________</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>Die Praxis</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Die Klient:in</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>No practitioner was named.</source>
        <translation>Es wurde keine Fachperson genannt.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>No contact details were given.</source>
        <translation>Es wurden keine Kontaktdaten angegeben.</translation>
    </message>
    <message>
        <source>Consent to sign electronically</source>
        <translation>Einwilligung in die elektronische Unterschrift</translation>
    </message>
    <message>
        <source>No consent statement was recorded.</source>
        <translation>Es wurde keine Einwilligungserklärung erfasst.</translation>
    </message>
    <message>
        <source>The client gave this consent.</source>
        <translation>Die Klient:in hat diese Einwilligung gegeben.</translation>
    </message>
    <message>
        <source>The client has not given this consent.</source>
        <translation>Die Klient:in hat diese Einwilligung nicht gegeben.</translation>
    </message>
    <message>
        <source>Statement of intent</source>
        <translation>Absichtserklärung</translation>
    </message>
    <message>
        <source>No statement of intent was recorded.</source>
        <translation>Es wurde keine Absichtserklärung erfasst.</translation>
    </message>
    <message>
        <source>Practitioner (countersignature)</source>
        <translation>Fachperson (Gegenzeichnung)</translation>
    </message>
    <message>
        <source>Not countersigned yet</source>
        <translation>Noch nicht gegengezeichnet</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Noch nicht unterschrieben</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>Dokument-ID</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Unterzeichnung</translation>
    </message>
    <message>
        <source>Electronic, with the client&apos;s consent</source>
        <translation>Elektronisch, mit Einwilligung der Klient:in</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Auf Papier</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Unterschrift der Klient:in</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Unterschrift der Fachperson</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>Gegengezeichnet von</translation>
    </message>
    <message>
        <source>Practice time zone</source>
        <translation>Zeitzone der Praxis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Praxiszeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>No events were recorded.</source>
        <translation>Es wurden keine Ereignisse erfasst.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische Angaben</translation>
    </message>
    <message>
        <source>Computer: %1. Account on it: %2.</source>
        <translation>Computer: %1. Benutzerkonto darauf: %2.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Verifying this document</source>
        <translation>Dieses Dokument prüfen</translation>
    </message>
    <message>
        <source>Verify this document with Boundary Keeper: choose File ▸ Verify a PDF… in the app, or run &quot;boundary-keeper-cli verify FILE.pdf&quot;. The SHA-256 of the final PDF file is stored in the practice&apos;s records when it is produced; a file cannot contain its own hash, so this page carries the document ID instead. A file whose hash does not match the stored one has been altered.</source>
        <translation>Prüfen Sie dieses Dokument mit Boundary Keeper: Wählen Sie in der App Datei ▸ PDF prüfen… oder führen Sie „boundary-keeper-cli verify DATEI.pdf“ aus. Der SHA-256 der fertigen PDF-Datei wird bei ihrer Erstellung in den Unterlagen der Praxis gespeichert; eine Datei kann ihre eigene Prüfsumme nicht enthalten, deshalb trägt diese Seite stattdessen die Dokument-ID. Eine Datei, deren Prüfsumme nicht mit der gespeicherten übereinstimmt, wurde verändert.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>Das PDF ist leer geworden.</translation>
    </message>
    <message>
        <source>Unsigned copy · Document ID %1</source>
        <translation>Nicht unterschriebenes Exemplar · Dokument-ID %1</translation>
    </message>
    <message>
        <source>%1 · Document ID %2</source>
        <translation>%1 · Dokument-ID %2</translation>
    </message>
    <message>
        <source>To ask for a paper copy or to withdraw this consent: %1.</source>
        <translation>Wenn Sie ein Exemplar auf Papier möchten oder diese Einwilligung widerrufen wollen: %1.</translation>
    </message>
    <message>
        <source>Signing electronically</source>
        <translation>Elektronische Unterschrift</translation>
    </message>
    <message>
        <source>Paper copy: the client may ask for a paper copy of this document at any time, free of charge, from %1.</source>
        <translation>Exemplar auf Papier: Die Klient:in kann jederzeit kostenlos ein Exemplar dieses Dokuments auf Papier erhalten bei: %1.</translation>
    </message>
    <message>
        <source>Withdrawing consent: the client may withdraw the consent to sign electronically at any time by telling the practice. Documents are then given on paper; what was signed before stays valid.</source>
        <translation>Widerruf der Einwilligung: Die Klient:in kann die Einwilligung in die elektronische Unterschrift jederzeit widerrufen, indem sie es der Praxis mitteilt. Dokumente werden dann auf Papier ausgehändigt; was zuvor unterschrieben wurde, bleibt gültig.</translation>
    </message>
    <message>
        <source>Reading and keeping it: a computer, tablet or phone that opens PDF files, and somewhere to save or print the file.</source>
        <translation>Zum Lesen und Aufbewahren: ein Computer, Tablet oder Smartphone, das PDF-Dateien öffnen kann, und eine Möglichkeit, die Datei zu speichern oder auszudrucken.</translation>
    </message>
    <message>
        <source>Record trail at signing: %1</source>
        <translation>Stand des Prüfpfads bei der Unterschrift: %1</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>Follow up on the goal: %1</source>
        <translation>Nachverfolgung des Ziels: %1</translation>
    </message>
    <message>
        <source>Review the behavioural contract</source>
        <translation>Den Verhaltensvertrag überprüfen</translation>
    </message>
    <message>
        <source>Talk about it in private</source>
        <translation>Unter vier Augen darüber sprechen</translation>
    </message>
    <message>
        <source>Record the outcome and close the incident</source>
        <translation>Ergebnis festhalten und den Vorfall abschließen</translation>
    </message>
    <message>
        <source>The goals were met: record the outcome and close the incident</source>
        <translation>Die Ziele wurden erreicht: Ergebnis festhalten und den Vorfall abschließen</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>--out is required: a new or empty folder to write the export to.</source>
        <translation>--out ist erforderlich: ein neuer oder leerer Ordner für den Export.</translation>
    </message>
    <message>
        <source>Every file in %1 matches its manifest.</source>
        <translation>Jede Datei in %1 stimmt mit ihrem Manifest überein.</translation>
    </message>
    <message>
        <source>Write the whole practice as CSV, JSON and PDF files any program reads, with a manifest.</source>
        <translation>Die gesamte Praxis als CSV-, JSON- und PDF-Dateien schreiben, die jedes Programm lesen kann, mit einem Manifest.</translation>
    </message>
    <message>
        <source>A new or empty folder to write to (required).</source>
        <translation>Ein neuer oder leerer Ordner als Ziel (erforderlich).</translation>
    </message>
    <message>
        <source>DIR gets tables/NAME.csv and tables/NAME.json for every table, pdf/agreements/ and pdf/contracts/
with every signed PDF (named by its document ID), policy/version-N.json with each published
policy&apos;s canonical text, and manifest.json: every file with its size and SHA-256, the schema
version, the time of the export, the row counts and whose view it is (on a server a practitioner
exports only what they may see). Every file is readable by you only (0600).</source>
        <translation>DIR erhält tables/NAME.csv und tables/NAME.json für jede Tabelle, pdf/agreements/ und pdf/contracts/
mit jedem unterschriebenen PDF (nach seiner Dokument-ID benannt), policy/version-N.json mit dem kanonischen Text
jeder veröffentlichten Richtlinie und manifest.json: jede Datei mit Größe und SHA-256, die Schemaversion,
der Zeitpunkt des Exports, die Zeilenzahlen und wessen Sicht es ist (auf einem Server exportiert eine Fachperson
nur, was sie sehen darf). Nur Sie können die Dateien lesen (0600).</translation>
    </message>
    <message>
        <source>Check an exported folder against its manifest.</source>
        <translation>Einen exportierten Ordner anhand seines Manifests prüfen.</translation>
    </message>
    <message>
        <source>Exit status 0 when every file the manifest lists is there with its size and
SHA-256 and there is no other file; 1 naming the first mismatch otherwise.</source>
        <translation>Exit-Status 0, wenn jede im Manifest aufgeführte Datei mit ihrer Größe und ihrem
SHA-256 vorhanden ist und es keine andere Datei gibt; sonst 1, mit der ersten Abweichung.</translation>
    </message>
    <message>
        <source>Exported %1 with %2 and %3 to %4.</source>
        <translation>%1 mit %2 und %3 nach %4 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>%1 is a file; name a new or empty folder.</source>
        <translation>%1 ist eine Datei; geben Sie einen neuen oder leeren Ordner an.</translation>
    </message>
    <message>
        <source>%1 is not empty; name a new or empty folder, so that nothing in it is overwritten.</source>
        <translation>%1 ist nicht leer; geben Sie einen neuen oder leeren Ordner an, damit nichts darin überschrieben wird.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 holds no %2.</source>
        <translation>%1 enthält kein %2.</translation>
    </message>
    <message>
        <source>%1 is not a manifest of an export.</source>
        <translation>%1 ist kein Manifest eines Exports.</translation>
    </message>
    <message>
        <source>The manifest names %1, which is not a file in the folder.</source>
        <translation>Das Manifest nennt %1, das keine Datei im Ordner ist.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 differs from the manifest.</source>
        <translation>%1 weicht vom Manifest ab.</translation>
    </message>
    <message>
        <source>%1 is not in the manifest.</source>
        <translation>%1 steht nicht im Manifest.</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>“%1” is not a number of days; give a whole number from 1 to %2.</source>
        <translation>„%1“ ist keine Anzahl von Tagen; geben Sie eine ganze Zahl von 1 bis %2 an.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>--out is required: the calendar file to write.</source>
        <translation>--out ist erforderlich: die zu schreibende Kalenderdatei.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-up(s) to %1.</source>
        <translation>
            <numerusform>%n Nachverfolgung nach %1 geschrieben.</numerusform>
            <numerusform>%n Nachverfolgungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>FILE ersetzen, wenn die Datei schon existiert.</translation>
    </message>
    <message>
        <source>List the next actions due on open incidents: overdue, today, upcoming.</source>
        <translation>Die nächsten fälligen Schritte offener Vorfälle auflisten: überfällig, heute, demnächst.</translation>
    </message>
    <message>
        <source>How many days after today count as upcoming (default %1).</source>
        <translation>Wie viele Tage nach heute als „demnächst“ gelten (Standard %1).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>Overdue follow-ups come first, then those due today, then the upcoming ones; each group
earliest first. CSV and JSON keys: when (overdue, today or upcoming), due (YYYY-MM-DD),
incident_id, client_id, client_name, boundary (key), next_action.</source>
        <translation>Überfällige Nachverfolgungen kommen zuerst, dann die heute fälligen, dann die kommenden; jede Gruppe
früheste zuerst. CSV- und JSON-Schlüssel: when (overdue, today oder upcoming), due (JJJJ-MM-TT),
incident_id, client_id, client_name, boundary (Schlüssel), next_action.</translation>
    </message>
    <message>
        <source>Write the follow-ups as an iCalendar file that calendar programs import.</source>
        <translation>Die Nachverfolgungen als iCalendar-Datei schreiben, die Kalenderprogramme importieren.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Only upcoming follow-ups due within N days after today (default: all).</source>
        <translation>Nur kommende Nachverfolgungen, die innerhalb von N Tagen nach heute fällig sind (Standard: alle).</translation>
    </message>
    <message>
        <source>One all-day event (RFC 5545) per follow-up on its due date: overdue ones, those due today and
the upcoming ones. An event&apos;s UID is made of its incident and due date, so importing the same
follow-ups again does not duplicate them. Your periods of reduced availability in that time are
events over their days, saying what changes (never why). The file is readable by you only (0600);
an existing file is only replaced with --force.</source>
        <translation>Ein ganztägiger Termin (RFC 5545) je Nachverfolgung an ihrem Fälligkeitstag: überfällige, heute fällige
und anstehende. Die UID eines Termins setzt sich aus Vorfall und Fälligkeitsdatum zusammen, sodass ein erneuter
Import derselben Nachverfolgungen sie nicht verdoppelt. Ihre Zeiträume eingeschränkter Erreichbarkeit in dieser Zeit
sind Termine über ihre Tage, die sagen, was sich ändert (nie warum). Nur Sie können die Datei lesen (0600);
eine bestehende Datei wird nur mit --force ersetzt.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>listing follow-ups</source>
        <translation>Auflisten der Nachverfolgungen</translation>
    </message>
    <message>
        <source>counting follow-ups</source>
        <translation>Zählen der Nachverfolgungen</translation>
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
        <translation>Klient:in: %1
Grenze: %2
Vorfall %3 in Boundary Keeper</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Keine Sitzungen.</translation>
    </message>
    <message>
        <source>Slower replies.</source>
        <translation>Langsamere Antworten.</translation>
    </message>
    <message>
        <source>Covered by %1.</source>
        <translation>Vertretung: %1.</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Eingeschränkte Erreichbarkeit</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Line %1: %2 matches client %3 (%4).</source>
        <translation>Zeile %1: %2 stimmt mit Klient:in %3 (%4) überein.</translation>
    </message>
    <message>
        <source>Line %1 rejected: %2</source>
        <translation>Zeile %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>--format: “%1” is not csv or vcard.</source>
        <translation>--format: „%1“ ist weder csv noch vcard.</translation>
    </message>
    <message>
        <source>--duplicates: “%1” is not skip, update-empty or new.</source>
        <translation>--duplicates: „%1“ ist weder skip, update-empty noch new.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No column of %1 gives the clients&apos; names. Write a mapping (--mapping) that maps one to full_name, given_name or family_name.</source>
        <translation>Keine Spalte von %1 enthält die Namen der Klient:innen. Schreiben Sie eine Zuordnung (--mapping), die eine Spalte full_name, given_name oder family_name zuordnet.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>Already in the register: %1</source>
        <translation>Bereits im Verzeichnis: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Import these clients? [y/N] </source>
        <translation>Diese Klient:innen importieren? [ja/N] </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Import clients from a CSV file or a vCard address book.</source>
        <translation>Klient:innen aus einer CSV-Datei oder einem vCard-Adressbuch importieren.</translation>
    </message>
    <message>
        <source>How the file is written; by default its name and start tell.</source>
        <translation>Wie die Datei geschrieben ist; standardmäßig verraten es ihr Name und ihr Anfang.</translation>
    </message>
    <message>
        <source>A JSON file naming the field each column fills, e.g. {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}; by default the headers tell.</source>
        <translation>Eine JSON-Datei, die für jede Spalte das Feld nennt, das sie füllt, z. B. {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}; standardmäßig bestimmen es die Spaltenköpfe.</translation>
    </message>
    <message>
        <source>What to do with rows that match a client by email or phone: skip them (default), fill the client&apos;s empty fields, or import them as new clients.</source>
        <translation>Was mit Zeilen geschehen soll, die per E-Mail oder Telefon zu einer Klient:in passen: überspringen (Vorgabe), die leeren Felder der Klient:in füllen oder als neue Klient:innen importieren.</translation>
    </message>
    <message>
        <source>Save the rejected rows, with line and reason, as CSV to correct and import again.</source>
        <translation>Die abgelehnten Zeilen mit Zeile und Grund als CSV speichern, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <source>Show what the import would do; write nothing.</source>
        <translation>Anzeigen, was der Import tun würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import without asking for confirmation.</source>
        <translation>Ohne Rückfrage importieren.</translation>
    </message>
    <message>
        <source>Reads Google Contacts and Outlook CSV exports, Excel and LibreOffice CSV in any encoding and with comma, semicolon or tab, and vCard 2.1, 3.0 and 4.0. Phone numbers are read in the practice&apos;s region. Every rejected row is listed with its line and reason. The clients are written in one transaction: all or none.</source>
        <translation>Liest CSV-Exporte aus Google Kontakte und Outlook, CSV aus Excel und LibreOffice in jeder Kodierung und mit Komma, Semikolon oder Tabulator sowie vCard 2.1, 3.0 und 4.0. Telefonnummern werden in der Region der Praxis gelesen. Jede abgelehnte Zeile wird mit ihrer Zeile und ihrem Grund aufgeführt. Die Klient:innen werden in einer Transaktion geschrieben: alle oder keine.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Gelesen als: %1</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when the one detected reads its names wrongly, e.g. windows-1252 or macintosh (Mac Roman); by default its bytes tell.</source>
        <translation>Die Zeichenkodierung der Datei, wenn die erkannte ihre Namen falsch liest, z. B. windows-1252 oder macintosh (Mac Roman); standardmäßig entscheiden ihre Bytes.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>This is not a column mapping: it should be JSON like {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}.</source>
        <translation>Dies ist keine Spaltenzuordnung: Sie sollte JSON sein wie {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}.</translation>
    </message>
    <message>
        <source>The column “%1” is mapped to “%2”, which is not a field; use one of: %3.</source>
        <translation>Die Spalte „%1“ ist „%2“ zugeordnet, das kein Feld ist; verwenden Sie eines von: %3.</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message numerus="yes">
        <source>Imported %n client(s), updated %1, skipped %2, rejected %3.</source>
        <translation>
            <numerusform>%n Klient:in importiert, %1 aktualisiert, %2 übersprungen, %3 abgelehnt.</numerusform>
            <numerusform>%n Klient:innen importiert, %1 aktualisiert, %2 übersprungen, %3 abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Das Lesen der Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a quote or delimiter misplaced?</source>
        <translation>Die Zeile hat %1 Werte, aber die Kopfzeile nennt %2 Spalten; steht ein Anführungs- oder Trennzeichen falsch?</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Gleiche E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Gleiche Telefonnummer</translation>
    </message>
    <message>
        <source>The same email address as line %1.</source>
        <translation>Dieselbe E-Mail-Adresse wie in Zeile %1.</translation>
    </message>
    <message>
        <source>The same phone number as line %1.</source>
        <translation>Dieselbe Telefonnummer wie in Zeile %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>The file holds more than %1 rows; an import reads at most %1. Split it into smaller files and import them one after the other.</source>
        <translation>Die Datei enthält mehr als %1 Zeilen; ein Import liest höchstens %1. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>%1 has changed since it was read: read it again and check what it would import now.</source>
        <translation>%1 wurde geändert, seit die Datei gelesen wurde: Lesen Sie sie erneut und prüfen Sie, was sie jetzt importieren würde.</translation>
    </message>
    <message>
        <source>This plan was not read from a file and cannot be read again.</source>
        <translation>Dieser Plan wurde nicht aus einer Datei gelesen und kann nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>Saving the rejected rows was cancelled.</source>
        <translation>Das Speichern der abgelehnten Zeilen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Es gibt keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import reads files of up to %3 MB. Split it into smaller files and import them one after the other.</source>
        <translation>%1 ist %2 MB groß; ein Import liest Dateien bis %3 MB. Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Die Datei ist leer: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data. Export the address book or spreadsheet as CSV or vCard (.vcf) and import that file.</source>
        <translation>Dies ist keine Textdatei: Sie enthält Binärdaten. Exportieren Sie das Adressbuch oder die Tabelle als CSV oder vCard (.vcf) und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>The file is written in the encoding %1, which cannot be read here. Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist in der Kodierung %1 geschrieben, die hier nicht gelesen werden kann. Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters; address books and spreadsheets do not write such lines. Is this really a CSV or vCard file?</source>
        <translation>Zeile %1 ist länger als %2 Zeichen; Adressbücher und Tabellenkalkulationen schreiben keine solchen Zeilen. Ist dies wirklich eine CSV- oder vCard-Datei?</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian: Excel&apos;s &quot;Unicode text&quot;)</source>
        <translation>Unicode (UTF-16, Little Endian: „Unicode-Text“ von Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, Big Endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Westeuropäisch (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Westeuropäisch (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15, with €)</source>
        <translation>Westeuropäisch (ISO-8859-15, mit €)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman: Excel for Mac)</source>
        <translation>Westeuropäisch (Mac Roman: Excel für Mac)</translation>
    </message>
    <message>
        <source>Western European (DOS, code page 850)</source>
        <translation>Westeuropäisch (DOS, Codepage 850)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Mitteleuropäisch (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Mitteleuropäisch (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Kyrillisch (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Kyrillisch (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Griechisch (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Türkisch (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Baltisch (Windows-1257)</translation>
    </message>
    <message>
        <source>In %1 this file reads as binary data (bytes of zero, as UTF-16 writes them): choose another encoding.</source>
        <translation>In %1 gelesen enthält diese Datei Binärdaten (Null-Bytes, wie UTF-16 sie schreibt): Wählen Sie eine andere Zeichenkodierung.</translation>
    </message>
    <message>
        <source>“%1” is not an encoding that can be read here. Choose one of: %2.</source>
        <translation>„%1“ ist keine Zeichenkodierung, die hier gelesen werden kann. Wählen Sie eine von: %2.</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Major</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Practitioner (self-reported)</source>
        <translation>Fachperson (selbst gemeldet)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Entworfen</translation>
    </message>
    <message>
        <source>To be signed on paper</source>
        <translation>Auf Papier zu unterschreiben</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Outside hours</source>
        <translation>Außerhalb der Arbeitszeiten</translation>
    </message>
    <message>
        <source>Outside channels</source>
        <translation>Außerhalb der Kontaktwege</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Selbst gemeldet</translation>
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
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>--%1 is required; an incident needs a client, a boundary and a description.</source>
        <translation>--%1 ist erforderlich; ein Vorfall braucht eine Klient:in, eine Grenze und eine Beschreibung.</translation>
    </message>
    <message>
        <source>Only the incidents of this client.</source>
        <translation>Nur die Vorfälle dieser Klient:in.</translation>
    </message>
    <message>
        <source>Log a crossed boundary and print the new incident&apos;s id.</source>
        <translation>Eine überschrittene Grenze erfassen und die ID des neuen Vorfalls ausgeben.</translation>
    </message>
    <message>
        <source>The client concerned (required).</source>
        <translation>Die betroffene Klient:in (erforderlich).</translation>
    </message>
    <message>
        <source>The boundary crossed, by its key in the current policy (required; “policy show” lists the keys).</source>
        <translation>Die überschrittene Grenze, mit ihrem Schlüssel in der aktuellen Richtlinie (erforderlich; „policy show“ listet die Schlüssel).</translation>
    </message>
    <message>
        <source>What happened, in a few factual words (required).</source>
        <translation>Was passiert ist, in wenigen sachlichen Worten (erforderlich).</translation>
    </message>
    <message>
        <source>How it happened: %1 (default in_person).</source>
        <translation>Wie es geschah: %1 (Standard in_person).</translation>
    </message>
    <message>
        <source>When it happened (default now), ISO 8601: 2026-03-01T21:30Z or 2026-03-01T21:30+01:00; a time without Z or an offset is in the practice&apos;s time zone (see “practice show”).</source>
        <translation>Wann es geschah (Standard jetzt), ISO 8601: 2026-03-01T21:30Z oder 2026-03-01T21:30+01:00; eine Zeit ohne Z oder Versatz gilt in der Zeitzone der Praxis (siehe „practice show“).</translation>
    </message>
    <message>
        <source>%1 (default minor).</source>
        <translation>%1 (Standard minor).</translation>
    </message>
    <message>
        <source>Who crossed it: %1 (a self-reported lapse; default client).</source>
        <translation>Wer sie überschritten hat: %1 (ein eigener Grenzübertritt; Standard client).</translation>
    </message>
    <message>
        <source>The incident is flagged automatically when it happened outside the agreed working hours or
through a channel that is not agreed, and gets its first next action on the escalation ladder.
An unknown client, a boundary that is not in the current policy, an empty description or a time
in the future is refused (exit status 1) and nothing is stored.</source>
        <translation>Der Vorfall wird automatisch markiert, wenn er außerhalb der vereinbarten Arbeitszeiten oder über einen
nicht vereinbarten Kontaktweg geschah, und erhält seinen ersten nächsten Schritt auf der Eskalationsleiter.
Eine unbekannte Klient:in, eine Grenze, die nicht in der aktuellen Richtlinie steht, eine leere Beschreibung oder eine Zeit
in der Zukunft wird abgelehnt (Exit-Status 1), und nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>Vorfälle auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only incidents with this status: %1.</source>
        <translation>Nur Vorfälle mit diesem Status: %1.</translation>
    </message>
    <message>
        <source>Only open incidents whose next action is overdue.</source>
        <translation>Nur offene Vorfälle, deren nächster Schritt überfällig ist.</translation>
    </message>
    <message>
        <source>Only incidents about this boundary.</source>
        <translation>Nur Vorfälle zu dieser Grenze.</translation>
    </message>
    <message>
        <source>Only incidents where this side crossed the boundary: %1.</source>
        <translation>Nur Vorfälle, bei denen diese Seite die Grenze überschritten hat: %1.</translation>
    </message>
    <message>
        <source>Only incidents on or after this day.</source>
        <translation>Nur Vorfälle an oder nach diesem Tag.</translation>
    </message>
    <message>
        <source>Only incidents on or before this day.</source>
        <translation>Nur Vorfälle an oder vor diesem Tag.</translation>
    </message>
    <message>
        <source>table (default), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (Standard), csv (RFC 4180, mit Kopfzeile) oder json (ein Array von Objekten).</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, client_id, client_name, occurred_at (UTC, ISO 8601 ending in Z),
boundary (key), policy_version, channel, severity (minor or major), by (client or
practitioner), description, outside_hours, outside_channel (true or false), step (the furthest
ladder step recorded; null before the first), next_action, next_due (YYYY-MM-DD; null when
closed), status (open or closed). Rows are read a page at a time, so any number of incidents
can be listed.</source>
        <translation>CSV- und JSON-Schlüssel: id, client_id, client_name, occurred_at (UTC, ISO 8601 mit Z am Ende),
boundary (Schlüssel), policy_version, channel, severity (minor oder major), by (client oder
practitioner), description, outside_hours, outside_channel (true oder false), step (die höchste
erfasste Stufe; null vor der ersten), next_action, next_due (JJJJ-MM-TT; null wenn
abgeschlossen), status (open oder closed). Die Zeilen werden seitenweise gelesen, sodass beliebig viele Vorfälle
aufgelistet werden können.</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Client:</source>
        <translation>Klient:in:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kontaktweg:</translation>
    </message>
    <message>
        <source>Crossed by:</source>
        <translation>Überschritten von:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Was passiert ist:</translation>
    </message>
    <message>
        <source>Boundary:</source>
        <translation>Grenze:</translation>
    </message>
    <message>
        <source>Logged:</source>
        <translation>Erfasst:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Responsible practitioner:</source>
        <translation>Verantwortliche Fachperson:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Datensatz:</translation>
    </message>
</context>
<context>
    <name>IncidentListQuery</name>
    <message>
        <source>listing incidents</source>
        <translation>Auflisten der Vorfälle</translation>
    </message>
    <message>
        <source>counting incidents</source>
        <translation>Zählen der Vorfälle</translation>
    </message>
    <message>
        <source>finding the incident</source>
        <translation>Suchen des Vorfalls</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>logging the incident</source>
        <translation>Erfassen des Vorfalls</translation>
    </message>
    <message>
        <source>reading the incident</source>
        <translation>Lesen des Vorfalls</translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation>Vorfall %1 existiert nicht.</translation>
    </message>
    <message>
        <source>saving the incident&apos;s next step</source>
        <translation>Speichern des nächsten Schritts des Vorfalls</translation>
    </message>
    <message>
        <source>closing the incident</source>
        <translation>Abschließen des Vorfalls</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>Erfassen der Stufe</translation>
    </message>
    <message>
        <source>recording a goal</source>
        <translation>Erfassen eines Ziels</translation>
    </message>
    <message>
        <source>reading the step</source>
        <translation>Lesen der Stufe</translation>
    </message>
    <message>
        <source>Step entry %1 does not exist.</source>
        <translation>Stufeneintrag %1 existiert nicht.</translation>
    </message>
    <message>
        <source>reading the incident&apos;s steps</source>
        <translation>Lesen der Stufen des Vorfalls</translation>
    </message>
    <message>
        <source>reading the incident&apos;s goals</source>
        <translation>Lesen der Ziele des Vorfalls</translation>
    </message>
    <message>
        <source>reading the follow-up</source>
        <translation>Lesen der Nachverfolgung</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>Nachverfolgung %1 existiert nicht.</translation>
    </message>
    <message>
        <source>recording the follow-up</source>
        <translation>Erfassen der Nachverfolgung</translation>
    </message>
    <message>
        <source>reading the follow-up outcome</source>
        <translation>Lesen des Nachverfolgungsergebnisses</translation>
    </message>
    <message>
        <source>Follow-up outcome %1 does not exist.</source>
        <translation>Nachverfolgungsergebnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>reading the follow-up outcomes</source>
        <translation>Lesen der Nachverfolgungsergebnisse</translation>
    </message>
    <message>
        <source>reading the client&apos;s incidents</source>
        <translation>Lesen der Vorfälle der Klient:in</translation>
    </message>
    <message>
        <source>reading the client&apos;s steps</source>
        <translation>Lesen der Stufen der Klient:in</translation>
    </message>
    <message>
        <source>reading the client&apos;s timeline</source>
        <translation>Lesen des Verlaufs der Klient:in</translation>
    </message>
    <message>
        <source>moving the due date</source>
        <translation>Verschieben des Fälligkeitsdatums</translation>
    </message>
    <message>
        <source>reading the moved due dates</source>
        <translation>Lesen der verschobenen Fälligkeitsdaten</translation>
    </message>
    <message>
        <source>reading what the incident is checked against</source>
        <translation>Lesen dessen, woran der Vorfall geprüft wird</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Choose the client the incident concerns.</source>
        <translation>Wählen Sie die Klient:in, die der Vorfall betrifft.</translation>
    </message>
    <message>
        <source>The chosen client no longer exists.</source>
        <translation>Die gewählte Klient:in existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose the boundary that was crossed.</source>
        <translation>Wählen Sie die Grenze, die überschritten wurde.</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is not part of the current policy (version %2).</source>
        <translation>Die Grenze „%1“ gehört nicht zur aktuellen Richtlinie (Version %2).</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is not part of the policy.</source>
        <translation>Die Grenze „%1“ gehört nicht zur Richtlinie.</translation>
    </message>
    <message>
        <source>Describe what happened, in a few factual words.</source>
        <translation>Beschreiben Sie in wenigen sachlichen Worten, was passiert ist.</translation>
    </message>
    <message>
        <source>An incident cannot be logged for a time in the future.</source>
        <translation>Ein Vorfall kann nicht für einen Zeitpunkt in der Zukunft erfasst werden.</translation>
    </message>
    <message>
        <source>This incident is closed; new steps can no longer be recorded on it.</source>
        <translation>Dieser Vorfall ist abgeschlossen; es können keine neuen Stufen mehr erfasst werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the practice&apos;s ladder.</source>
        <translation>„%1“ ist keine Stufe der Eskalationsleiter der Praxis.</translation>
    </message>
    <message>
        <source>Note the gist of the conversation.</source>
        <translation>Halten Sie das Wesentliche des Gesprächs fest.</translation>
    </message>
    <message>
        <source>The written summary has no text.</source>
        <translation>Die schriftliche Zusammenfassung hat keinen Text.</translation>
    </message>
    <message>
        <source>Set at least one goal with a follow-up date.</source>
        <translation>Setzen Sie mindestens ein Ziel mit einem Nachverfolgungstermin.</translation>
    </message>
    <message>
        <source>Every goal needs a description.</source>
        <translation>Jedes Ziel braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; needs a follow-up date.</source>
        <translation>Das Ziel „%1“ braucht einen Nachverfolgungstermin.</translation>
    </message>
    <message>
        <source>This follow-up already has an outcome; record a correction instead.</source>
        <translation>Diese Nachverfolgung hat bereits ein Ergebnis; erfassen Sie stattdessen eine Korrektur.</translation>
    </message>
    <message>
        <source>Say in the contract what appropriate behaviour is.</source>
        <translation>Beschreiben Sie im Vertrag, was angemessenes Verhalten ist.</translation>
    </message>
    <message>
        <source>Give the contract at least one measurable goal.</source>
        <translation>Geben Sie dem Vertrag mindestens ein messbares Ziel.</translation>
    </message>
    <message>
        <source>Give the contract a review date.</source>
        <translation>Geben Sie dem Vertrag einen Überprüfungstermin.</translation>
    </message>
    <message>
        <source>Choose the provided resources from the practice library.</source>
        <translation>Wählen Sie die bereitgestellten Materialien aus der Materialsammlung der Praxis.</translation>
    </message>
    <message>
        <source>Add a short note about this step.</source>
        <translation>Fügen Sie eine kurze Notiz zu dieser Stufe hinzu.</translation>
    </message>
    <message>
        <source>Describe the outcome before closing the incident.</source>
        <translation>Beschreiben Sie das Ergebnis, bevor Sie den Vorfall abschließen.</translation>
    </message>
    <message>
        <source>This incident is already closed.</source>
        <translation>Dieser Vorfall ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The boundary of this incident is no longer part of the policy.</source>
        <translation>Die Grenze dieses Vorfalls gehört nicht mehr zur Richtlinie.</translation>
    </message>
    <message>
        <source>Record the conversation first; the summary is written from it.</source>
        <translation>Erfassen Sie zuerst das Gespräch; die Zusammenfassung wird daraus geschrieben.</translation>
    </message>
    <message>
        <source>Choose the date to move the follow-up to.</source>
        <translation>Wählen Sie das Datum, auf das die Nachverfolgung verschoben wird.</translation>
    </message>
    <message>
        <source>Incident %1 has no follow-up due to move.</source>
        <translation>Vorfall %1 hat keine fällige Nachverfolgung zum Verschieben.</translation>
    </message>
    <message>
        <source>The follow-up of incident %1 is already due on %2.</source>
        <translation>Die Nachverfolgung von Vorfall %1 ist bereits am %2 fällig.</translation>
    </message>
</context>
<context>
    <name>IncidentShowCommand</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Gesendet als: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Überprüfung am %1</translation>
    </message>
    <message>
        <source>Provided: %1</source>
        <translation>Bereitgestellt: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (heute)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (Klient:in %2)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Crossed by</source>
        <translation>Überschritten von</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stufe der Leiter</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>noch keine erfasst</translation>
    </message>
    <message>
        <source>%1 [%2], step %3 of %4</source>
        <translation>%1 [%2], Stufe %3 von %4</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Recorded steps (%1)</source>
        <translation>Erfasste Stufen (%1)</translation>
    </message>
    <message>
        <source>#%1  %2  %3 [%4]</source>
        <translation>#%1  %2  %3 [%4]</translation>
    </message>
    <message>
        <source>(correction of #%1)</source>
        <translation>(Korrektur von #%1)</translation>
    </message>
    <message>
        <source>(corrected later; no longer in force)</source>
        <translation>(später korrigiert; nicht mehr gültig)</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Erfasst %1</translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation>Ziele (%1)</translation>
    </message>
    <message>
        <source>#%1  %2, follow up on %3</source>
        <translation>#%1  %2, Nachverfolgung am %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(recorded %1)</source>
        <translation>(erfasst %1)</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(Korrektur)</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>Noch kein Ergebnis erfasst.</translation>
    </message>
    <message>
        <source>“%1” is not an incident id; ids are whole numbers above 0, as “incidents list” shows.</source>
        <translation>„%1“ ist keine Vorfall-ID; IDs sind ganze Zahlen über 0, wie „incidents list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>Show one incident: its flags, where it stands on the ladder, every recorded step and its goals.</source>
        <translation>Einen Vorfall anzeigen: seine Hinweise, wo er auf der Eskalationsleiter steht, jede erfasste Stufe und seine Ziele.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>JSON keys: those of “incidents list”, and boundary_title, next_step, outcome, closed_at,
created_at, recorded_by, responsible, created_by, changed_by (logins of practitioners), steps [{id, step, happened_at, note, details, corrects_id, corrected,
recorded_at, recorded_by}] and goals [{id, step_id, goal, due, result (in force; null before
any), outcomes [{id, result (met, partly_met or not_met), note, corrects_id, corrected,
recorded_at, recorded_by}]}]. Recorded steps and outcomes never change: a correction is a new
entry naming the one it corrects (corrects_id), and the corrected entry is marked corrected.</source>
        <translation>JSON-Schlüssel: die von „incidents list“ sowie boundary_title, next_step, outcome, closed_at,
created_at, recorded_by, responsible, created_by, changed_by (Anmeldenamen von Fachpersonen), steps [{id, step, happened_at, note, details, corrects_id, corrected,
recorded_at, recorded_by}] und goals [{id, step_id, goal, due, result (das geltende; null vor
dem ersten), outcomes [{id, result (met, partly_met oder not_met), note, corrects_id, corrected,
recorded_at, recorded_by}]}]. Erfasste Stufen und Ergebnisse ändern sich nie: Eine Korrektur ist ein neuer
Eintrag, der den korrigierten nennt (corrects_id), und der korrigierte Eintrag wird als corrected markiert.</translation>
    </message>
</context>
<context>
    <name>MetaRepository</name>
    <message>
        <source>reading settings</source>
        <translation>Lesen der Einstellungen</translation>
    </message>
    <message>
        <source>saving settings</source>
        <translation>Speichern der Einstellungen</translation>
    </message>
</context>
<context>
    <name>PaperSize</name>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
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
        <translation>Der System-Schlüsselbund hat den Zugriff auf das Passwort verweigert.</translation>
    </message>
    <message>
        <source>No system keyring is available on this desktop.</source>
        <translation>Auf diesem Desktop ist kein System-Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>“%1” is not a policy version; versions are the whole numbers “policy versions” lists.</source>
        <translation>„%1“ ist keine Richtlinienversion; Versionen sind die ganzen Zahlen, die „policy versions“ auflistet.</translation>
    </message>
    <message>
        <source>Boundaries (%1)</source>
        <translation>Grenzen (%1)</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 [%3]</translation>
    </message>
    <message>
        <source>Appropriate: %1</source>
        <translation>Angemessen: %1</translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation>Konsequenz: %1</translation>
    </message>
    <message numerus="yes">
        <source>Consequence ladder (%n step(s))</source>
        <translation>
            <numerusform>Eskalationsleiter (%n Stufe)</numerusform>
            <numerusform>Eskalationsleiter (%n Stufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundary policy: draft (not published)</source>
        <translation>Grenzrichtlinie: Entwurf (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>SHA-256 if published</source>
        <translation>SHA-256 bei Veröffentlichung</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Choose either --version or --draft, not both.</source>
        <translation>Wählen Sie entweder --version oder --draft, nicht beides.</translation>
    </message>
    <message>
        <source>No policy version has been published yet. “%1 policy show --draft” shows the draft; “%1 policy publish” publishes it.</source>
        <translation>Es wurde noch keine Richtlinienversion veröffentlicht. „%1 policy show --draft“ zeigt den Entwurf; „%1 policy publish“ veröffentlicht ihn.</translation>
    </message>
    <message>
        <source>Boundary policy, version %1</source>
        <translation>Grenzrichtlinie, Version %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>No policy version has been published yet.</source>
        <translation>Es wurde noch keine Richtlinienversion veröffentlicht.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>Added: %1 [%2], at position %3</source>
        <translation>Hinzugefügt: %1 [%2], an Position %3</translation>
    </message>
    <message>
        <source>Removed: %1 [%2], was at position %3</source>
        <translation>Entfernt: %1 [%2], war an Position %3</translation>
    </message>
    <message>
        <source>Changed: %1 [%2]</source>
        <translation>Geändert: %1 [%2]</translation>
    </message>
    <message>
        <source>(moved from position %1 to %2)</source>
        <translation>(von Position %1 nach %2 verschoben)</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>Die Versionen %1 und %2 haben denselben Inhalt.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Änderungen von Version %1 zu Version %2</translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation>Grenzen:</translation>
    </message>
    <message>
        <source>Consequence ladder:</source>
        <translation>Eskalationsleiter:</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>Version %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) acknowledged an older version and now need to acknowledge this one.</source>
        <translation>
            <numerusform>%n Klient:in hat eine ältere Version bestätigt und muss nun diese bestätigen.</numerusform>
            <numerusform>%n Klient:innen haben eine ältere Version bestätigt und müssen nun diese bestätigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a published version of the boundary policy, the latest by default.</source>
        <translation>Eine veröffentlichte Version der Grenzrichtlinie anzeigen, standardmäßig die neueste.</translation>
    </message>
    <message>
        <source>The published version to show.</source>
        <translation>Die anzuzeigende veröffentlichte Version.</translation>
    </message>
    <message>
        <source>Show the draft, which is not published yet.</source>
        <translation>Den Entwurf anzeigen, der noch nicht veröffentlicht ist.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256 (of the canonical text),
draft (true with --draft: then version and published_at are null, sha256 is the hash the draft
would be published with, and based_on_version and retired_keys are added), boundaries [{key,
title, description, appropriate, consequence}] and ladder [{key, title, description}], in
policy order.</source>
        <translation>JSON-Schlüssel: version, published_at (UTC, ISO 8601 mit Z am Ende), sha256 (des kanonischen Texts),
draft (true mit --draft: dann sind version und published_at null, sha256 ist die Prüfsumme, mit der der Entwurf
veröffentlicht würde, und based_on_version und retired_keys kommen hinzu), boundaries [{key,
title, description, appropriate, consequence}] und ladder [{key, title, description}], in
der Reihenfolge der Richtlinie.</translation>
    </message>
    <message>
        <source>List the published versions of the boundary policy, oldest first.</source>
        <translation>Die veröffentlichten Versionen der Grenzrichtlinie auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>table (default, with a shortened hash), csv or json.</source>
        <translation>table (Standard, mit gekürzter Prüfsumme), csv oder json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256, boundary_count.</source>
        <translation>CSV- und JSON-Schlüssel: version, published_at (UTC, ISO 8601 mit Z am Ende), sha256, boundary_count.</translation>
    </message>
    <message>
        <source>Show what changed from published version A to version B.</source>
        <translation>Zeigen, was sich von der veröffentlichten Version A zu Version B geändert hat.</translation>
    </message>
    <message>
        <source>JSON keys: from and to ({version, sha256}), identical, boundaries and ladder: arrays of
{change (added, removed or changed), key, old_title, new_title, old_position, new_position
(counting from 1; null when absent), moved, fields [{field, old, new}]}. Changed items list
only the fields that differ; added and removed items list every field.</source>
        <translation>JSON-Schlüssel: from und to ({version, sha256}), identical, boundaries und ladder: Arrays aus
{change (added, removed oder changed), key, old_title, new_title, old_position, new_position
(ab 1 gezählt; null, wenn nicht vorhanden), moved, fields [{field, old, new}]}. Geänderte Einträge listen
nur die abweichenden Felder; hinzugefügte und entfernte Einträge listen alle Felder.</translation>
    </message>
    <message>
        <source>Publish the draft as the next version and print its number and SHA-256.</source>
        <translation>Den Entwurf als nächste Version veröffentlichen und ihre Nummer und ihren SHA-256 ausgeben.</translation>
    </message>
    <message>
        <source>A published version never changes. Publishing is refused when the draft is the
same as the latest version.</source>
        <translation>Eine veröffentlichte Version ändert sich nie. Die Veröffentlichung wird abgelehnt, wenn der Entwurf
der neuesten Version gleicht.</translation>
    </message>
</context>
<context>
    <name>PolicyField</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Appropriate behaviour</source>
        <translation>Angemessenes Verhalten</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Konsequenz</translation>
    </message>
</context>
<context>
    <name>PolicyHtml</name>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved from position %1 to %2.</source>
        <translation>Von Position %1 nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Veröffentlicht %1</translation>
    </message>
    <message>
        <source>Appropriate behaviour:</source>
        <translation>Angemessenes Verhalten:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Konsequenz:</translation>
    </message>
    <message>
        <source>Consequence ladder</source>
        <translation>Eskalationsleiter</translation>
    </message>
    <message>
        <source>%1 and %2 have the same content.</source>
        <translation>%1 und %2 haben denselben Inhalt.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>• %1 added: %2</source>
        <translation>• %1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>• %1 removed: %2</source>
        <translation>• %1 entfernt: %2</translation>
    </message>
    <message>
        <source>• %1 changed: %2 (%3)</source>
        <translation>• %1 geändert: %2 (%3)</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stufe der Leiter</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>appropriate behaviour</source>
        <translation>angemessenes Verhalten</translation>
    </message>
    <message>
        <source>consequence</source>
        <translation>Konsequenz</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>reading the draft policy</source>
        <translation>Lesen des Richtlinienentwurfs</translation>
    </message>
    <message>
        <source>saving the draft policy</source>
        <translation>Speichern des Richtlinienentwurfs</translation>
    </message>
    <message>
        <source>publishing the policy</source>
        <translation>Veröffentlichen der Richtlinie</translation>
    </message>
    <message>
        <source>reading the policy versions</source>
        <translation>Lesen der Richtlinienversionen</translation>
    </message>
    <message>
        <source>reading policy version %1</source>
        <translation>Lesen der Richtlinienversion %1</translation>
    </message>
    <message>
        <source>There is no published policy version %1.</source>
        <translation>Es gibt keine veröffentlichte Richtlinienversion %1.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Nothing has been published yet, so there is no version to return the draft to.</source>
        <translation>Es wurde noch nichts veröffentlicht, daher gibt es keine Version, auf die der Entwurf zurückgesetzt werden könnte.</translation>
    </message>
    <message>
        <source>The draft has no active boundaries. Add or restore at least one before publishing.</source>
        <translation>Der Entwurf hat keine aktiven Grenzen. Fügen Sie vor dem Veröffentlichen mindestens eine hinzu oder stellen Sie eine wieder her.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, so there is nothing new to publish.</source>
        <translation>Der Entwurf gleicht Version %1, daher gibt es nichts Neues zu veröffentlichen.</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>The practice has not described itself yet; these are the defaults.</source>
        <translation>Die Praxis hat sich noch nicht beschrieben; dies sind die Standardwerte.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>present (%1 bytes)</source>
        <translation>vorhanden (%1 Bytes)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Fachpersonen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Practitioner&apos;s role</source>
        <translation>Rolle der Fachperson</translation>
    </message>
    <message>
        <source>Client&apos;s role</source>
        <translation>Rolle der Klient:in</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Angebotene Leistungen</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Nicht angeboten</translation>
    </message>
    <message>
        <source>Working hours (%1):</source>
        <translation>Arbeitszeiten (%1):</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>Contact channels:</source>
        <translation>Kontaktwege:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht genutzt</translation>
    </message>
    <message>
        <source>allowed, answered: %1</source>
        <translation>erlaubt, Antwort: %1</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Notfälle</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Im Notfall</translation>
    </message>
    <message>
        <source>a format for the practice profile</source>
        <translation>ein Format für das Praxisprofil</translation>
    </message>
    <message>
        <source>Show the practice profile: who you are, the roles, the services and the communication terms clients agree to.</source>
        <translation>Das Praxisprofil anzeigen: wer Sie sind, die Rollen, die Leistungen und die Kommunikationsregeln, denen Klient:innen zustimmen.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>JSON keys: saved (false while the defaults are shown), name, contact_line, logo_bytes (0 when there
is no logo), practitioners [{name, title}], practitioner_role, client_role, services_offered,
services_not_offered, time_zone (IANA id), working_hours [{weekday, open, start, end}] from monday
to sunday with HH:mm times (null when closed), channels [{channel, allowed, response_time,
response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 or
us_letter).</source>
        <translation>JSON-Schlüssel: saved (false, solange die Standardwerte angezeigt werden), name, contact_line, logo_bytes (0, wenn
kein Logo vorhanden ist), practitioners [{name, title}], practitioner_role, client_role, services_offered,
services_not_offered, time_zone (IANA-ID), working_hours [{weekday, open, start, end}] von monday
bis sunday mit HH:mm-Zeiten (null, wenn geschlossen), channels [{channel, allowed, response_time,
response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 oder
us_letter).</translation>
    </message>
</context>
<context>
    <name>PracticeCopy</name>
    <message>
        <source>listing the tables</source>
        <translation>das Auflisten der Tabellen</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle: %1.</source>
        <translation>Die Tabellen verweisen im Kreis aufeinander: %1.</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>das Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>das Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <source>checking the signed documents of %1</source>
        <translation>die Prüfung der unterschriebenen Dokumente von %1</translation>
    </message>
    <message>
        <source>A practice is copied from its file to a server.</source>
        <translation>Eine Praxis wird aus ihrer Datei auf einen Server kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>The practice at %1 is not empty (%2 holds %n row(s)); nothing was copied. Copy into a new, empty database.</source>
        <translation>
            <numerusform>Die Praxis unter %1 ist nicht leer (%2 enthält %n Zeile); es wurde nichts kopiert. Kopieren Sie in eine neue, leere Datenbank.</numerusform>
            <numerusform>Die Praxis unter %1 ist nicht leer (%2 enthält %n Zeilen); es wurde nichts kopiert. Kopieren Sie in eine neue, leere Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>preparing %1 for the copy</source>
        <translation>das Vorbereiten von %1 für die Kopie</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>das Lesen von %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>das Kopieren von %1</translation>
    </message>
    <message>
        <source>continuing the ids of %1</source>
        <translation>das Fortsetzen der IDs von %1</translation>
    </message>
    <message>
        <source>checking the copied references</source>
        <translation>die Prüfung der kopierten Verweise</translation>
    </message>
    <message>
        <source>finishing the copy of %1</source>
        <translation>das Abschließen der Kopie von %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows in the file but %3 on the server; nothing was copied.</source>
        <translation>%1 hat %2 Zeilen in der Datei, aber %3 auf dem Server; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>A signed document of %1 differs after the copy (its SHA-256 does not match); nothing was copied.</source>
        <translation>Ein unterschriebenes Dokument von %1 weicht nach der Kopie ab (seine SHA-256 stimmt nicht überein); es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>Das Kopieren wurde abgebrochen; es wurde nichts kopiert.</translation>
    </message>
    <message>
        <source>preparing the copy</source>
        <translation>das Vorbereiten der Kopie</translation>
    </message>
    <message>
        <source>recording the copy in the audit trail</source>
        <translation>Erfassen der Kopie im Prüfpfad</translation>
    </message>
</context>
<context>
    <name>PracticeExport</name>
    <message>
        <source>reading the table %1</source>
        <translation>Lesen der Tabelle %1</translation>
    </message>
    <message>
        <source>The export was cancelled; the folder %1 is incomplete.</source>
        <translation>Der Export wurde abgebrochen; der Ordner %1 ist unvollständig.</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>%1 und %2 nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeMove</name>
    <message>
        <source>Enter the address of the server&apos;s database, e.g. postgresql://anna@db.example.org/practice.</source>
        <translation>Geben Sie die Adresse der Datenbank auf dem Server ein, z. B. postgresql://anna@db.example.org/practice.</translation>
    </message>
    <message>
        <source>A server address begins with postgresql://, e.g. postgresql://anna@db.example.org/practice.</source>
        <translation>Eine Serveradresse beginnt mit postgresql://, z. B. postgresql://anna@db.example.org/practice.</translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was copied and the server&apos;s database is still empty.</source>
        <translation>Die Übertragung wurde abgebrochen; es wurde nichts kopiert, und die Datenbank auf dem Server ist weiterhin leer.</translation>
    </message>
</context>
<context>
    <name>PracticeProfile</name>
    <message>
        <source>Every practitioner needs a name.</source>
        <translation>Jede Fachperson braucht einen Namen.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known on this computer.</source>
        <translation>Die Zeitzone „%1“ ist auf diesem Computer nicht bekannt.</translation>
    </message>
    <message>
        <source>Choose the time zone the working hours are in.</source>
        <translation>Wählen Sie die Zeitzone, in der die Arbeitszeiten gelten.</translation>
    </message>
    <message>
        <source>Enter the opening and closing time for %1.</source>
        <translation>Geben Sie Beginn und Ende der Arbeitszeit für %1 ein.</translation>
    </message>
    <message>
        <source>On %1 the working hours must end after they start.</source>
        <translation>Am %1 müssen die Arbeitszeiten nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>The response time for %1 cannot be negative.</source>
        <translation>Die Antwortzeit für %1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Das Logo muss ein PNG-Bild sein.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>Das Logo ist größer als 2 MB; bitte verwenden Sie ein kleineres Bild.</translation>
    </message>
</context>
<context>
    <name>PracticeProfileConflict</name>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation>Kontaktzeile</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Fachpersonen</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Practitioner&apos;s role</source>
        <translation>Rolle der Fachperson</translation>
    </message>
    <message>
        <source>Client&apos;s role</source>
        <translation>Rolle der Klient:in</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Angebotene Leistungen</translation>
    </message>
    <message>
        <source>Services not offered</source>
        <translation>Nicht angebotene Leistungen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Antwortzeiten</translation>
    </message>
    <message>
        <source>What counts as an emergency</source>
        <translation>Was als Notfall gilt</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Notfallkontakt</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>A logo (%1)</source>
        <translation>Ein Logo (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <source>%1: not used</source>
        <translation>%1: nicht genutzt</translation>
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
        <translation>Lesen des Praxisprofils</translation>
    </message>
    <message>
        <source>saving the practice profile</source>
        <translation>Speichern des Praxisprofils</translation>
    </message>
    <message>
        <source>The practice profile was changed elsewhere after it was read.</source>
        <translation>Das Praxisprofil wurde nach dem Lesen an anderer Stelle geändert.</translation>
    </message>
</context>
<context>
    <name>PracticeRoles</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber:in</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator:in</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>the role within a sentence</comment>
        <translation>Inhaber:in</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>the role within a sentence</comment>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>the role within a sentence</comment>
        <translation>Administrator:in</translation>
    </message>
</context>
<context>
    <name>PractitionerCommands</name>
    <message>
        <source>“%1” is not a practice role; use one of %2.</source>
        <translation>„%1“ ist keine Praxisrolle; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>„%1“ ist keine Klient:innen-ID; IDs sind ganze Zahlen über 0, wie „clients list“ sie anzeigt.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input held no password.</source>
        <translation>--password-stdin wurde angegeben, aber die Standardeingabe enthielt kein Passwort.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>Es wurde kein Passwort angegeben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Dasselbe Passwort noch einmal: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for %1&apos;s password on; give it on standard input with --password-stdin.</source>
        <translation>Es gibt kein Terminal, in dem nach dem Passwort von %1 gefragt werden kann; geben Sie es mit --password-stdin über die Standardeingabe an.</translation>
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
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, not starting with a digit, “pg_” or “bk_”.</source>
        <translation>„%1“ kann kein Anmeldename sein: Verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und „_“, nicht beginnend mit einer Ziffer, „pg_“ oder „bk_“.</translation>
    </message>
    <message>
        <source>adding a practitioner</source>
        <translation>Hinzufügen einer Fachperson</translation>
    </message>
    <message>
        <source>Added %1 as %2; they sign in to the server as “%1” with their password.</source>
        <translation>%1 als %2 hinzugefügt; die Anmeldung am Server erfolgt als „%1“ mit dem eigenen Passwort.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Practitioners work on a practice server, where each signs in as their own PostgreSQL role and
the server itself enforces what they may see and do (README, “Who may do what”). A database
file is a solo practice: these commands refuse it.</source>
        <translation>Fachpersonen arbeiten auf einem Praxisserver, an dem sich jede mit ihrer eigenen PostgreSQL-Rolle anmeldet;
der Server selbst setzt durch, was sie sehen und tun dürfen (README, „Who may do what“). Eine Datenbankdatei
ist eine Einzelpraxis: Diese Befehle lehnen sie ab.</translation>
    </message>
    <message>
        <source>List the practice&apos;s practitioners and their roles.</source>
        <translation>Die Fachpersonen der Praxis und ihre Rollen auflisten.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, login, name, role (owner, practitioner, administrator), active,
created_at.</source>
        <translation>CSV- und JSON-Schlüssel: id, login, name, role (owner, practitioner, administrator), active,
created_at.</translation>
    </message>
    <message>
        <source>Add a practitioner and create their sign-in on the server (owners only).</source>
        <translation>Eine Fachperson hinzufügen und ihre Anmeldung am Server anlegen (nur Inhaber:innen).</translation>
    </message>
    <message>
        <source>Their name as the practice shows it.</source>
        <translation>Ihr Name, wie die Praxis ihn anzeigt.</translation>
    </message>
    <message>
        <source>owner, practitioner (default) or administrator.</source>
        <translation>owner, practitioner (Standard) oder administrator.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of asking for it on the terminal.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen, statt im Terminal danach zu fragen.</translation>
    </message>
    <message>
        <source>Creates the PostgreSQL role LOGIN (LOGIN, with the password) as a member of the practice&apos;s
group role for ROLE, creating the practice&apos;s group roles and their grants the first time.
The password is asked for on the terminal, or read from standard input with
--password-stdin; it is never taken from the command line. Needs an owner with CREATEROLE.</source>
        <translation>Legt die PostgreSQL-Rolle LOGIN (LOGIN, mit dem Passwort) als Mitglied der Gruppenrolle der Praxis für
ROLE an; beim ersten Mal werden auch die Gruppenrollen der Praxis und ihre Rechte angelegt.
Das Passwort wird im Terminal abgefragt oder mit --password-stdin aus der Standardeingabe
gelesen; es wird nie von der Kommandozeile übernommen. Braucht eine Inhaber:in mit CREATEROLE.</translation>
    </message>
    <message>
        <source>Give a practitioner another role (owners only).</source>
        <translation>Einer Fachperson eine andere Rolle geben (nur Inhaber:innen).</translation>
    </message>
    <message>
        <source>ROLE is owner, practitioner or administrator. The practice keeps at least one owner.</source>
        <translation>ROLE ist owner, practitioner oder administrator. Die Praxis behält mindestens eine Inhaber:in.</translation>
    </message>
    <message>
        <source>Share a client with a practitioner (owners only).</source>
        <translation>Eine Klient:in mit einer Fachperson teilen (nur Inhaber:innen).</translation>
    </message>
    <message>
        <source>The practitioner then sees the client and everything that belongs to them: incidents and
their steps, agreements, contracts, acknowledgements and follow-ups.</source>
        <translation>Die Fachperson sieht dann die Klient:in und alles, was dazugehört: Vorfälle und
ihre Stufen, Vereinbarungen, Verträge, Bestätigungen und Nachverfolgungen.</translation>
    </message>
    <message>
        <source>Client %1 is now shared with %2.</source>
        <translation>Klient:in %1 ist jetzt mit %2 geteilt.</translation>
    </message>
    <message>
        <source>Stop sharing a client with a practitioner (owners only).</source>
        <translation>Das Teilen einer Klient:in mit einer Fachperson beenden (nur Inhaber:innen).</translation>
    </message>
    <message>
        <source>Client %1 is no longer shared with %2.</source>
        <translation>Klient:in %1 ist nicht mehr mit %2 geteilt.</translation>
    </message>
    <message>
        <source>Make another practitioner responsible for a client (an owner, or the responsible one).</source>
        <translation>Eine andere Fachperson für eine Klient:in verantwortlich machen (eine Inhaber:in oder die verantwortliche Fachperson).</translation>
    </message>
    <message>
        <source>A practitioner who hands their own client over no longer sees it, unless it is shared
with them.</source>
        <translation>Eine Fachperson, die ihre eigene Klient:in übergibt, sieht diese danach nicht mehr, es sei denn, die
Klient:in ist mit ihr geteilt.</translation>
    </message>
    <message>
        <source>%2 is now responsible for client %1.</source>
        <translation>%2 ist jetzt für Klient:in %1 verantwortlich.</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2&apos;s clients.</source>
        <translation>%1 ist jetzt für die Klient:innen von %2 verantwortlich.</translation>
    </message>
    <message>
        <source>%1 is inactive and can no longer sign in; their records keep their name.</source>
        <translation>%1 ist inaktiv und kann sich nicht mehr anmelden; die Einträge behalten den Namen.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation>%1 ist wieder aktiv und kann sich anmelden.</translation>
    </message>
    <message>
        <source>Deactivate a practitioner who leaves the practice; they can no longer sign in (owners only).</source>
        <translation>Eine Fachperson deaktivieren, die die Praxis verlässt; sie kann sich nicht mehr anmelden (nur Inhaber:innen).</translation>
    </message>
    <message>
        <source>Make this practitioner responsible for all of their clients in the same change.</source>
        <translation>Diese Fachperson in derselben Änderung für alle ihre Klient:innen verantwortlich machen.</translation>
    </message>
    <message>
        <source>The server refuses the role&apos;s sign-in from then on (NOLOGIN) and takes it out of the
practice&apos;s group roles, so a session still open is refused at its next statement. Their
records and the audit trail keep their name. A practitioner still responsible for clients
is refused unless --hand-over-to names who takes them over; nobody deactivates themselves
or the practice&apos;s last active owner. “practitioners reactivate” undoes it.</source>
        <translation>Der Server verweigert der Rolle ab dann die Anmeldung (NOLOGIN) und nimmt sie aus den
Gruppenrollen der Praxis, sodass eine noch offene Sitzung bei ihrer nächsten Anweisung
abgewiesen wird. Ihre Einträge und das Prüfprotokoll behalten ihren Namen. Eine Fachperson,
die noch für Klient:innen verantwortlich ist, wird abgelehnt, außer --hand-over-to nennt,
wer sie übernimmt; niemand deaktiviert sich selbst oder die letzte aktive Inhaber:in der
Praxis. „practitioners reactivate“ macht es rückgängig.</translation>
    </message>
    <message>
        <source>Let a deactivated practitioner sign in again (owners only).</source>
        <translation>Eine deaktivierte Fachperson wieder anmelden lassen (nur Inhaber:innen).</translation>
    </message>
    <message>
        <source>They come back in the role they had, with their old password.</source>
        <translation>Sie kehrt in ihrer bisherigen Rolle mit ihrem alten Passwort zurück.</translation>
    </message>
</context>
<context>
    <name>PractitionerRepository</name>
    <message>
        <source>reading who is signed in</source>
        <translation>Lesen, wer angemeldet ist</translation>
    </message>
    <message>
        <source>recording the practitioner</source>
        <translation>Speichern der Fachperson</translation>
    </message>
    <message>
        <source>reading the practitioners</source>
        <translation>Lesen der Fachpersonen</translation>
    </message>
    <message>
        <source>reading the practitioner</source>
        <translation>Lesen der Fachperson</translation>
    </message>
    <message>
        <source>There is no practitioner with id %1.</source>
        <translation>Es gibt keine Fachperson mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no practitioner “%1” in this practice.</source>
        <translation>In dieser Praxis gibt es keine Fachperson „%1“.</translation>
    </message>
    <message>
        <source>the new practitioner</source>
        <translation>Anlegen der neuen Fachperson</translation>
    </message>
    <message>
        <source>the practitioner&apos;s new role</source>
        <translation>Ändern der Rolle der Fachperson</translation>
    </message>
    <message>
        <source>naming the practice&apos;s roles</source>
        <translation>Benennen der Rollen der Praxis</translation>
    </message>
    <message>
        <source>granting the practice&apos;s roles their rights</source>
        <translation>Vergeben der Rechte an die Rollen der Praxis</translation>
    </message>
    <message>
        <source>creating the practice&apos;s roles</source>
        <translation>Anlegen der Rollen der Praxis</translation>
    </message>
    <message>
        <source>creating the sign-in of %1</source>
        <translation>Anlegen der Anmeldung von %1</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>Die Datenbank hat einen Vorgang abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>keine Verbindung zum Server</translation>
    </message>
    <message>
        <source>changing the role of %1</source>
        <translation>Ändern der Rolle von %1</translation>
    </message>
    <message>
        <source>The practice&apos;s role %1 does not exist on the server; “practitioners add” creates it.</source>
        <translation>Die Praxisrolle %1 existiert auf dem Server nicht; „practitioners add“ legt sie an.</translation>
    </message>
    <message>
        <source>sharing the client</source>
        <translation>Teilen der Klient:in</translation>
    </message>
    <message>
        <source>ending the sharing of the client</source>
        <translation>Beenden des Teilens der Klient:in</translation>
    </message>
    <message>
        <source>The client is not shared with that practitioner.</source>
        <translation>Die Klient:in ist nicht mit dieser Fachperson geteilt.</translation>
    </message>
    <message>
        <source>reading with whom the client is shared</source>
        <translation>Lesen, mit wem die Klient:in geteilt ist</translation>
    </message>
    <message>
        <source>handing the client over</source>
        <translation>Übergeben der Klient:in</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Es gibt keine Klient:in mit der ID %1.</translation>
    </message>
    <message>
        <source>reading who keeps the client&apos;s record</source>
        <translation>Lesen, wer die Unterlagen der Klient:in führt</translation>
    </message>
    <message>
        <source>reading who keeps the incident&apos;s record</source>
        <translation>Lesen, wer die Unterlagen des Vorfalls führt</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Es gibt keinen Vorfall mit der ID %1.</translation>
    </message>
    <message>
        <source>whether the practitioner is active</source>
        <translation>ob die Fachperson aktiv ist</translation>
    </message>
    <message>
        <source>letting %1 sign in again</source>
        <translation>%1 wieder die Anmeldung erlauben</translation>
    </message>
    <message>
        <source>ending the sign-in of %1</source>
        <translation>die Anmeldung von %1 beenden</translation>
    </message>
    <message>
        <source>counting the practitioner&apos;s clients</source>
        <translation>die Klient:innen der Fachperson zählen</translation>
    </message>
    <message>
        <source>handing the practitioner&apos;s clients over</source>
        <translation>die Klient:innen der Fachperson übergeben</translation>
    </message>
    <message>
        <source>reading whether you may still sign in</source>
        <translation>Lesen, ob Sie sich noch anmelden dürfen</translation>
    </message>
</context>
<context>
    <name>PractitionerService</name>
    <message>
        <source>Managing practitioners needs a practice server: a database file is a solo practice, whose one practitioner is the computer&apos;s user. Move the practice to a server first (“migrate --to”).</source>
        <translation>Die Verwaltung von Fachpersonen braucht einen Praxisserver: Eine Datenbankdatei ist eine Einzelpraxis, deren einzige Fachperson die Benutzer:in des Computers ist. Übertragen Sie die Praxis zuerst auf einen Server („migrate --to“).</translation>
    </message>
    <message>
        <source>Only an owner of the practice can do this (%1); you are signed in as %2.</source>
        <translation>Nur eine Inhaber:in der Praxis kann das tun (%1); Sie sind als %2 angemeldet.</translation>
    </message>
    <message>
        <source>someone who is not a practitioner here</source>
        <translation>jemand, der hier keine Fachperson ist</translation>
    </message>
    <message>
        <source>%1 is an administrator or no longer active and cannot work with clients.</source>
        <translation>%1 ist Administrator:in oder nicht mehr aktiv und kann nicht mit Klient:innen arbeiten.</translation>
    </message>
    <message>
        <source>adding a practitioner</source>
        <translation>Hinzufügen einer Fachperson</translation>
    </message>
    <message>
        <source>“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, not starting with a digit, “pg_” or “bk_”.</source>
        <translation>„%1“ kann kein Anmeldename sein: Verwenden Sie 1 bis 63 Kleinbuchstaben, Ziffern und „_“, nicht beginnend mit einer Ziffer, „pg_“ oder „bk_“.</translation>
    </message>
    <message>
        <source>A new practitioner needs a password to sign in with.</source>
        <translation>Eine neue Fachperson braucht ein Passwort für die Anmeldung.</translation>
    </message>
    <message>
        <source>%1 is already a practitioner of this practice.</source>
        <translation>%1 ist bereits Fachperson dieser Praxis.</translation>
    </message>
    <message>
        <source>changing a practitioner&apos;s role</source>
        <translation>Ändern der Rolle einer Fachperson</translation>
    </message>
    <message>
        <source>%1 is the practice&apos;s only owner; make someone else an owner first.</source>
        <translation>%1 ist die einzige Inhaber:in der Praxis; machen Sie zuerst jemand anderen zur Inhaber:in.</translation>
    </message>
    <message>
        <source>sharing a client</source>
        <translation>Teilen einer Klient:in</translation>
    </message>
    <message>
        <source>ending the sharing of a client</source>
        <translation>Beenden des Teilens einer Klient:in</translation>
    </message>
    <message>
        <source>handing a client over</source>
        <translation>Übergeben einer Klient:in</translation>
    </message>
    <message>
        <source>Only an owner or the practitioner responsible for the client can hand it over.</source>
        <translation>Nur eine Inhaber:in oder die für die Klient:in verantwortliche Fachperson kann sie übergeben.</translation>
    </message>
    <message>
        <source>deactivating a practitioner</source>
        <translation>eine Fachperson deaktivieren</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 ist bereits inaktiv.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another owner can.</source>
        <translation>Sie können sich nicht selbst deaktivieren; eine andere Inhaber:in kann es.</translation>
    </message>
    <message>
        <source>%1&apos;s clients go to someone who stays in the practice.</source>
        <translation>Die Klient:innen von %1 gehen an jemanden, der in der Praxis bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still responsible for %n client(s): hand them over first, or choose who takes them over.</source>
        <translation>
            <numerusform>%1 ist noch für %n Klient:in verantwortlich: Übergeben Sie sie zuerst oder wählen Sie, wer sie übernimmt.</numerusform>
            <numerusform>%1 ist noch für %n Klient:innen verantwortlich: Übergeben Sie sie zuerst oder wählen Sie, wer sie übernimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>reactivating a practitioner</source>
        <translation>eine Fachperson reaktivieren</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 ist bereits aktiv.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 is a symbolic link; name a file, not a link.</source>
        <translation>%1 ist ein symbolischer Link; nennen Sie eine Datei, keinen Link.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceRules</name>
    <message>
        <source>The same boundary was crossed again after a written summary about it was sent.</source>
        <translation>Dieselbe Grenze wurde erneut überschritten, nachdem eine schriftliche Zusammenfassung dazu verschickt worden war.</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents within %1 days.</source>
        <translation>
            <numerusform>%n Vorfall innerhalb von %1 Tagen.</numerusform>
            <numerusform>%n Vorfälle innerhalb von %1 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No further incident concerning &quot;%1&quot; before the review date.</source>
        <translation>Bis zum Überprüfungstermin kein weiterer Vorfall zu „%1“.</translation>
    </message>
    <message>
        <source>When something cannot wait, use the agreed channels within working hours, or write and expect an answer on the next working day.</source>
        <translation>Wenn etwas nicht warten kann, nutzen Sie die vereinbarten Kontaktwege innerhalb der Arbeitszeiten oder schreiben Sie und erwarten Sie eine Antwort am nächsten Arbeitstag.</translation>
    </message>
    <message>
        <source>Every follow-up meeting before the review date is attended.</source>
        <translation>Jedes Nachgespräch vor dem Überprüfungstermin wird wahrgenommen.</translation>
    </message>
    <message>
        <source>If the contract is not kept, the next step of the practice&apos;s ladder follows, up to ending the engagement.</source>
        <translation>Wird der Vertrag nicht eingehalten, folgt die nächste Stufe der Eskalationsleiter der Praxis, bis hin zur Beendigung der Zusammenarbeit.</translation>
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
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>Empfehlung des Checks</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>Meine Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(keine Klient:in)</translation>
    </message>
    <message>
        <source>List your private reflection entries (disclosure checks), newest first.</source>
        <translation>Ihre privaten Reflexionseinträge (Checks vor dem Teilen) auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only the entries about this client.</source>
        <translation>Nur die Einträge zu dieser Klient:in.</translation>
    </message>
    <message>
        <source>Each entry is a disclosure check you took before sharing something personal with a client: the
check&apos;s recommendation, what you decided and your note. Entries are yours alone: they are never part
of an agreement, a contract, a written summary or any export of a client&apos;s records.
CSV and JSON keys: id, date (YYYY-MM-DD), client_id and client_name (null without a client),
recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),
serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),
note.</source>
        <translation>Jeder Eintrag ist ein Check, den Sie gemacht haben, bevor Sie etwas Persönliches mit einer Klient:in geteilt haben:
die Empfehlung des Checks, Ihre Entscheidung und Ihre Notiz. Die Einträge gehören nur Ihnen und sind nie Teil
einer Vereinbarung, eines Vertrags, einer schriftlichen Zusammenfassung oder eines Exports der Unterlagen einer Klient:in.
CSV- und JSON-Schlüssel: id, date (JJJJ-MM-TT), client_id und client_name (null ohne Klient:in),
recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),
serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),
note.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out ist erforderlich: die zu schreibende PDF-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote your reflection (%n month(s) reflected on, %1 disclosure check(s)) to %2.</source>
        <translation>
            <numerusform>Ihre Reflexion (%n reflektierter Monat, Checks vor dem Teilen: %1) nach %2 geschrieben.</numerusform>
            <numerusform>Ihre Reflexion (%n reflektierte Monate, Checks vor dem Teilen: %1) nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your monthly reflections and disclosure checks as a PDF for supervision.</source>
        <translation>Ihre monatlichen Reflexionen und Checks vor dem Teilen als PDF für die Supervision schreiben.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>FILE ersetzen, wenn die Datei schon existiert.</translation>
    </message>
    <message>
        <source>Every monthly reflection with what the month looked like (your own lapses, contacts you
initiated outside hours, clients with repeated incidents, disclosure checks taken) and your
answers, then every disclosure check. The file is readable by you only (0600).</source>
        <translation>Jede monatliche Reflexion mit dem Bild des Monats (Ihre eigenen Grenzübertritte, Kontakte, die Sie
außerhalb der Arbeitszeiten aufgenommen haben, Klient:innen mit wiederholten Vorfällen, durchgeführte Checks vor dem Teilen) und Ihren
Antworten, danach jeder Check vor dem Teilen. Nur Sie können die Datei lesen (0600).</translation>
    </message>
    <message>
        <source>“%1” is not a reflection entry id; use the id “reflect list” shows.</source>
        <translation>„%1“ ist keine ID eines Reflexionseintrags; verwenden Sie die ID, die „reflect list“ anzeigt.</translation>
    </message>
    <message>
        <source>Give either --client or --no-client, not both.</source>
        <translation>Geben Sie entweder --client oder --no-client an, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not an answer for --%2; use yes, no or not_sure.</source>
        <translation>„%1“ ist keine Antwort für --%2; verwenden Sie yes, no oder not_sure.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use shared, held_back or supervisor.</source>
        <translation>„%1“ ist keine Entscheidung; verwenden Sie shared, held_back oder supervisor.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved reflection entry %1 of %2: the check said “%3”; you decided “%4”.</source>
        <translation>Reflexionseintrag %1 vom %2 gespeichert: Der Check ergab „%3“; Sie haben „%4“ entschieden.</translation>
    </message>
    <message>
        <source>Deleting reflection entry %1 of %2 cannot be undone; give --yes to confirm.</source>
        <translation>Das Löschen des Reflexionseintrags %1 vom %2 kann nicht rückgängig gemacht werden; bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <source>Deleted reflection entry %1 of %2.</source>
        <translation>Reflexionseintrag %1 vom %2 gelöscht.</translation>
    </message>
    <message>
        <source>Only the entries of this day or later.</source>
        <translation>Nur die Einträge ab diesem Tag.</translation>
    </message>
    <message>
        <source>Only the entries of this day or earlier.</source>
        <translation>Nur die Einträge bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>Change one of your reflection entries; what is not given stays as it is.</source>
        <translation>Einen Ihrer Reflexionseinträge ändern; was nicht angegeben wird, bleibt unverändert.</translation>
    </message>
    <message>
        <source>The client the entry is about.</source>
        <translation>Die Klient:in, um die es im Eintrag geht.</translation>
    </message>
    <message>
        <source>The entry is about no particular client.</source>
        <translation>Der Eintrag betrifft keine bestimmte Klient:in.</translation>
    </message>
    <message>
        <source>The day of the check; not in the future.</source>
        <translation>Der Tag des Checks; nicht in der Zukunft.</translation>
    </message>
    <message>
        <source>yes, no or not_sure: %1</source>
        <translation>yes, no oder not_sure: %1</translation>
    </message>
    <message>
        <source>What you decided: shared, held_back or supervisor.</source>
        <translation>Ihre Entscheidung: shared, held_back oder supervisor.</translation>
    </message>
    <message>
        <source>Your note; an empty one removes it.</source>
        <translation>Ihre Notiz; eine leere entfernt sie.</translation>
    </message>
    <message>
        <source>The check&apos;s recommendation is worked out again from the answers. Only your own entries can be
changed; the audit trail records that the entry changed, never its text.</source>
        <translation>Die Empfehlung des Checks wird aus den Antworten neu ermittelt. Nur Ihre eigenen Einträge können
geändert werden; der Prüfpfad hält fest, dass der Eintrag geändert wurde, nie seinen Text.</translation>
    </message>
    <message>
        <source>Delete one of your reflection entries for good.</source>
        <translation>Einen Ihrer Reflexionseinträge endgültig löschen.</translation>
    </message>
    <message>
        <source>Confirm the deletion; it cannot be undone.</source>
        <translation>Das Löschen bestätigen; es kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted; the audit trail keeps that the entry existed and was
deleted, never its text.</source>
        <translation>Nur Ihre eigenen Einträge können gelöscht werden; der Prüfpfad hält fest, dass der Eintrag existierte und
gelöscht wurde, nie seinen Text.</translation>
    </message>
</context>
<context>
    <name>ReflectionPeriods</name>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>Die letzten drei Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
</context>
<context>
    <name>ReflectionReport</name>
    <message>
        <source>Reflection for supervision</source>
        <translation>Reflexion für die Supervision</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>No practitioner was named.</source>
        <translation>Es wurde keine Fachperson genannt.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Months reflected on</source>
        <translation>Reflektierte Monate</translation>
    </message>
    <message>
        <source>Disclosure checks</source>
        <translation>Checks vor dem Teilen</translation>
    </message>
    <message>
        <source>Private: this is your own reflection, for you and your supervisor. It is never part of anything a client receives.</source>
        <translation>Privat: Dies ist Ihre eigene Reflexion, für Sie und Ihre Supervisor:in. Sie ist nie Teil von etwas, das eine Klient:in erhält.</translation>
    </message>
    <message>
        <source>Monthly reflections</source>
        <translation>Monatliche Reflexionen</translation>
    </message>
    <message>
        <source>No monthly reflection recorded yet.</source>
        <translation>Noch keine monatliche Reflexion erfasst.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (outside working hours)</source>
        <translation> (außerhalb der Arbeitszeiten)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln Vorfall)</numerusform>
            <numerusform>%1 (%Ln Vorfälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Own lapses</source>
        <translation>Eigene Grenzübertritte</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Keine erfasst.</translation>
    </message>
    <message>
        <source>Contacts you initiated outside hours</source>
        <translation>Kontakte, die Sie außerhalb der Arbeitszeiten aufgenommen haben</translation>
    </message>
    <message>
        <source>Clients with repeated incidents</source>
        <translation>Klient:innen mit wiederholten Vorfällen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Disclosure checks taken</source>
        <translation>Durchgeführte Checks vor dem Teilen</translation>
    </message>
    <message>
        <source>%1 (shared after %2)</source>
        <translation>%1 (danach %2-mal geteilt)</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Nicht beantwortet.</translation>
    </message>
    <message>
        <source>No disclosure check recorded yet.</source>
        <translation>Noch kein Check vor dem Teilen erfasst.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No particular client</source>
        <translation>Keine bestimmte Klient:in</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>Empfehlung des Checks</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>Meine Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Keine Notiz.</translation>
    </message>
    <message>
        <source>Reflection for supervision (%1)</source>
        <translation>Reflexion für die Supervision (%1)</translation>
    </message>
    <message>
        <source>Private reflection · %1</source>
        <translation>Private Reflexion · %1</translation>
    </message>
</context>
<context>
    <name>ReflectionRepository</name>
    <message>
        <source>the reflection entry</source>
        <translation>Speichern des Reflexionseintrags</translation>
    </message>
    <message>
        <source>reading the reflection entry</source>
        <translation>Lesen des Reflexionseintrags</translation>
    </message>
    <message>
        <source>There is no reflection entry with id %1.</source>
        <translation>Es gibt keinen Reflexionseintrag mit der ID %1.</translation>
    </message>
    <message>
        <source>counting reflection entries</source>
        <translation>Zählen der Reflexionseinträge</translation>
    </message>
    <message>
        <source>listing reflection entries</source>
        <translation>Auflisten der Reflexionseinträge</translation>
    </message>
    <message>
        <source>finding the reflection entry</source>
        <translation>Suchen des Reflexionseintrags</translation>
    </message>
    <message>
        <source>reading the redirect phrases</source>
        <translation>Lesen der Überleitungssätze</translation>
    </message>
    <message>
        <source>saving the redirect phrases</source>
        <translation>Speichern der Überleitungssätze</translation>
    </message>
    <message>
        <source>reading your own lapses</source>
        <translation>Lesen Ihrer eigenen Grenzübertritte</translation>
    </message>
    <message>
        <source>reading the clients with repeated incidents</source>
        <translation>Lesen der Klient:innen mit wiederholten Vorfällen</translation>
    </message>
    <message>
        <source>counting the disclosure checks</source>
        <translation>Zählen der Checks vor dem Teilen</translation>
    </message>
    <message>
        <source>the monthly reflection</source>
        <translation>die monatliche Reflexion</translation>
    </message>
    <message>
        <source>reading the monthly reflection</source>
        <translation>Lesen der monatlichen Reflexion</translation>
    </message>
    <message>
        <source>listing the monthly reflections</source>
        <translation>Auflisten der monatlichen Reflexionen</translation>
    </message>
    <message>
        <source>reading when the practice started</source>
        <translation>Lesen des Beginns der Praxis</translation>
    </message>
    <message>
        <source>saving the reflection entry</source>
        <translation>Speichern des Reflexionseintrags</translation>
    </message>
    <message>
        <source>deleting the reflection entry</source>
        <translation>Löschen des Reflexionseintrags</translation>
    </message>
</context>
<context>
    <name>ReflectionService</name>
    <message>
        <source>Answer all five questions of the check (“Not sure” is an answer) before recording it.</source>
        <translation>Beantworten Sie alle fünf Fragen des Checks („Nicht sicher“ zählt als Antwort), bevor Sie ihn erfassen.</translation>
    </message>
    <message>
        <source>Say what you decided: whether you shared it, kept it to yourself or will talk it over with your supervisor.</source>
        <translation>Geben Sie an, wie Sie sich entschieden haben: ob Sie es geteilt, für sich behalten haben oder mit Ihrer Supervisor:in besprechen werden.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; a reflection looks back.</source>
        <translation>Das Datum %1 liegt in der Zukunft; eine Reflexion blickt zurück.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>Die Notiz ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The note holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Die Notiz enthält ein Steuerzeichen (%1); nur druckbare Zeichen, Tabulatoren und Zeilenumbrüche sind erlaubt.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters; a redirect phrase is one short sentence.</source>
        <translation>„%1…“ ist länger als %2 Zeichen; ein Überleitungssatz ist ein einziger kurzer Satz.</translation>
    </message>
    <message>
        <source>A phrase holds a control character (%1); only printable characters are allowed.</source>
        <translation>Ein Satz enthält ein Steuerzeichen (%1); nur druckbare Zeichen sind erlaubt.</translation>
    </message>
    <message>
        <source>That&apos;s enough about me — what matters for you here is…</source>
        <translation>Aber genug von mir – für Sie geht es hier doch um …</translation>
    </message>
    <message>
        <source>I appreciate you asking. Let&apos;s come back to what you wanted from today.</source>
        <translation>Schön, dass Sie fragen. Kommen wir zurück zu dem, was Sie sich für heute vorgenommen haben.</translation>
    </message>
    <message>
        <source>That&apos;s a story for another time; I&apos;d rather hear how this week went for you.</source>
        <translation>Das ist eine Geschichte für ein andermal; ich würde lieber hören, wie Ihre Woche war.</translation>
    </message>
    <message>
        <source>Thank you for sharing that. How does it connect with the goal we set?</source>
        <translation>Danke, dass Sie das erzählen. Wie hängt es mit dem Ziel zusammen, das wir vereinbart haben?</translation>
    </message>
    <message>
        <source>Let&apos;s keep this time for you: where would you like to pick up?</source>
        <translation>Diese Zeit gehört Ihnen: Wo möchten Sie anknüpfen?</translation>
    </message>
    <message>
        <source>Where did a boundary blur this month, on your side or a client&apos;s?</source>
        <translation>Wo ist in diesem Monat eine Grenze verschwommen, auf Ihrer Seite oder auf der einer Klient:in?</translation>
    </message>
    <message>
        <source>What tempted you to reply out of hours or to share something personal, and what helped?</source>
        <translation>Was hat Sie verleitet, außerhalb der Arbeitszeiten zu antworten oder etwas Persönliches zu teilen, und was hat geholfen?</translation>
    </message>
    <message>
        <source>What will you do differently next month, and what will you take to supervision?</source>
        <translation>Was werden Sie im nächsten Monat anders machen, und was nehmen Sie mit in die Supervision?</translation>
    </message>
    <message>
        <source>%1 is still to come; a reflection looks back.</source>
        <translation>%1 steht noch bevor; eine Reflexion blickt zurück.</translation>
    </message>
    <message>
        <source>An answer is longer than %1 characters; a few lines are enough.</source>
        <translation>Eine Antwort ist länger als %1 Zeichen; ein paar Zeilen genügen.</translation>
    </message>
    <message>
        <source>An answer holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Eine Antwort enthält ein Steuerzeichen (%1); nur druckbare Zeichen, Tabulatoren und Zeilenumbrüche sind erlaubt.</translation>
    </message>
    <message>
        <source>Answer at least one question in a few lines, or skip the month.</source>
        <translation>Beantworten Sie mindestens eine Frage in ein paar Zeilen, oder überspringen Sie den Monat.</translation>
    </message>
    <message>
        <source>You reflected on %1 already; it is not skipped.</source>
        <translation>Sie haben %1 bereits reflektiert; er wird nicht übersprungen.</translation>
    </message>
    <message>
        <source>Reflection entry %1 is another practitioner&apos;s; only its author can change it.</source>
        <translation>Der Reflexionseintrag %1 gehört einer anderen Fachperson; nur die Verfasser:in kann ihn ändern.</translation>
    </message>
</context>
<context>
    <name>ResourceLibraryService</name>
    <message>
        <source>Give the resource a title.</source>
        <translation>Geben Sie dem Material einen Titel.</translation>
    </message>
    <message>
        <source>Tick at least one boundary the resource helps with, so it is offered for those incidents.</source>
        <translation>Kreuzen Sie mindestens eine Grenze an, bei der das Material hilft, damit es bei diesen Vorfällen angeboten wird.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>A resource needs a title.</source>
        <translation>Ein Material braucht einen Titel.</translation>
    </message>
    <message>
        <source>saving the resource</source>
        <translation>Speichern des Materials</translation>
    </message>
    <message>
        <source>reading the resource library</source>
        <translation>Lesen der Materialsammlung</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address: it must begin with postgresql://.</source>
        <translation>%1 ist keine Serveradresse: Sie muss mit postgresql:// beginnen.</translation>
    </message>
    <message>
        <source>The server address %1 cannot be read: %2</source>
        <translation>Die Serveradresse %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server address %1 has a semicolon in its %2 setting, which cannot be passed on to the server.</source>
        <translation>Die Serveradresse %1 enthält in der Einstellung %2 ein Semikolon, das nicht an den Server weitergegeben werden kann.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Drawn by hand on screen</source>
        <translation>Von Hand auf dem Bildschirm gezeichnet</translation>
    </message>
    <message>
        <source>Full name typed</source>
        <translation>Vollständiger Name getippt</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Auf Papier unterschrieben</translation>
    </message>
    <message>
        <source>Signed by hand on a printed copy; the paper original is kept by the practice.</source>
        <translation>Von Hand auf einem Ausdruck unterschrieben; das Papieroriginal bewahrt die Praxis auf.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing.</source>
        <translation>Der Name der unterschreibenden Person fehlt.</translation>
    </message>
    <message>
        <source>The time of signing is missing.</source>
        <translation>Der Zeitpunkt der Unterschrift fehlt.</translation>
    </message>
    <message>
        <source>Nothing has been drawn.</source>
        <translation>Es wurde nichts gezeichnet.</translation>
    </message>
    <message>
        <source>No name has been typed.</source>
        <translation>Es wurde kein Name getippt.</translation>
    </message>
</context>
<context>
    <name>SigningRecord</name>
    <message>
        <source>Document opened</source>
        <translation>Dokument geöffnet</translation>
    </message>
    <message>
        <source>Step completed</source>
        <translation>Schritt abgeschlossen</translation>
    </message>
    <message>
        <source>Consent to sign electronically given</source>
        <translation>Einwilligung in die elektronische Unterschrift gegeben</translation>
    </message>
    <message>
        <source>Signing on paper chosen</source>
        <translation>Unterschrift auf Papier gewählt</translation>
    </message>
    <message>
        <source>Signed by the client</source>
        <translation>Von der Klient:in unterschrieben</translation>
    </message>
    <message>
        <source>Countersigned by the practitioner</source>
        <translation>Von der Fachperson gegengezeichnet</translation>
    </message>
    <message>
        <source>Signed PDF produced</source>
        <translation>Unterschriebenes PDF erstellt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unknown computer</source>
        <translation>Unbekannter Computer</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Unbekanntes Benutzerkonto</translation>
    </message>
    <message>
        <source>The client has not consented to sign electronically.</source>
        <translation>Die Klient:in hat nicht in die elektronische Unterschrift eingewilligt.</translation>
    </message>
    <message>
        <source>It has not been confirmed that the signed paper original exists.</source>
        <translation>Es wurde nicht bestätigt, dass das unterschriebene Papieroriginal existiert.</translation>
    </message>
    <message>
        <source>The statement of intent to sign is missing.</source>
        <translation>Die Absichtserklärung zur Unterschrift fehlt.</translation>
    </message>
    <message>
        <source>When signing on paper, %1 must be recorded as signed on paper.</source>
        <translation>Bei Unterschrift auf Papier muss für %1 „auf Papier unterschrieben“ erfasst werden.</translation>
    </message>
    <message>
        <source>%1 signed on paper, but the document is signed electronically.</source>
        <translation>%1 hat auf Papier unterschrieben, aber das Dokument ist elektronisch unterschrieben.</translation>
    </message>
    <message>
        <source>The client has not signed.</source>
        <translation>Die Klient:in hat nicht unterschrieben.</translation>
    </message>
    <message>
        <source>The practitioner has not countersigned.</source>
        <translation>Die Fachperson hat nicht gegengezeichnet.</translation>
    </message>
</context>
<context>
    <name>SigningRows</name>
    <message>
        <source>The terms stored with document %1 cannot be read.</source>
        <translation>Die mit Dokument %1 gespeicherten Bedingungen können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>Speichern des Entwurfs</translation>
    </message>
    <message>
        <source>saving a signature</source>
        <translation>Speichern einer Unterschrift</translation>
    </message>
    <message>
        <source>saving the timeline</source>
        <translation>Speichern des Zeitverlaufs</translation>
    </message>
    <message>
        <source>reading the signatures</source>
        <translation>Lesen der Unterschriften</translation>
    </message>
    <message>
        <source>The strokes of a signature on document %1 cannot be read.</source>
        <translation>Die Striche einer Unterschrift auf Dokument %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>reading the timeline</source>
        <translation>Lesen des Zeitverlaufs</translation>
    </message>
    <message>
        <source>signing the document</source>
        <translation>Unterschreiben des Dokuments</translation>
    </message>
    <message>
        <source>The draft no longer exists or is already signed.</source>
        <translation>Der Entwurf existiert nicht mehr oder ist bereits unterschrieben.</translation>
    </message>
    <message>
        <source>The document cannot be signed without its final PDF.</source>
        <translation>Das Dokument kann ohne sein fertiges PDF nicht unterschrieben werden.</translation>
    </message>
    <message>
        <source>reading the signed PDFs</source>
        <translation>Lesen der unterschriebenen PDFs</translation>
    </message>
    <message>
        <source>The draft was discarded; it can no longer be changed or signed.</source>
        <translation>Der Entwurf wurde verworfen; er kann nicht mehr geändert oder unterschrieben werden.</translation>
    </message>
    <message>
        <source>The draft has already been discarded.</source>
        <translation>Der Entwurf wurde bereits verworfen.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Not dated</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Written summary – %1 – %2 (%3)</source>
        <translation>Schriftliche Zusammenfassung – %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Written summary</source>
        <translation>Schriftliche Zusammenfassung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>The client&apos;s name was not recorded.</source>
        <translation>Der Name der Klient:in wurde nicht erfasst.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>The summary has no text.</source>
        <translation>Die Zusammenfassung hat keinen Text.</translation>
    </message>
    <message>
        <source>Written summary · %1 · %2</source>
        <translation>Schriftliche Zusammenfassung · %1 · %2</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Change in availability</source>
        <translation>Änderung der Erreichbarkeit</translation>
    </message>
    <message>
        <source>Change in availability – %1 – %2 (%3)</source>
        <translation>Änderung der Erreichbarkeit – %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Change in availability · %1 · %2</source>
        <translation>Änderung der Erreichbarkeit · %1 · %2</translation>
    </message>
</context>
<context>
    <name>SupportedDates</name>
    <message>
        <source>Dates from %1 to %2 are supported.</source>
        <translation>Unterstützt werden Daten vom %1 bis zum %2.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The property that starts on line %1 is longer than %2 characters; address books do not write such values.</source>
        <translation>Die Eigenschaft, die in Zeile %1 beginnt, ist länger als %2 Zeichen; Adressbücher schreiben keine solchen Werte.</translation>
    </message>
    <message>
        <source>The entry that starts on line %1 has no END:VCARD: the file may be cut short.</source>
        <translation>Der Eintrag, der in Zeile %1 beginnt, hat kein END:VCARD: Die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>bk::ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Jede Änderung</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Jeder Datensatz</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>Art des &amp;Datensatzes:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>Datensatz&amp;nummer:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
</context>
<context>
    <name>bk::AddPractitionerDialog</name>
    <message>
        <source>Add practitioner</source>
        <translation>Fachperson hinzufügen</translation>
    </message>
    <message>
        <source>The new practitioner signs in to the practice server with this name and password. Tell them the password in person, never by email.</source>
        <translation>Die neue Fachperson meldet sich mit diesem Namen und diesem Passwort am Praxisserver an. Teilen Sie ihr das Passwort persönlich mit, niemals per E-Mail.</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>z. B. anna</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and “_”, not starting with a digit</source>
        <translation>Kleinbuchstaben, Ziffern und „_“, nicht beginnend mit einer Ziffer</translation>
    </message>
    <message>
        <source>e.g. Anna Berg</source>
        <translation>z. B. Anna Berg</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add practitioner</source>
        <translation>Fachperson &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Die beiden Passwörter stimmen nicht überein: Geben Sie in beide Felder dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>bk::AuditEventModel</name>
    <message>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Recorded as it was</source>
        <translation>So erfasst, wie er war</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>bk::AvailabilityDialog</name>
    <message>
        <source>contract review on %1</source>
        <translation>Vertragsüberprüfung am %1</translation>
    </message>
    <message>
        <source>goal due on %1</source>
        <translation>Ziel fällig am %1</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>Nachverfolgung am %1</translation>
    </message>
    <message>
        <source>%1, moved to %2</source>
        <translation>%1, verschoben auf %2</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Eingeschränkte Erreichbarkeit</translation>
    </message>
    <message>
        <source>When something personal affects your work, tell the clients concerned in good time what changes for them and whom to contact — without the personal detail.</source>
        <translation>Wenn etwas Persönliches Ihre Arbeit beeinträchtigt, teilen Sie den betroffenen Klient:innen rechtzeitig mit, was sich für sie ändert und an wen sie sich wenden können – ohne persönliche Einzelheiten.</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>Der Zeitraum</translation>
    </message>
    <message>
        <source>&amp;No sessions</source>
        <translation>&amp;Keine Sitzungen</translation>
    </message>
    <message>
        <source>S&amp;lower replies to messages</source>
        <translation>&amp;Langsamere Antworten auf Nachrichten</translation>
    </message>
    <message>
        <source>A colleague&apos;s name, if one covers</source>
        <translation>Name einer Kolleg:in, falls jemand vertritt</translation>
    </message>
    <message>
        <source>How clients reach them</source>
        <translation>Wie Klient:innen sie erreichen</translation>
    </message>
    <message>
        <source>Kept for your own record only: no notice names it.</source>
        <translation>Nur für Ihre eigenen Unterlagen: Keine Mitteilung nennt ihn.</translation>
    </message>
    <message>
        <source>The reason is private: it never appears in a notice.</source>
        <translation>Der Grund ist privat: Er erscheint nie in einer Mitteilung.</translation>
    </message>
    <message>
        <source>Recor&amp;d the period</source>
        <translation>Zeitraum &amp;erfassen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>&amp;Covered by:</source>
        <translation>Ver&amp;tretung:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>The clients affected</source>
        <translation>Die betroffenen Klient:innen</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Betroffene Klient:innen</translation>
    </message>
    <message>
        <source>&amp;Move their follow-ups to the day after</source>
        <translation>Ihre Nachverfolgungen auf den Folgetag ver&amp;schieben</translation>
    </message>
    <message>
        <source>Each move is recorded; the original date stays in the record</source>
        <translation>Jede Verschiebung wird erfasst; das ursprüngliche Datum bleibt im Verlauf</translation>
    </message>
    <message>
        <source>The notice for the client</source>
        <translation>Die Mitteilung für die Klient:in</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save the notice with the practice&apos;s letterhead as a PDF in the client&apos;s folder</source>
        <translation>Die Mitteilung mit dem Briefkopf der Praxis als PDF im Ordner der Klient:in speichern</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>&amp;Als gesendet erfassen</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Gesendet als:</translation>
    </message>
    <message>
        <source>A new period</source>
        <translation>Ein neuer Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(notice sent)</source>
        <translation>(Mitteilung gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>The clients affected: %Ln</source>
        <translation>
            <numerusform>Betroffene Klient:innen: %Ln</numerusform>
            <numerusform>Betroffene Klient:innen: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln follow-up(s) to the day after</source>
        <translation>
            <numerusform>%Ln Nachverfolgung auf den Folgetag ver&amp;schieben</numerusform>
            <numerusform>%Ln Nachverfolgungen auf den Folgetag ver&amp;schieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the period to see the clients it affects.</source>
        <translation>Erfassen Sie den Zeitraum, um die betroffenen Klient:innen zu sehen.</translation>
    </message>
    <message>
        <source>No client has anything due in this period.</source>
        <translation>Keine Klient:in hat in diesem Zeitraum etwas Fälliges.</translation>
    </message>
    <message>
        <source>A notice was recorded as sent on %1.</source>
        <translation>Eine Mitteilung wurde am %1 als gesendet erfasst.</translation>
    </message>
    <message>
        <source>No notice recorded as sent yet.</source>
        <translation>Noch keine Mitteilung als gesendet erfasst.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the notice instead and paste it into a message.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Kopieren Sie stattdessen die Mitteilung und fügen Sie sie in eine Nachricht ein.</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Das PDF wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved as %1 in &lt;a href=&quot;%2&quot;&gt;the client&apos;s folder&lt;/a&gt;.</source>
        <translation>Als %1 im &lt;a href=&quot;%2&quot;&gt;Ordner der Klient:in&lt;/a&gt; gespeichert.</translation>
    </message>
</context>
<context>
    <name>bk::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>Write a checked copy of the whole practice to a file you choose.</source>
        <translation>Eine geprüfte Kopie der gesamten Praxis in eine Datei Ihrer Wahl schreiben.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the practice with a backup; the practice as it is now is kept as a backup first.</source>
        <translation>Die Praxis durch eine Sicherung ersetzen; die Praxis in ihrem jetzigen Zustand wird zuerst als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Die Praxis sichern</translation>
    </message>
    <message>
        <source>Server backups (*.pgdump *.pgdump.bkenc)</source>
        <translation>Server-Sicherungen (*.pgdump *.pgdump.bkenc)</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.sqlite.bkenc)</source>
        <translation>Sicherungen (*.sqlite *.sqlite.bkenc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sichern nach %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Das Sichern wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Backed up to %1; the copy was checked.</source>
        <translation>Nach %1 gesichert; die Kopie wurde geprüft.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Tägliche Sicherung</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>Die heutige Sicherung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)</source>
        <translation>Sicherungen (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice on a server; this practice is kept in a file.</source>
        <translation>%1 ist die Sicherung einer Praxis auf einem Server; diese Praxis liegt in einer Datei.</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice kept in a file; this practice is on a server.</source>
        <translation>%1 ist die Sicherung einer Praxis in einer Datei; diese Praxis liegt auf einem Server.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was made %2 (database schema %3) and holds %4.

Restoring replaces the practice with it. The practice as it is now is kept as a backup first. Boundary Keeper closes the window, restores and opens the practice again.</source>
        <translation>%1 wurde am %2 erstellt (Datenbankschema %3) und enthält %4.

Die Wiederherstellung ersetzt die Praxis durch diese Sicherung. Die Praxis in ihrem jetzigen Zustand wird zuerst als Sicherung aufbewahrt. Boundary Keeper schließt das Fenster, stellt die Sicherung wieder her und öffnet die Praxis erneut.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>keine Datensätze</translation>
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
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Go through each boundary together: what it means, what happens when it is crossed, and any questions. Tick each one once it has been discussed.</source>
        <translation>Gehen Sie jede Grenze gemeinsam durch: was sie bedeutet, was geschieht, wenn sie überschritten wird, und alle Fragen. Haken Sie jede ab, sobald sie besprochen ist.</translation>
    </message>
    <message>
        <source>The policy has changed since the client last signed. Go through the changes together and tick each added or changed boundary once it has been discussed.</source>
        <translation>Die Richtlinie hat sich geändert, seit die Klient:in zuletzt unterschrieben hat. Gehen Sie die Änderungen gemeinsam durch und haken Sie jede hinzugefügte oder geänderte Grenze ab, sobald sie besprochen ist.</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>Version %1 (signed)</source>
        <translation>Version %1 (unterschrieben)</translation>
    </message>
    <message>
        <source>Version %1 (now)</source>
        <translation>Version %1 (jetzt)</translation>
    </message>
    <message numerus="yes">
        <source>No boundary was added or changed. The %n boundaries were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>Keine Grenze wurde hinzugefügt oder geändert. Die %n Grenze wurde bei der Unterschrift von Version %1 besprochen und ist als besprochen erfasst.</numerusform>
            <numerusform>Keine Grenze wurde hinzugefügt oder geändert. Die %n Grenzen wurden bei der Unterschrift von Version %1 besprochen und sind als besprochen erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n boundaries that did not change were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>Die %n unveränderte Grenze wurde bei der Unterschrift von Version %1 besprochen und ist als besprochen erfasst.</numerusform>
            <numerusform>Die %n unveränderten Grenzen wurden bei der Unterschrift von Version %1 besprochen und sind als besprochen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy version the client signed beside the current one: what was added, changed and removed.</source>
        <translation>Die Richtlinienversion, die die Klient:in unterschrieben hat, neben der aktuellen: was hinzugekommen ist, was sich geändert hat und was entfernt wurde.</translation>
    </message>
</context>
<context>
    <name>bk::BoundaryCatalogueWidget</name>
    <message>
        <source>Retire</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>A short name, e.g. Contact outside working hours</source>
        <translation>Ein kurzer Name, z. B. Kontakt außerhalb der Arbeitszeiten</translation>
    </message>
    <message>
        <source>Retired: kept in earlier versions, left out of the next one. Restore it to publish it again.</source>
        <translation>Zurückgezogen: in früheren Versionen enthalten, in der nächsten nicht. Stellen Sie sie wieder her, um sie erneut zu veröffentlichen.</translation>
    </message>
    <message>
        <source>The boundary in plain language, as the client will read it</source>
        <translation>Die Grenze in einfachen Worten, so wie die Klient:in sie lesen wird</translation>
    </message>
    <message>
        <source>What respecting it looks like, for both of you</source>
        <translation>Wie es aussieht, sie zu respektieren, für Sie beide</translation>
    </message>
    <message>
        <source>What happens when it is crossed, e.g. a conversation first, then a written summary</source>
        <translation>Was geschieht, wenn sie überschritten wird, z. B. zuerst ein Gespräch, dann eine schriftliche Zusammenfassung</translation>
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
        <source>&amp;Appropriate behaviour:</source>
        <translation>&amp;Angemessenes Verhalten:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The language whose texts you see and edit: clients receive their documents in their own language, so each boundary needs its texts in it</source>
        <translation>Die Sprache, deren Texte Sie sehen und bearbeiten: Klient:innen erhalten ihre Dokumente in ihrer eigenen Sprache, daher braucht jede Grenze ihre Texte in dieser Sprache</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xte auf:</translation>
    </message>
    <message>
        <source>%1 (main language)</source>
        <translation>%1 (Hauptsprache)</translation>
    </message>
    <message>
        <source>Every boundary has its %1 texts.</source>
        <translation>Jede Grenze hat ihre Texte auf %1.</translation>
    </message>
    <message>
        <source>Boundaries without %1 texts: %2. Agreements in %1 need them.</source>
        <translation>Grenzen ohne Texte auf %1: %2. Vereinbarungen auf %1 brauchen sie.</translation>
    </message>
    <message>
        <source>%1 (no %2 text)</source>
        <translation>%1 (kein Text auf %2)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Co&amp;nsequence:</source>
        <translation>Ko&amp;nsequenz:</translation>
    </message>
</context>
<context>
    <name>bk::BoundaryDiscussionWidget</name>
    <message>
        <source>Boundaries; tick each one once it has been discussed</source>
        <translation>Grenzen; haken Sie jede ab, sobald sie besprochen ist</translation>
    </message>
    <message>
        <source>What the client asked, in their words</source>
        <translation>Was die Klient:in gefragt hat, in ihren Worten</translation>
    </message>
    <message>
        <source>The answer you gave</source>
        <translation>Die Antwort, die Sie gegeben haben</translation>
    </message>
    <message>
        <source>Discussed – &amp;go to the next</source>
        <translation>Besprochen – zur &amp;nächsten</translation>
    </message>
    <message>
        <source>Tick this boundary as discussed and go on to the next one</source>
        <translation>Diese Grenze als besprochen abhaken und zur nächsten gehen</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;questions:</source>
        <translation>&amp;Fragen der Klient:in:</translation>
    </message>
    <message>
        <source>&amp;Answers given:</source>
        <translation>&amp;Gegebene Antworten:</translation>
    </message>
    <message>
        <source>What it looks like:</source>
        <translation>Wie es aussieht:</translation>
    </message>
    <message>
        <source>If it is crossed:</source>
        <translation>Wenn sie überschritten wird:</translation>
    </message>
    <message>
        <source>No consequence is stated.</source>
        <translation>Es ist keine Konsequenz genannt.</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>%1 of %2 discussed</source>
        <translation>%1 von %2 besprochen</translation>
    </message>
    <message>
        <source>Every boundary of your policy. Talk each one through with the client; a tick marks those discussed.</source>
        <translation>Alle Grenzen Ihrer Richtlinie. Besprechen Sie jede einzelne mit der Klient:in; ein Haken kennzeichnet die besprochenen.</translation>
    </message>
    <message>
        <source>Tick once you have talked this boundary through and the client understands it and what happens when it is crossed. Next is enabled when every boundary is ticked.</source>
        <translation>Haken Sie diese Grenze ab, sobald Sie sie besprochen haben und die Klient:in sie versteht und weiß, was geschieht, wenn sie überschritten wird. „Weiter“ wird aktiv, sobald alle Grenzen abgehakt sind.</translation>
    </message>
    <message>
        <source>The client&apos;s questions about this boundary, in their words. They are printed in the agreement.</source>
        <translation>Die Fragen der Klient:in zu dieser Grenze, in ihren eigenen Worten. Sie werden in der Vereinbarung abgedruckt.</translation>
    </message>
    <message>
        <source>The answers you gave. They are printed in the agreement beside the questions.</source>
        <translation>Die Antworten, die Sie gegeben haben. Sie werden in der Vereinbarung neben den Fragen abgedruckt.</translation>
    </message>
    <message>
        <source>The boundary</source>
        <translation>Die Grenze</translation>
    </message>
    <message>
        <source>Discussed &amp;with the client, questions answered</source>
        <translation>Mit der Klient:in &amp;besprochen, Fragen beantwortet</translation>
    </message>
</context>
<context>
    <name>bk::ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Neue Klient:in</translation>
    </message>
    <message>
        <source>Client – %1</source>
        <translation>Klient:in – %1</translation>
    </message>
    <message>
        <source>Edit client – %1</source>
        <translation>Klient:in bearbeiten – %1</translation>
    </message>
    <message>
        <source>Save and start &amp;agreement…</source>
        <translation>Speichern und &amp;Vereinbarung beginnen…</translation>
    </message>
    <message>
        <source>Save the client and walk through the boundary agreement together</source>
        <translation>Die Klient:in speichern und die Grenzvereinbarung gemeinsam durchgehen</translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation>Angelegt %1 · zuletzt geändert %2</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>%1 Your changes are still here: save again to compare them with the newer version, or cancel to discard them.</source>
        <translation>%1 Ihre Änderungen sind noch da: Speichern Sie erneut, um sie mit der neueren Version zu vergleichen, oder brechen Sie ab, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Client deleted elsewhere</source>
        <translation>Klient:in an anderer Stelle gelöscht</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere after you opened it, so your changes could not be saved. Save what you typed as a new client?</source>
        <translation>%1 wurde an anderer Stelle gelöscht, nachdem Sie den Datensatz geöffnet haben, daher konnten Ihre Änderungen nicht gespeichert werden. Ihre Eingaben als neue Klient:in speichern?</translation>
    </message>
    <message>
        <source>Save as new client</source>
        <translation>Als neue Klient:in speichern</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere; nothing was saved. Cancel to discard your changes.</source>
        <translation>%1 wurde an anderer Stelle gelöscht; es wurde nichts gespeichert. Brechen Sie ab, um Ihre Änderungen zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>bk::ClientFormWidget</name>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>How the client likes to be addressed</source>
        <translation>Wie die Klient:in angesprochen werden möchte</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+49 151 23456789</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>Goals, context, anything worth remembering about working together</source>
        <translation>Ziele, Hintergrund, alles, was für die Zusammenarbeit wichtig ist</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>Bevorzugter &amp;Kontaktweg:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>The language of the client&apos;s agreements, contracts and written summaries.</source>
        <translation>Die Sprache der Vereinbarungen, Verträge und schriftlichen Zusammenfassungen der Klient:in.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Dokumentsprache:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>bk::ClientPicker</name>
    <message>
        <source>Type part of a name, email or phone</source>
        <translation>Teil eines Namens, einer E-Mail oder Telefonnummer eingeben</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Keine Klient:in passt zu „%1“.</translation>
    </message>
    <message>
        <source>Several clients match “%1”: choose one from the list.</source>
        <translation>Mehrere Klient:innen passen zu „%1“: Wählen Sie eine aus der Liste.</translation>
    </message>
</context>
<context>
    <name>bk::ClientPractitionersWidget</name>
    <message>
        <source>Share &amp;with…</source>
        <translation>Teilen &amp;mit…</translation>
    </message>
    <message>
        <source>Let another practitioner see and work with this client (at once)</source>
        <translation>Einer anderen Fachperson erlauben, diese Klient:in zu sehen und mit ihr zu arbeiten (wirkt sofort)</translation>
    </message>
    <message>
        <source>Stop sharin&amp;g…</source>
        <translation>Tei&amp;len beenden…</translation>
    </message>
    <message>
        <source>Stop sharing this client with a practitioner (at once)</source>
        <translation>Das Teilen dieser Klient:in mit einer Fachperson beenden (wirkt sofort)</translation>
    </message>
    <message>
        <source>Hand &amp;over to…</source>
        <translation>Über&amp;geben an…</translation>
    </message>
    <message>
        <source>Make another practitioner responsible for this client (at once)</source>
        <translation>Eine andere Fachperson für diese Klient:in verantwortlich machen (wirkt sofort)</translation>
    </message>
    <message>
        <source>Responsible practitioner: %1 (you)</source>
        <translation>Verantwortliche Fachperson: %1 (Sie)</translation>
    </message>
    <message>
        <source>You no longer see this client: they are neither yours nor shared with you.</source>
        <translation>Diese Klient:in ist für Sie nicht mehr sichtbar: weder Ihnen zugeordnet noch mit Ihnen geteilt.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
    <message>
        <source>Responsible practitioner: %1</source>
        <translation>Verantwortliche Fachperson: %1</translation>
    </message>
    <message>
        <source>Created by %1 · last changed by %2</source>
        <translation>Angelegt von %1 · zuletzt geändert von %2</translation>
    </message>
    <message>
        <source>Shared with nobody</source>
        <translation>Mit niemandem geteilt</translation>
    </message>
    <message>
        <source>Shared with: %1</source>
        <translation>Geteilt mit: %1</translation>
    </message>
    <message>
        <source>Share the client</source>
        <translation>Klient:in teilen</translation>
    </message>
    <message>
        <source>Every practitioner who works with clients already sees this client. Add a practitioner first (File ▸ Practitioners…).</source>
        <translation>Alle Fachpersonen, die mit Klient:innen arbeiten, sehen diese Klient:in bereits. Fügen Sie zuerst eine Fachperson hinzu (Datei ▸ Fachpersonen…).</translation>
    </message>
    <message>
        <source>Share the client with:</source>
        <translation>Klient:in teilen mit:</translation>
    </message>
    <message>
        <source>Stop sharing the client</source>
        <translation>Teilen der Klient:in beenden</translation>
    </message>
    <message>
        <source>The client is not shared with anyone.</source>
        <translation>Die Klient:in ist mit niemandem geteilt.</translation>
    </message>
    <message>
        <source>Stop sharing the client with:</source>
        <translation>Teilen der Klient:in beenden mit:</translation>
    </message>
    <message>
        <source>Hand the client over</source>
        <translation>Klient:in übergeben</translation>
    </message>
    <message>
        <source>There is no other practitioner to hand the client over to. Add a practitioner first (File ▸ Practitioners…).</source>
        <translation>Es gibt keine andere Fachperson, an die Sie die Klient:in übergeben können. Fügen Sie zuerst eine Fachperson hinzu (Datei ▸ Fachpersonen…).</translation>
    </message>
    <message>
        <source>Make responsible for the client:</source>
        <translation>Neue verantwortliche Fachperson für die Klient:in:</translation>
    </message>
</context>
<context>
    <name>bk::ClientStepPage</name>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Who is the agreement with? Choose a client from your register or add a new one.</source>
        <translation>Mit wem wird die Vereinbarung geschlossen? Wählen Sie eine Klient:in aus Ihrem Verzeichnis oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <source>An &amp;existing client</source>
        <translation>&amp;Vorhandene Klient:in</translation>
    </message>
    <message>
        <source>A ne&amp;w client</source>
        <translation>Neue K&amp;lient:in</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <source>The client was not saved. %1</source>
        <translation>Die Klient:in wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Make the agreement with someone already in your register. A client who has an agreement or a draft is asked about first.</source>
        <translation>Die Vereinbarung mit jemandem schließen, der bereits in Ihrem Verzeichnis steht. Hat die Klient:in schon eine Vereinbarung oder einen Entwurf, fragt Boundary Keeper zuerst nach.</translation>
    </message>
    <message>
        <source>Add the client here, with the same checks as the client form, and make the agreement with them.</source>
        <translation>Legen Sie die Klient:in hier an, mit denselben Prüfungen wie im Formular „Neue Klient:in“, und schließen Sie die Vereinbarung mit ihr.</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name, email address or phone number to find them in your register.</source>
        <translation>Geben Sie einen Teil des Namens, der E-Mail-Adresse oder der Telefonnummer ein, um die Klient:in in Ihrem Verzeichnis zu finden.</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klient:innen suchen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient:innen</translation>
    </message>
</context>
<context>
    <name>bk::ClientTableModel</name>
    <message>
        <source>%1, archived</source>
        <translation>%1, archiviert</translation>
    </message>
    <message>
        <source>Signed version %1 of the policy; a newer version has been published since. A draft agreement is open.</source>
        <translation>Hat Version %1 der Richtlinie unterschrieben; seitdem wurde eine neuere Version veröffentlicht. Ein Vereinbarungsentwurf ist offen.</translation>
    </message>
    <message>
        <source>Signed version %1 of the policy; a newer version has been published since.</source>
        <translation>Hat Version %1 der Richtlinie unterschrieben; seitdem wurde eine neuere Version veröffentlicht.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
</context>
<context>
    <name>bk::ClientTimelineWidget</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a client to see their history.</source>
        <translation>Wählen Sie eine Klient:in aus.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Agreement signed (policy version %1)</source>
        <translation>Vereinbarung unterschrieben (Richtlinienversion %1)</translation>
    </message>
    <message>
        <source>Agreement drafted (policy version %1)</source>
        <translation>Vereinbarung entworfen (Richtlinienversion %1)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Vorfall: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Follow-up corrected: %1</source>
        <translation>Nachverfolgung korrigiert: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Nachverfolgung: %1</translation>
    </message>
    <message>
        <source>Contract signed (review on %1)</source>
        <translation>Vertrag unterzeichnet (Überprüfung am %1)</translation>
    </message>
    <message>
        <source>Contract drafted</source>
        <translation>Vertrag entworfen</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the signed PDF</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um das unterzeichnete PDF zu öffnen</translation>
    </message>
    <message>
        <source>No incidents, agreements or contracts yet.</source>
        <translation>Noch keine Vorfälle, Vereinbarungen oder Verträge.</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>Entwurf &amp;verwerfen…</translation>
    </message>
    <message>
        <source>Discard this draft agreement? It stays in the records, marked discarded, and can no longer be finished.</source>
        <translation>Diesen Vereinbarungsentwurf verwerfen? Er bleibt in den Unterlagen, als verworfen markiert, und kann nicht mehr fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Discard this draft contract? It stays in the records, marked discarded, and can no longer be finished.</source>
        <translation>Diesen Vertragsentwurf verwerfen? Er bleibt in den Unterlagen, als verworfen markiert, und kann nicht mehr fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Der Entwurf wurde nicht verworfen</translation>
    </message>
    <message>
        <source>Agreement draft discarded (policy version %1)</source>
        <translation>Vereinbarungsentwurf verworfen (Richtlinienversion %1)</translation>
    </message>
    <message>
        <source>Contract draft discarded</source>
        <translation>Vertragsentwurf verworfen</translation>
    </message>
    <message>
        <source>Right-click or press Delete to discard the draft</source>
        <translation>Rechtsklick oder Entf drücken, um den Entwurf zu verwerfen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>bk::ClientsPage</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neue Klient:in…</translation>
    </message>
    <message>
        <source>Add a client to the register (%1)</source>
        <translation>Eine Klient:in ins Verzeichnis aufnehmen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected client (Enter)</source>
        <translation>Die gewählte Klient:in bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>&amp;Archivieren…</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected client and everything kept about them (Shift+Delete)</source>
        <translation>Die gewählte Klient:in und alles über sie Gespeicherte löschen (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Start &amp;agreement…</source>
        <translation>&amp;Vereinbarung beginnen…</translation>
    </message>
    <message>
        <source>Walk through the boundary agreement with the selected client</source>
        <translation>Die Grenzvereinbarung mit der gewählten Klient:in durchgehen</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Klient:in &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>Vorfall &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log a crossed boundary with the selected client</source>
        <translation>Eine überschrittene Grenze bei der gewählten Klient:in erfassen</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Name, E-Mail oder Telefon suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Erneute Bestätigung fällig</translation>
    </message>
    <message>
        <source>Clients who acknowledged an older version of the policy</source>
        <translation>Klient:innen, die eine ältere Version der Richtlinie bestätigt haben</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Archivierte zeigen</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neue Klient:in…</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Noch keine Klient:innen</translation>
    </message>
    <message>
        <source>Add the people you work with to keep their contact details, status and notes in one place.</source>
        <translation>Nehmen Sie die Menschen auf, mit denen Sie arbeiten, um Kontaktdaten, Status und Notizen an einem Ort zu haben.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Resume &amp;agreement…</source>
        <translation>&amp;Vereinbarung fortsetzen…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Bring the selected client back into the register</source>
        <translation>Die gewählte Klient:in zurück ins Verzeichnis holen</translation>
    </message>
    <message>
        <source>Archive the selected client: kept, but out of the list (Delete)</source>
        <translation>Die gewählte Klient:in archivieren: bleibt gespeichert, verschwindet aber aus der Liste (Entf)</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Keine Klient:in passt zu „%1“.</translation>
    </message>
    <message>
        <source>No client needs to acknowledge the policy again.</source>
        <translation>Keine Klient:in muss die Richtlinie erneut bestätigen.</translation>
    </message>
    <message>
        <source>No client matches the chosen status.</source>
        <translation>Keine Klient:in hat den gewählten Status.</translation>
    </message>
    <message>
        <source>Every client is archived. Tick “Show archived” to see them.</source>
        <translation>Alle Klient:innen sind archiviert. Haken Sie „Archivierte zeigen“ an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>Client not restored</source>
        <translation>Klient:in nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Klient:in archivieren</translation>
    </message>
    <message>
        <source>Archive %1? The client leaves the list but everything kept about them stays, and you can restore them at any time with “Show archived”.</source>
        <translation>%1 archivieren? Die Klient:in verschwindet aus der Liste, aber alles über sie Gespeicherte bleibt erhalten, und Sie können sie jederzeit über „Archivierte zeigen“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Client not archived</source>
        <translation>Klient:in nicht archiviert</translation>
    </message>
    <message>
        <source>Delete client for good</source>
        <translation>Klient:in endgültig löschen</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their details and notes are erased from this database and cannot be brought back. To keep the record but take it out of the list, archive the client instead.</source>
        <translation>%1 endgültig löschen? Angaben und Notizen werden aus dieser Datenbank gelöscht und können nicht zurückgeholt werden. Um die Unterlagen zu behalten, sie aber aus der Liste zu nehmen, archivieren Sie die Klient:in stattdessen.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Client not deleted</source>
        <translation>Klient:in nicht gelöscht</translation>
    </message>
    <message>
        <source>Check &amp;before sharing…</source>
        <translation>Vor dem &amp;Teilen prüfen…</translation>
    </message>
    <message>
        <source>Five questions before sharing something personal with the selected client</source>
        <translation>Fünf Fragen, bevor Sie etwas Persönliches mit der gewählten Klient:in teilen</translation>
    </message>
    <message>
        <source>Open si&amp;gned agreement</source>
        <translation>Unterzeichnete Vereinbarung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s signed agreement as it was signed, to save a copy or print it</source>
        <translation>Die unterzeichnete Vereinbarung der ausgewählten Klient:in so zeigen, wie sie unterzeichnet wurde, um eine Kopie zu speichern oder sie zu drucken</translation>
    </message>
    <message>
        <source>Erase perso&amp;nal data…</source>
        <translation>&amp;Personenbezogene Daten löschen…</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data on their request; anonymised incident counts stay</source>
        <translation>Die personenbezogenen Daten der ausgewählten Klient:in auf deren Wunsch löschen; anonymisierte Vorfallszahlen bleiben erhalten</translation>
    </message>
    <message>
        <source>E&amp;xport client&apos;s data…</source>
        <translation>Daten der Klient:in e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write everything held about the selected client to a folder, for their access request</source>
        <translation>Alles über die ausgewählte Klient:in Gespeicherte für ihr Auskunftsersuchen in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>Client&apos;s data not erased</source>
        <translation>Daten der Klient:in nicht gelöscht</translation>
    </message>
    <message>
        <source>Export client&apos;s data to a new folder</source>
        <translation>Daten der Klient:in in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>client-%1-data-%2</source>
        <translation>klient-%1-daten-%2</translation>
    </message>
    <message>
        <source>Client&apos;s data not exported</source>
        <translation>Daten der Klient:in nicht exportiert</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Daten der Klient:in exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Everything held about %1 is in %2: report.html to read or print, data.json for programs, and %n signed PDF(s).</source>
        <translation>
            <numerusform>Alles über %1 Gespeicherte liegt in %2: report.html zum Lesen oder Drucken, data.json für Programme und %n unterschriebenes PDF.</numerusform>
            <numerusform>Alles über %1 Gespeicherte liegt in %2: report.html zum Lesen oder Drucken, data.json für Programme und %n unterschriebene PDFs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient:innen</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klient:innen suchen</translation>
    </message>
</context>
<context>
    <name>bk::CommunicationWidget</name>
    <message>
        <source>Working hours</source>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>Z&amp;eitzone:</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Kontaktwege</translation>
    </message>
    <message>
        <source>When clients can expect an answer, e.g. messages within two working days; nothing is answered outside working hours</source>
        <translation>Wann Klient:innen eine Antwort erwarten können, z. B. Nachrichten innerhalb von zwei Arbeitstagen; außerhalb der Arbeitszeiten wird nichts beantwortet</translation>
    </message>
    <message>
        <source>What counts as an emergency, e.g. a risk to someone&apos;s life or safety</source>
        <translation>Was als Notfall gilt, z. B. eine Gefahr für Leben oder Sicherheit eines Menschen</translation>
    </message>
    <message>
        <source>Whom to contact in an emergency and how, e.g. the local emergency number or a crisis line</source>
        <translation>Wen man im Notfall wie kontaktiert, z. B. die örtliche Notrufnummer oder ein Krisentelefon</translation>
    </message>
    <message>
        <source>What counts as an &amp;emergency:</source>
        <translation>Was als &amp;Notfall gilt:</translation>
    </message>
    <message>
        <source>Whom to c&amp;ontact:</source>
        <translation>Wen &amp;kontaktieren:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>What the client can expect, in words, e.g. &quot;By the next working day&quot;</source>
        <translation>Was die Klient:in erwarten kann, in Worten, z. B. „Bis zum nächsten Arbeitstag“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>The same promise in hours, for reminders; &quot;none&quot; when no promise is made</source>
        <translation>Dieselbe Zusage in Stunden, für Erinnerungen; „keine“, wenn nichts zugesagt wird</translation>
    </message>
    <message>
        <source>Must end after it starts</source>
        <translation>Muss nach dem Beginn enden</translation>
    </message>
    <message>
        <source>The time zone your working hours are in. Contact outside them is flagged, across daylight-saving changes too.</source>
        <translation>Die Zeitzone, in der Ihre Arbeitszeiten gelten. Kontakt außerhalb dieser Zeiten wird markiert, auch über die Zeitumstellung hinweg.</translation>
    </message>
    <message>
        <source>How soon clients can expect an answer, on which channels and days.</source>
        <translation>Wie schnell Klient:innen eine Antwort erwarten können, auf welchen Kontaktwegen und an welchen Tagen.</translation>
    </message>
    <message>
        <source>What counts as an emergency, the one reason to reach you outside the agreed hours and channels.</source>
        <translation>Was als Notfall gilt: der einzige Grund, Sie außerhalb der vereinbarten Zeiten und Kontaktwege zu erreichen.</translation>
    </message>
    <message>
        <source>Whom the client contacts in an emergency, and how.</source>
        <translation>An wen sich die Klient:in im Notfall wendet, und wie.</translation>
    </message>
    <message>
        <source>Whether you work on this day, and from when to when. Contact outside these hours is flagged as after hours.</source>
        <translation>Ob Sie an diesem Tag arbeiten, und von wann bis wann. Kontakt außerhalb dieser Zeiten wird als „Außerhalb der Arbeitszeiten“ markiert.</translation>
    </message>
    <message>
        <source>Response ti&amp;mes:</source>
        <translation>Antw&amp;ortzeiten:</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1, von</translation>
    </message>
    <message>
        <source>%1, until</source>
        <translation>%1, bis</translation>
    </message>
    <message>
        <source>%1: response time in hours</source>
        <translation>%1: Antwortzeit in Stunden</translation>
    </message>
</context>
<context>
    <name>bk::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed elsewhere – %1</source>
        <translation>An anderer Stelle geändert – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been saved yet. Choose for each field which version to keep; saving stores the combination.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wurde von jemand anderem gespeichert, nachdem Sie den Datensatz geöffnet haben. Von Ihren Änderungen ist noch nichts gespeichert. Wählen Sie für jedes Feld, welche Fassung Sie behalten möchten; beim Speichern wird diese Kombination gespeichert.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>An anderer Stelle gespeichert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>%1
(changed on both sides)</source>
        <translation>%1
(auf beiden Seiten geändert)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Take the value saved elsewhere for %1</source>
        <translation>Den an anderer Stelle gespeicherten Wert für %1 übernehmen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Keep your value for %1</source>
        <translation>Ihren Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Alle &amp;meine behalten</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Alle &amp;anderen übernehmen</translation>
    </message>
    <message>
        <source>Save the chosen values on top of the version saved elsewhere</source>
        <translation>Die gewählten Werte auf Grundlage der an anderer Stelle gespeicherten Version speichern</translation>
    </message>
</context>
<context>
    <name>bk::ConnectDialog</name>
    <message>
        <source>Connect to practice server</source>
        <translation>Mit Praxisserver verbinden</translation>
    </message>
    <message>
        <source>Where is the practice&apos;s PostgreSQL server? Ask whoever runs it for these details, or paste the whole address they gave you.</source>
        <translation>Wo ist der PostgreSQL-Server der Praxis? Fragen Sie die Person, die ihn betreibt, nach diesen Angaben, oder fügen Sie die vollständige Adresse ein, die Sie erhalten haben.</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (leer: dieser Computer)</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>practice</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Verschlüsseln, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Immer verschlüsseln (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate and name (verify-full; for a server outside the practice)</source>
        <translation>Verschlüsseln sowie Zertifikat und Namen des Servers prüfen (verify-full; für einen Server außerhalb der Praxis)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Nie verschlüsseln (disable)</translation>
    </message>
    <message>
        <source>postgresql://anna@db.example.org/practice?sslmode=verify-full</source>
        <translation>postgresql://anna@db.example.org/practice?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Or &amp;address:</source>
        <translation>Oder &amp;Adresse:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>Das Verbinden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 The password is asked for each time (or taken from PGPASSWORD or your PostgreSQL password file).</source>
        <translation>%1 Das Passwort wird jedes Mal abgefragt (oder aus PGPASSWORD bzw. Ihrer PostgreSQL-Passwortdatei übernommen).</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql:// (or postgres://).</source>
        <translation>Die Adresse eines Servers beginnt mit postgresql:// (oder postgres://).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden mit %1…</translation>
    </message>
</context>
<context>
    <name>bk::ContractFormWidget</name>
    <message>
        <source>What appropriate behaviour is, in plain words</source>
        <translation>Was angemessenes Verhalten ist, in einfachen Worten</translation>
    </message>
    <message>
        <source>What the client does instead</source>
        <translation>Was die Klient:in stattdessen tut</translation>
    </message>
    <message>
        <source>One measurable goal a line</source>
        <translation>Ein messbares Ziel pro Zeile</translation>
    </message>
    <message>
        <source>What happens if the contract is not kept</source>
        <translation>Was geschieht, wenn der Vertrag nicht eingehalten wird</translation>
    </message>
    <message>
        <source>A&amp;ppropriate:</source>
        <translation>&amp;Angemessen:</translation>
    </message>
    <message>
        <source>Rep&amp;lacement:</source>
        <translation>&amp;Stattdessen:</translation>
    </message>
    <message>
        <source>&amp;Measurable goals:</source>
        <translation>&amp;Messbare Ziele:</translation>
    </message>
    <message>
        <source>C&amp;onsequences:</source>
        <translation>&amp;Konsequenzen:</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>Über&amp;prüfung am:</translation>
    </message>
</context>
<context>
    <name>bk::ContractSigningDialog</name>
    <message>
        <source>Sign the behavioural contract</source>
        <translation>Den Verhaltensvertrag unterschreiben</translation>
    </message>
    <message>
        <source>The client consents to signing electronically:</source>
        <translation>Die Klient:in willigt in die elektronische Unterschrift ein:</translation>
    </message>
    <message>
        <source>Who countersigns for the practice</source>
        <translation>Wer für die Praxis gegenzeichnet</translation>
    </message>
    <message>
        <source>The client signs</source>
        <translation>Die Klient:in unterschreibt</translation>
    </message>
    <message>
        <source>The practitioner countersigns</source>
        <translation>Die Fachperson zeichnet gegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The contract cannot be prepared. %1</source>
        <translation>Der Vertrag kann nicht vorbereitet werden. %1</translation>
    </message>
    <message>
        <source>Sign and save PDF</source>
        <translation>Unterschreiben und PDF speichern</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Not signed yet. %1</source>
        <translation>Noch nicht unterschrieben. %1</translation>
    </message>
    <message>
        <source>Nothing was signed. %1</source>
        <translation>Es wurde nichts unterschrieben. %1</translation>
    </message>
    <message>
        <source>The contract is signed and stored, but its PDF could not be saved to the client&apos;s folder. %1 Save a copy from the contract step.</source>
        <translation>Der Vertrag ist unterschrieben und gespeichert, aber sein PDF konnte nicht im Ordner der Klient:in abgelegt werden. %1 Speichern Sie eine Kopie aus der Vertragsstufe.</translation>
    </message>
    <message>
        <source>Draft not kept</source>
        <translation>Entwurf nicht behalten</translation>
    </message>
    <message>
        <source>The contract draft could not be kept; signing starts afresh next time. %1</source>
        <translation>Der Vertragsentwurf konnte nicht behalten werden; das Unterschreiben beginnt beim nächsten Mal von vorn. %1</translation>
    </message>
    <message>
        <source>Record the contract signed on paper</source>
        <translation>Auf Papier unterschriebenen Vertrag erfassen</translation>
    </message>
    <message>
        <source>Record and save PDF</source>
        <translation>Erfassen und PDF speichern</translation>
    </message>
    <message>
        <source>Print the contract with blank signature lines, sign it together by hand and keep the paper original. Boundary Keeper records that the original exists and, if you like, a scan of it.</source>
        <translation>Drucken Sie den Vertrag mit leeren Unterschriftszeilen, unterschreiben Sie ihn gemeinsam von Hand und bewahren Sie das Papieroriginal auf. Boundary Keeper hält fest, dass das Original existiert, und auf Wunsch einen Scan davon.</translation>
    </message>
    <message>
        <source>P&amp;rint unsigned copy…</source>
        <translation>Nicht unterschriebenes Exemplar &amp;drucken…</translation>
    </message>
    <message>
        <source>Both have &amp;signed the printed copy, and the practice keeps the paper original</source>
        <translation>Beide haben den Ausdruck &amp;unterschrieben, und die Praxis bewahrt das Papieroriginal auf</translation>
    </message>
    <message>
        <source>Where the original is kept, e.g. the client file in the office cabinet</source>
        <translation>Wo das Original aufbewahrt wird, z. B. die Klient:innenakte im Büroschrank</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Unterschrieben &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Countersigned by:</source>
        <translation>&amp;Gegengezeichnet von:</translation>
    </message>
    <message>
        <source>Original &amp;kept:</source>
        <translation>&amp;Ort des Originals:</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Scan (optional):</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>Der Vertrag</translation>
    </message>
    <message>
        <source>Statement of in&amp;tent:</source>
        <translation>Absichts&amp;erklärung:</translation>
    </message>
</context>
<context>
    <name>bk::ContractStepWidget</name>
    <message>
        <source>Draft from the proposal</source>
        <translation>Entwurf aus dem Vorschlag</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>Der Vertrag</translation>
    </message>
    <message>
        <source>Record the contract</source>
        <translation>Den Vertrag erfassen</translation>
    </message>
    <message>
        <source>Optional: how the meeting went</source>
        <translation>Optional: wie das Treffen verlaufen ist</translation>
    </message>
    <message>
        <source>Record contract</source>
        <translation>Vertrag erfassen</translation>
    </message>
    <message>
        <source>Record the contract as agreed, without signing it here</source>
        <translation>Den Vertrag als vereinbart erfassen, ohne ihn hier zu unterschreiben</translation>
    </message>
    <message>
        <source>Sign with the client…</source>
        <translation>Mit der Klient:in unterschreiben…</translation>
    </message>
    <message>
        <source>Both sign on screen; the signed PDF is stored, saved to the client&apos;s folder and recorded on the ladder</source>
        <translation>Beide unterschreiben am Bildschirm; das unterschriebene PDF wird gespeichert, im Ordner der Klient:in abgelegt und auf der Eskalationsleiter erfasst</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>The signed contract:</source>
        <translation>Der unterschriebene Vertrag:</translation>
    </message>
    <message>
        <source>&amp;Agreed:</source>
        <translation>&amp;Vereinbart:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Rule: the same boundary crossed again after a written summary.</source>
        <translation>Regel: dieselbe Grenze nach einer schriftlichen Zusammenfassung erneut überschritten.</translation>
    </message>
    <message>
        <source>Rule: repeated incidents within the practice&apos;s window.</source>
        <translation>Regel: wiederholte Vorfälle innerhalb des Zeitfensters der Praxis.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (this incident)</source>
        <translation>%1 (dieser Vorfall)</translation>
    </message>
    <message>
        <source>A behavioural contract is proposed.</source>
        <translation>Ein Verhaltensvertrag wird vorgeschlagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vorgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The practice&apos;s rules do not call for a contract with %1 at the moment. You can still write one if the behaviour continues.</source>
        <translation>Die Regeln der Praxis sehen derzeit keinen Vertrag mit %1 vor. Sie können trotzdem einen schreiben, wenn das Verhalten anhält.</translation>
    </message>
    <message>
        <source>Draft from this incident</source>
        <translation>Entwurf aus diesem Vorfall</translation>
    </message>
    <message>
        <source>Signed by both on %1; review on %2.</source>
        <translation>Von beiden unterschrieben am %1; Überprüfung am %2.</translation>
    </message>
    <message>
        <source>Recorded: agreed on %1, review on %2; not signed here.</source>
        <translation>Erfasst: vereinbart am %1, Überprüfung am %2; hier nicht unterschrieben.</translation>
    </message>
    <message>
        <source>No behavioural contract recorded yet.</source>
        <translation>Noch kein Verhaltensvertrag erfasst.</translation>
    </message>
    <message>
        <source>No contract could be drafted. %1</source>
        <translation>Es konnte kein Vertrag entworfen werden. %1</translation>
    </message>
    <message>
        <source>The behavioural contract was recorded.</source>
        <translation>Der Verhaltensvertrag wurde erfasst.</translation>
    </message>
    <message>
        <source>The behavioural contract was signed by both and saved as %1.</source>
        <translation>Der Verhaltensvertrag wurde von beiden unterschrieben und als %1 gespeichert.</translation>
    </message>
    <message>
        <source>The signed contract is not in the database.</source>
        <translation>Der unterschriebene Vertrag ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>The signed contract could not be read. %1</source>
        <translation>Der unterschriebene Vertrag konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Save the signed contract</source>
        <translation>Den unterschriebenen Vertrag speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Das PDF wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Signed on paper…</source>
        <translation>Auf Papier unterschrieben…</translation>
    </message>
    <message>
        <source>Print the contract, both sign it by hand, then record the paper original here (and a scan of it, if you like)</source>
        <translation>Drucken Sie den Vertrag, unterschreiben Sie ihn beide von Hand und erfassen Sie dann hier das Papieroriginal (und auf Wunsch einen Scan davon)</translation>
    </message>
    <message>
        <source>Open the signed PDF…</source>
        <translation>Unterschriebenes PDF öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next on the ladder:&lt;/b&gt; the behaviour continued, so a contract with %1 is the next step for this incident.</source>
        <translation>&lt;b&gt;Als Nächstes auf der Eskalationsleiter:&lt;/b&gt; Das Verhalten hat angehalten, daher ist ein Vertrag mit %1 der nächste Schritt bei diesem Vorfall.</translation>
    </message>
</context>
<context>
    <name>bk::ConversationStepWidget</name>
    <message>
        <source>Prepare: a script in five moves</source>
        <translation>Vorbereiten: ein Leitfaden in fünf Schritten</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Neu entwerfen</translation>
    </message>
    <message>
        <source>Replace the text with a fresh draft from the incident and the policy</source>
        <translation>Den Text durch einen neuen Entwurf aus Vorfall und Richtlinie ersetzen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Den Leitfaden in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Conversation plan</source>
        <translation>Gesprächsplan</translation>
    </message>
    <message>
        <source>Record that it happened</source>
        <translation>Festhalten, dass es stattgefunden hat</translation>
    </message>
    <message>
        <source>What was said and agreed, and any root cause that came up</source>
        <translation>Was gesagt und vereinbart wurde und welche Ursache sich gezeigt hat</translation>
    </message>
    <message>
        <source>Record conversation</source>
        <translation>Gespräch erfassen</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Gist:</source>
        <translation>&amp;Kern:</translation>
    </message>
    <message>
        <source>Recorded: a conversation on %1. %2</source>
        <translation>Erfasst: ein Gespräch am %1. %2</translation>
    </message>
    <message>
        <source>No conversation recorded yet.</source>
        <translation>Noch kein Gespräch erfasst.</translation>
    </message>
    <message>
        <source>No script could be drafted. %1</source>
        <translation>Es konnte kein Leitfaden entworfen werden. %1</translation>
    </message>
    <message>
        <source>The conversation was recorded.</source>
        <translation>Das Gespräch wurde erfasst.</translation>
    </message>
    <message>
        <source>Record another conversation…</source>
        <translation>Weiteres Gespräch erfassen…</translation>
    </message>
</context>
<context>
    <name>bk::DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alle Klient:innen</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Nachverfolgungen</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Erneute Bestätigung fällig</translation>
    </message>
    <message>
        <source>Onboarding drafts</source>
        <translation>Aufnahme-Entwürfe</translation>
    </message>
    <message>
        <source>Client incidents in the period</source>
        <translation>Vorfälle von Klient:innen im Zeitraum</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Median der Zeit bis zur Klärung</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Eigene Grenzübertritte</translation>
    </message>
    <message>
        <source>Incidents per active client per 30 days, by month</source>
        <translation>Vorfälle je aktiver Klient:in pro 30 Tage, nach Monat</translation>
    </message>
    <message>
        <source>Early warning: 2 or more incidents in the last 30 days</source>
        <translation>Frühwarnung: 2 oder mehr Vorfälle in den letzten 30 Tagen</translation>
    </message>
    <message>
        <source>By boundary</source>
        <translation>Nach Grenze</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kontaktweg</translation>
    </message>
    <message>
        <source>By weekday and hour (working hours outlined; after-hours in orange)</source>
        <translation>Nach Wochentag und Uhrzeit (Arbeitszeiten umrandet; außerhalb orange)</translation>
    </message>
    <message>
        <source>Clients with the most incidents</source>
        <translation>Klient:innen mit den meisten Vorfällen</translation>
    </message>
    <message>
        <source>Repeat bands: clients by number of incidents</source>
        <translation>Wiederholungsgruppen: Klient:innen nach Anzahl der Vorfälle</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day on or before the last.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende: Wählen Sie einen ersten Tag am oder vor dem letzten.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Show these incidents</source>
        <translation>Diese Vorfälle zeigen</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Klient:in %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln incident(s)</source>
        <translation>
            <numerusform>%1 — %Ln Vorfall</numerusform>
            <numerusform>%1 — %Ln Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1&apos;s record</source>
        <translation>Unterlagen von %1 öffnen</translation>
    </message>
    <message>
        <source>No client has had 2 or more incidents in the last 30 days.</source>
        <translation>Keine Klient:in hatte in den letzten 30 Tagen 2 oder mehr Vorfälle.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Die Übersicht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the dashboard&apos;s figures as CSV</source>
        <translation>Die Zahlen der Übersicht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Addressed within 24 h, of incidents past 24 h</source>
        <translation>Innerhalb von 24 h angesprochen, unter Vorfällen älter als 24 h</translation>
    </message>
    <message numerus="yes">
        <source>A conversation recorded within 24 hours of the incident, counted over the %n client incident(s) of the period whose 24 hours are over.</source>
        <translation>
            <numerusform>Ein Gespräch, das innerhalb von 24 Stunden nach dem Vorfall erfasst wurde, gezählt über den %n Vorfall des Zeitraums, dessen 24 Stunden vorbei sind.</numerusform>
            <numerusform>Ein Gespräch, das innerhalb von 24 Stunden nach dem Vorfall erfasst wurde, gezählt über die %n Vorfälle des Zeitraums, deren 24 Stunden vorbei sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) still within their first 24 hours are not counted yet.</source>
        <translation>
            <numerusform>%n Vorfall in seinen ersten 24 Stunden wird noch nicht gezählt.</numerusform>
            <numerusform>%n Vorfälle in ihren ersten 24 Stunden werden noch nicht gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not over: its rate is scaled over the %Ln day(s) so far.</source>
        <translation>
            <numerusform>%1 ist noch nicht vorbei: Die Rate ist aus dem %Ln Tag bisher hochgerechnet.</numerusform>
            <numerusform>%1 ist noch nicht vorbei: Die Rate ist aus den %Ln Tagen bisher hochgerechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Own lapses per month</source>
        <translation>Eigene Grenzübertritte pro Monat</translation>
    </message>
    <message>
        <source>Months reflected on, of those over</source>
        <translation>Reflektierte Monate unter den abgelaufenen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) of the period that are over.</source>
        <translation>
            <numerusform>%1 von %Ln abgelaufenen Monat des Zeitraums.</numerusform>
            <numerusform>%1 der %Ln abgelaufenen Monate des Zeitraums.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>K&amp;lient:in:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Incidents per active client per 30 days</source>
        <translation>Vorfälle je aktiver Klient:in pro 30 Tage</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Incidents per client</source>
        <translation>Vorfälle je Klient:in</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient:innen</translation>
    </message>
    <message>
        <source>%1
(so far)</source>
        <translation>%1
(bisher)</translation>
    </message>
</context>
<context>
    <name>bk::DisclosureCheckDialog</name>
    <message>
        <source>Before you share</source>
        <translation>Bevor Sie etwas teilen</translation>
    </message>
    <message>
        <source>Something personal can help a client when it serves them. Five questions, then a plain recommendation. Your answers stay private.</source>
        <translation>Etwas Persönliches kann einer Klient:in helfen, wenn es ihr dient. Fünf Fragen, dann eine klare Empfehlung. Ihre Antworten bleiben privat.</translation>
    </message>
    <message>
        <source>Type a name, or leave empty for no particular client</source>
        <translation>Namen eingeben oder leer lassen, wenn es um keine bestimmte Klient:in geht</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:in:</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>&amp;Record in my reflection</source>
        <translation>&amp;In meiner Reflexion erfassen</translation>
    </message>
    <message>
        <source>The practice is open read-only: the check works, but it cannot be recorded.</source>
        <translation>Die Praxis ist schreibgeschützt geöffnet: Der Check funktioniert, kann aber nicht erfasst werden.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Turning back to the client</source>
        <translation>Zurück zur Klient:in</translation>
    </message>
    <message>
        <source>Acknowledge, then return to their agenda. Copy a phrase, or make the list your own.</source>
        <translation>Kurz würdigen, dann zurück zu ihrem Anliegen. Kopieren Sie einen Satz, oder passen Sie die Liste an.</translation>
    </message>
    <message>
        <source>Redirect phrases</source>
        <translation>Überleitungssätze</translation>
    </message>
    <message>
        <source>Co&amp;py phrase</source>
        <translation>Satz ko&amp;pieren</translation>
    </message>
    <message>
        <source>&amp;Edit phrases…</source>
        <translation>Sätze &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>For your reflection (private)</source>
        <translation>Für Ihre Reflexion (privat)</translation>
    </message>
    <message>
        <source>What you decided</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A few words for yourself: what you wanted to share, what you noticed. It never appears in anything the client receives.</source>
        <translation>Ein paar Worte für sich: was Sie teilen wollten, was Ihnen aufgefallen ist. Das erscheint nie in etwas, das die Klient:in erhält.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>I &amp;decided:</source>
        <translation>Meine &amp;Entscheidung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Answer the five questions to see the recommendation.</source>
        <translation>Beantworten Sie die fünf Fragen, um die Empfehlung zu sehen.</translation>
    </message>
    <message>
        <source>One phrase per line, in the order you want them offered.</source>
        <translation>Ein Satz pro Zeile, in der Reihenfolge, in der sie angeboten werden sollen.</translation>
    </message>
    <message>
        <source>Redirect phrases, one per line</source>
        <translation>Überleitungssätze, einer pro Zeile</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>&amp;Vorgaben verwenden</translation>
    </message>
    <message>
        <source>The phrases were not saved. %1</source>
        <translation>Die Sätze wurden nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>Es wurde nichts erfasst. %1</translation>
    </message>
    <message>
        <source>Your disclosure check of %1</source>
        <translation>Ihr Check vor dem Teilen vom %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
</context>
<context>
    <name>bk::EraseClientDialog</name>
    <message>
        <source>Erase client&apos;s personal data</source>
        <translation>Personenbezogene Daten der Klient:in löschen</translation>
    </message>
    <message>
        <source>%1 cannot be deleted for good: the practice&apos;s records of them (incidents, signed documents) must stay so that its history stays true. You can erase their personal data instead.</source>
        <translation>%1 kann nicht endgültig gelöscht werden: Die Unterlagen der Praxis zu dieser Person (Vorfälle, unterschriebene Dokumente) müssen bleiben, damit ihr Verlauf stimmt. Sie können stattdessen die personenbezogenen Daten löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %1? Their name, email, phone and notes go, and so does the text written in %n incident(s) about them: descriptions, outcomes, step notes, goals and follow-up notes. The incidents stay, anonymised, so the dashboard&apos;s counts stay as they are. This cannot be undone.</source>
        <translation>
            <numerusform>Die personenbezogenen Daten von %1 löschen? Name, E-Mail, Telefon und Notizen werden entfernt, ebenso der Text, der in %n Vorfall über diese Person geschrieben wurde: Beschreibungen, Ergebnisse, Notizen zu Schritten, Ziele und Notizen zu Nachverfolgungen. Der Vorfall bleibt anonymisiert erhalten, sodass die Zahlen der Übersicht unverändert bleiben. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die personenbezogenen Daten von %1 löschen? Name, E-Mail, Telefon und Notizen werden entfernt, ebenso der Text, der in %n Vorfällen über diese Person geschrieben wurde: Beschreibungen, Ergebnisse, Notizen zu Schritten, Ziele und Notizen zu Nachverfolgungen. Die Vorfälle bleiben anonymisiert erhalten, sodass die Zahlen der Übersicht unverändert bleiben. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n signed agreement(s) or contract(s). A signed agreement may have to be retained: professional bodies commonly advise keeping records for around seven years. Choose what happens to them:</source>
        <translation>
            <numerusform>%1 hat %n unterschriebenes Dokument (Vereinbarung oder Vertrag). Eine unterschriebene Vereinbarung muss unter Umständen aufbewahrt werden: Berufsverbände empfehlen häufig, Unterlagen etwa sieben Jahre aufzubewahren. Wählen Sie, was damit geschieht:</numerusform>
            <numerusform>%1 hat %n unterschriebene Vereinbarungen oder Verträge. Eine unterschriebene Vereinbarung muss unter Umständen aufbewahrt werden: Berufsverbände empfehlen häufig, Unterlagen etwa sieben Jahre aufzubewahren. Wählen Sie, was damit geschieht:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them as signed (they still name the client)</source>
        <translation>Unterschrieben &amp;behalten (sie nennen weiterhin die Klient:in)</translation>
    </message>
    <message>
        <source>&amp;Remove them too</source>
        <translation>Ebenfalls &amp;entfernen</translation>
    </message>
    <message>
        <source>Erase %1&apos;s data</source>
        <translation>Daten von %1 löschen</translation>
    </message>
</context>
<context>
    <name>bk::FigureView</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (Tabelle)</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Als Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Als Tabelle zeigen</translation>
    </message>
</context>
<context>
    <name>bk::FollowUpNotifier</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln Nachverfolgung heute fällig</numerusform>
            <numerusform>%Ln Nachverfolgungen heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
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
        <translation>heute</translation>
    </message>
    <message>
        <source>%1, yesterday</source>
        <translation>%1, gestern</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, vor %n Tag</numerusform>
            <numerusform>%1, vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tomorrow</source>
        <translation>%1, morgen</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n Tag</numerusform>
            <numerusform>%1, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nichts überfällig.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute ist nichts fällig.</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>Nächste %1 Tage</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>In den nächsten %1 Tagen ist nichts fällig.</translation>
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
        <translation>Doppelklicken, um den Vorfall zu zeigen.</translation>
    </message>
    <message>
        <source>and %1 more: filter the incident table above to see them all.</source>
        <translation>und %1 weitere: Filtern Sie die Vorfalltabelle oben, um alle zu sehen.</translation>
    </message>
</context>
<context>
    <name>bk::GoalsStepWidget</name>
    <message>
        <source>Goals and their follow-ups</source>
        <translation>Ziele und ihre Nachverfolgungen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachverfolgung am</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you saw, in a few words</source>
        <translation>Was Sie beobachtet haben, in wenigen Worten</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <source>Outcome of the selected follow-up:</source>
        <translation>Ergebnis der gewählten Nachverfolgung:</translation>
    </message>
    <message>
        <source>Set goals</source>
        <translation>Ziele setzen</translation>
    </message>
    <message>
        <source>A goal you can check, e.g. No calls after 18:00 on working days</source>
        <translation>Ein überprüfbares Ziel, z. B. Keine Anrufe nach 18:00 an Arbeitstagen</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>follow up on</source>
        <translation>Nachverfolgung am</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Optional: how the goals were agreed</source>
        <translation>Optional: wie die Ziele vereinbart wurden</translation>
    </message>
    <message>
        <source>Record goals</source>
        <translation>Ziele erfassen</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>To record:</source>
        <translation>Zu erfassen:</translation>
    </message>
    <message>
        <source>&amp;Agreed:</source>
        <translation>&amp;Vereinbart:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Corrected on %1 by %2</source>
        <translation>Korrigiert am %1 von %2</translation>
    </message>
    <message>
        <source>Recorded on %1 by %2</source>
        <translation>Erfasst am %1 von %2</translation>
    </message>
    <message>
        <source>%1 (replaced by a correction)</source>
        <translation>%1 (durch eine Korrektur ersetzt)</translation>
    </message>
    <message>
        <source>Write the goal first, then add it.</source>
        <translation>Schreiben Sie zuerst das Ziel und fügen Sie es dann hinzu.</translation>
    </message>
    <message>
        <source>%1 — follow up on %2</source>
        <translation>%1 — Nachverfolgung am %2</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) recorded with their follow-up dates.</source>
        <translation>
            <numerusform>%n Ziel mit Nachverfolgungstermin erfasst.</numerusform>
            <numerusform>%n Ziele mit ihren Nachverfolgungsterminen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Korrektur erfassen</translation>
    </message>
    <message>
        <source>Record a new outcome for this follow-up; the earlier one stays on record, marked as corrected</source>
        <translation>Ein neues Ergebnis für diese Nachverfolgung erfassen; das frühere bleibt gespeichert und wird als korrigiert markiert</translation>
    </message>
    <message>
        <source>Record how this follow-up went</source>
        <translation>Erfassen, wie diese Nachverfolgung verlaufen ist</translation>
    </message>
    <message>
        <source>The outcome was corrected; the earlier one stays on record.</source>
        <translation>Das Ergebnis wurde korrigiert; das frühere bleibt gespeichert.</translation>
    </message>
    <message>
        <source>The outcome of the follow-up was recorded.</source>
        <translation>Das Ergebnis der Nachverfolgung wurde erfasst.</translation>
    </message>
    <message>
        <source>Goals to add</source>
        <translation>Hinzuzufügende Ziele</translation>
    </message>
</context>
<context>
    <name>bk::HeatMapTableModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %Ln incident(s)%4</source>
        <translation>
            <numerusform>%1, %2:00–%3:00: %Ln Vorfall%4</numerusform>
            <numerusform>%1, %2:00–%3:00: %Ln Vorfälle%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (outside working hours)</source>
        <translation> (außerhalb der Arbeitszeiten)</translation>
    </message>
</context>
<context>
    <name>bk::HelpWindow</name>
    <message>
        <source>Boundary Keeper Guide</source>
        <translation>Anleitung zu Boundary Keeper</translation>
    </message>
    <message>
        <source>Look for a word</source>
        <translation>Nach einem Wort suchen</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>In&amp;dex</source>
        <translation>In&amp;dex</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startseite</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The guide was not found&lt;/h2&gt;&lt;p&gt;Boundary Keeper looks for it in %1. Installing Boundary Keeper&apos;s package puts it there.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Die Anleitung wurde nicht gefunden&lt;/h2&gt;&lt;p&gt;Boundary Keeper sucht sie in %1. Das Paket von Boundary Keeper legt sie bei der Installation dort ab.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bk::ImportDialog</name>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>Leere Felder füllen</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Als neu importieren</translation>
    </message>
    <message>
        <source>Import clients from %1</source>
        <translation>Klient:innen aus %1 importieren</translation>
    </message>
    <message>
        <source>Choose the client field each column of the file fills:</source>
        <translation>Wählen Sie für jede Spalte der Datei das Feld der Klient:in, das sie füllt:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Wird importiert als</translation>
    </message>
    <message>
        <source>Every &amp;duplicate:</source>
        <translation>Jedes &amp;Duplikat:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Client in the register</source>
        <translation>Klient:in im Verzeichnis</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Klient:innen importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the register, %3 rejected.</source>
        <translation>%1 neu, %2 bereits im Verzeichnis, %3 abgelehnt.</translation>
    </message>
    <message>
        <source>No column gives the clients&apos; names: choose one above.</source>
        <translation>Keine Spalte enthält die Namen der Klient:innen: Wählen Sie oben eine aus.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Die ersten %1 Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neue Klient:in</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Die abgelehnten Zeilen speichern</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Klient:innen werden importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>Lesen ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>Datei &amp;erneut lesen</translation>
    </message>
    <message>
        <source>Reading the file was stopped: nothing can be imported until it is read to its end.</source>
        <translation>Das Lesen der Datei wurde abgebrochen: Importiert werden kann erst, wenn sie bis zum Ende gelesen ist.</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Die abgelehnten Zeilen werden gespeichert…</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>Zeichen&amp;kodierung:</translation>
    </message>
    <message>
        <source>Detected from the file. If names show wrong letters (Ã© for é), choose the encoding the program that wrote the file used.</source>
        <translation>Aus der Datei erkannt. Zeigen Namen falsche Buchstaben (Ã© statt é), wählen Sie die Zeichenkodierung, die das Programm verwendet hat, das die Datei geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
</context>
<context>
    <name>bk::IncidentDetailDialog</name>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Work on the contract</source>
        <translation>Am Vertrag arbeiten</translation>
    </message>
    <message>
        <source>On the ladder</source>
        <translation>Auf der Eskalationsleiter</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>1 Talk</source>
        <translation>1 Gespräch</translation>
    </message>
    <message>
        <source>2 Summary</source>
        <translation>2 Zusammenfassung</translation>
    </message>
    <message>
        <source>3 Goals</source>
        <translation>3 Ziele</translation>
    </message>
    <message>
        <source>4 Contract</source>
        <translation>4 Vertrag</translation>
    </message>
    <message>
        <source>5 Resources</source>
        <translation>5 Materialien</translation>
    </message>
    <message>
        <source>6 Support, ending</source>
        <translation>6 Unterstützung, Ende</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Every step recorded, with corrections</source>
        <translation>Jede erfasste Stufe, mit Korrekturen</translation>
    </message>
    <message>
        <source>A private conversation: prepare it and record it</source>
        <translation>Ein Gespräch unter vier Augen: vorbereiten und festhalten</translation>
    </message>
    <message>
        <source>A written summary of the conversation for the client</source>
        <translation>Eine schriftliche Zusammenfassung des Gesprächs für die Klient:in</translation>
    </message>
    <message>
        <source>Goals with follow-up dates, and how each follow-up went</source>
        <translation>Ziele mit Nachverfolgungsterminen und wie jede Nachverfolgung verlaufen ist</translation>
    </message>
    <message>
        <source>A behavioural contract</source>
        <translation>Ein Verhaltensvertrag</translation>
    </message>
    <message>
        <source>Training or resources from the practice&apos;s library</source>
        <translation>Schulung oder Materialien aus der Materialsammlung der Praxis</translation>
    </message>
    <message>
        <source>Supervision or advice, ending the engagement, and other steps</source>
        <translation>Supervision oder Beratung, Beendigung der Zusammenarbeit und weitere Schritte</translation>
    </message>
    <message>
        <source>Close the incident with its outcome</source>
        <translation>Den Vorfall mit seinem Ergebnis abschließen</translation>
    </message>
    <message>
        <source>How it ended: what changed, what was agreed, what you would do differently next time</source>
        <translation>Wie es ausgegangen ist: was sich geändert hat, was vereinbart wurde, was Sie beim nächsten Mal anders machen würden</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Vorfall abschließen</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>This incident cannot be shown. %1</source>
        <translation>Dieser Vorfall kann nicht angezeigt werden. %1</translation>
    </message>
    <message>
        <source>Incident – %1 – %2</source>
        <translation>Vorfall – %1 – %2</translation>
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
        <translation>Außerhalb der vereinbarten Arbeitszeiten</translation>
    </message>
    <message>
        <source>Outside the agreed channels</source>
        <translation>Außerhalb der vereinbarten Kontaktwege</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>(policy version %1)</source>
        <translation>(Richtlinienversion %1)</translation>
    </message>
    <message>
        <source>(policy draft, before the first version)</source>
        <translation>(Richtlinienentwurf, vor der ersten Version)</translation>
    </message>
    <message>
        <source>This boundary is no longer in the policy.</source>
        <translation>Diese Grenze steht nicht mehr in der Richtlinie.</translation>
    </message>
    <message>
        <source>Appropriate:</source>
        <translation>Angemessen:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Konsequenz:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; on %1&lt;br&gt;Outcome: %2</source>
        <translation>&lt;b&gt;Abgeschlossen&lt;/b&gt; am %1&lt;br&gt;Ergebnis: %2</translation>
    </message>
    <message>
        <source>Close the incident once it is resolved or the engagement has ended. Closing needs an outcome: it is what a later reader needs to know.</source>
        <translation>Schließen Sie den Vorfall ab, sobald er geklärt ist oder die Zusammenarbeit geendet hat. Zum Abschließen gehört ein Ergebnis: Es ist das, was später Lesende wissen müssen.</translation>
    </message>
    <message>
        <source>Closed on %1.
Outcome: %2</source>
        <translation>Abgeschlossen am %1.
Ergebnis: %2</translation>
    </message>
    <message>
        <source>This database is open read-only: the incident is shown as recorded, and nothing can be added or changed.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet: Der Vorfall wird so gezeigt, wie er erfasst wurde, und nichts kann hinzugefügt oder geändert werden.</translation>
    </message>
    <message>
        <source>This incident is closed. Its record stays as it is; a mistake in it can still be corrected under Record, and follow-up outcomes under Goals.</source>
        <translation>Dieser Vorfall ist abgeschlossen. Seine Unterlagen bleiben, wie sie sind; ein Fehler darin kann weiterhin unter „Verlauf“ korrigiert werden, Ergebnisse von Nachverfolgungen unter „Ziele“.</translation>
    </message>
    <message>
        <source>The incident was not closed. %1</source>
        <translation>Der Vorfall wurde nicht abgeschlossen. %1</translation>
    </message>
    <message>
        <source>The incident was closed.</source>
        <translation>Der Vorfall wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>created by %1 · last changed by %2</source>
        <translation>angelegt von %1 · zuletzt geändert von %2</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>niemand erfasst</translation>
    </message>
</context>
<context>
    <name>bk::IncidentTableModel</name>
    <message>
        <source>Not yet addressed</source>
        <translation>Noch nicht angesprochen</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kontaktweg</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>bk::IncidentsPage</name>
    <message>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>Vorfall &amp;erfassen…</translation>
    </message>
    <message>
        <source>Log a crossed boundary (%1)</source>
        <translation>Eine überschrittene Grenze erfassen (%1)</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar…</source>
        <translation>Nachverfolgungen in den &amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as an iCalendar file (.ics) for your calendar</source>
        <translation>Die offenen Nachverfolgungen als iCalendar-Datei (.ics) für Ihren Kalender speichern</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open the selected incident and walk the ladder (Enter)</source>
        <translation>Den gewählten Vorfall öffnen und die Eskalationsleiter durchgehen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachverfolgungen</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Alle Klient:innen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Crossed by anyone</source>
        <translation>Von allen überschritten</translation>
    </message>
    <message>
        <source>By the client</source>
        <translation>Von der Klient:in</translation>
    </message>
    <message>
        <source>By me (own lapses)</source>
        <translation>Von mir (eigene Grenzübertritte)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every incident again</source>
        <translation>Wieder alle Vorfälle zeigen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Occurred fro&amp;m</source>
        <translation>&amp;Geschehen von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Log incident…</source>
        <translation>Vorfall erfassen…</translation>
    </message>
    <message>
        <source>No incidents logged</source>
        <translation>Keine Vorfälle erfasst</translation>
    </message>
    <message>
        <source>No boundary incident has been logged in this database.</source>
        <translation>In dieser Datenbank wurde noch kein Grenzvorfall erfasst.</translation>
    </message>
    <message>
        <source>When a boundary is crossed, by a client or by you, log it here in a few seconds with %1. Boundary Keeper flags contact outside your hours or channels and guides the response.</source>
        <translation>Wenn eine Grenze überschritten wird, von einer Klient:in oder von Ihnen, erfassen Sie es hier in wenigen Sekunden mit %1. Boundary Keeper markiert Kontakt außerhalb Ihrer Arbeitszeiten oder Kontaktwege und leitet Sie durch die Reaktion.</translation>
    </message>
    <message>
        <source>No incident matches</source>
        <translation>Kein Vorfall passt</translation>
    </message>
    <message>
        <source>No incident matches the chosen filters.</source>
        <translation>Kein Vorfall passt zu den gewählten Filtern.</translation>
    </message>
    <message>
        <source>All boundaries</source>
        <translation>Alle Grenzen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln Vorfall</numerusform>
            <numerusform>%Ln Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups not exported</source>
        <translation>Nachverfolgungen nicht exportiert</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <source>There are no open follow-ups to put in a calendar.</source>
        <translation>Es gibt keine offenen Nachverfolgungen für einen Kalender.</translation>
    </message>
    <message>
        <source>Export follow-ups to calendar</source>
        <translation>Nachverfolgungen in den Kalender exportieren</translation>
    </message>
    <message>
        <source>follow-ups-%1.ics</source>
        <translation>nachverfolgungen-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to %1.</source>
        <translation>
            <numerusform>%n Nachverfolgung nach %1 exportiert.</numerusform>
            <numerusform>%n Nachverfolgungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
            <numerusform>%1 von %Ln Vorfall</numerusform>
            <numerusform>%1 von %Ln Vorfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incidents of this client</source>
        <translation>Nur die Vorfälle dieser Klient:in</translation>
    </message>
</context>
<context>
    <name>bk::LadderProgressWidget</name>
    <message>
        <source>Double-click a step to work on it</source>
        <translation>Doppelklicken Sie auf eine Stufe, um daran zu arbeiten</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1
done %2</source>
        <translation>%1
erledigt %2</translation>
    </message>
    <message>
        <source>%1
next</source>
        <translation>%1
als Nächstes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; on %1.</source>
        <translation>&lt;b&gt;Abgeschlossen&lt;/b&gt; am %1.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;overdue since %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;überfällig seit %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Steps on the ladder</source>
        <translation>Stufen der Eskalationsleiter</translation>
    </message>
</context>
<context>
    <name>bk::LadderWidget</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>e.g. A conversation</source>
        <translation>z. B. Ein Gespräch</translation>
    </message>
    <message>
        <source>What this step involves and when it is taken</source>
        <translation>Was diese Stufe umfasst und wann sie greift</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Texts &amp;in:</source>
        <translation>Texte a&amp;uf:</translation>
    </message>
    <message>
        <source>%1 (main language)</source>
        <translation>%1 (Hauptsprache)</translation>
    </message>
    <message>
        <source>%1 (no %2 text)</source>
        <translation>%1 (kein Text auf %2)</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Eskalationsstufen</translation>
    </message>
</context>
<context>
    <name>bk::MainWindow</name>
    <message>
        <source>%1 cannot be written, so it is open read-only: you can look at everything, but not change anything. Make the file writable and open it again to make changes.</source>
        <translation>%1 kann nicht geschrieben werden und ist daher schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts ändern. Machen Sie die Datei beschreibbar und öffnen Sie sie erneut, um Änderungen vorzunehmen.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you can look at everything, but not change anything.</source>
        <translation>%1 ist schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Nachverfolgungen zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klient:innen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient:in</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Vorfall</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Boundary Keeper</source>
        <translation>Ü&amp;ber Boundary Keeper</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln Klient:in</numerusform>
            <numerusform>%Ln Klient:innen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln Nachverfolgung überfällig</numerusform>
            <numerusform>%Ln Nachverfolgungen überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln Nachverfolgung heute fällig</numerusform>
            <numerusform>%Ln Nachverfolgungen heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 und %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>About Boundary Keeper</source>
        <translation>Über Boundary Keeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Keeps healthy professional boundaries with every client: the register, agreements, incidents and follow-ups of a small practice, kept privately on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Hilft, mit jeder Klient:in gesunde professionelle Grenzen zu wahren: Verzeichnis, Vereinbarungen, Vorfälle und Nachverfolgungen einer kleinen Praxis, vertraulich auf diesem Computer gespeichert.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>&amp;Reflexion</translation>
    </message>
    <message>
        <source>%1 on this computer&apos;s server</source>
        <translation>%1 auf dem Server dieses Computers</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The practice at %1 is open read-only: you can look at everything, but not change anything.</source>
        <translation>Die Praxis unter %1 ist schreibgeschützt geöffnet: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Keeps healthy professional boundaries with every client: the register, agreements, incidents and follow-ups of a small practice, kept on the practice&apos;s PostgreSQL server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Hilft, mit jeder Klient:in gesunde professionelle Grenzen zu wahren: Verzeichnis, Vereinbarungen, Vorfälle und Nachverfolgungen einer kleinen Praxis, auf dem PostgreSQL-Server der Praxis gespeichert.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later). Sie wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Connected to the practice server again.</source>
        <translation>Wieder mit dem Praxisserver verbunden.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Signed in as a role that is not a practitioner of this practice</source>
        <translation>Angemeldet mit einer Rolle, die keine Fachperson dieser Praxis ist</translation>
    </message>
    <message>
        <source>Signed in: %1, %2</source>
        <translation>Angemeldet: %1, %2</translation>
    </message>
    <message>
        <source>Open practice f&amp;ile…</source>
        <translation>Praxisdatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open practice file</source>
        <translation>Praxisdatei öffnen</translation>
    </message>
    <message>
        <source>Boundary Keeper practices (*.sqlite *.db *.bk)</source>
        <translation>Boundary-Keeper-Praxen (*.sqlite *.db *.bk)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect to practice &amp;server…</source>
        <translation>Mit Praxis&amp;server verbinden…</translation>
    </message>
    <message>
        <source>Recent &amp;practices</source>
        <translation>&amp;Zuletzt geöffnete Praxen</translation>
    </message>
    <message>
        <source>No other practice opened yet</source>
        <translation>Noch keine andere Praxis geöffnet</translation>
    </message>
    <message>
        <source>&amp;Move practice to a server…</source>
        <translation>Praxis auf einen Server über&amp;tragen…</translation>
    </message>
    <message>
        <source>The practice server cannot be reached. What you have typed is kept; save again, or press Retry, once the server is back.</source>
        <translation>Der Praxisserver ist nicht erreichbar. Ihre Eingaben bleiben erhalten; speichern Sie erneut oder klicken Sie auf „Erneut versuchen“, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The practice server still cannot be reached (%1). What you have typed is kept.</source>
        <translation>Der Praxisserver ist weiterhin nicht erreichbar (%1). Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Verify records…</source>
        <translation>Datensätze prüfen…</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Jetzt reflektieren…</translation>
    </message>
    <message>
        <source>Skip this month</source>
        <translation>Diesen Monat überspringen</translation>
    </message>
    <message>
        <source>Import c&amp;lients…</source>
        <translation>&amp;Klient:innen importieren…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>&amp;Aktivität…</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>Datensätze &amp;prüfen…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Klient:innen importieren</translation>
    </message>
    <message>
        <source>Address books and spreadsheets (*.csv *.vcf *.txt)</source>
        <translation>Adressbücher und Tabellen (*.csv *.vcf *.txt)</translation>
    </message>
    <message>
        <source>Reduced availability from %1 to %2</source>
        <translation>Eingeschränkte Erreichbarkeit vom %1 bis zum %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln follow-up(s) still fall in it.</source>
        <translation>
            <numerusform>%1: %Ln Nachverfolgung fällt noch hinein.</numerusform>
            <numerusform>%1: %Ln Nachverfolgungen fallen noch hinein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your monthly reflection on %1: your own lapses, the clients with repeated incidents and a few questions.</source>
        <translation>Zeit für Ihre monatliche Reflexion über %1: Ihre eigenen Grenzübertritte, die Klient:innen mit wiederholten Vorfällen und ein paar Fragen.</translation>
    </message>
    <message>
        <source>The full check of the practice file found damage (%1). What you record now may be lost: restore the newest good backup, or a copy of the file you trust.</source>
        <translation>Die vollständige Prüfung der Praxisdatei hat Schäden gefunden (%1). Was Sie jetzt erfassen, kann verloren gehen: Stellen Sie die neueste einwandfreie Sicherung wieder her oder eine Kopie der Datei, der Sie vertrauen.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>A&amp;nleitung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Demo practice: %1</source>
        <translation>Demo-Praxis: %1</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Fachpersonen</translation>
    </message>
    <message>
        <source>Move practice to a server…</source>
        <translation>Praxis auf einen Server übertragen…</translation>
    </message>
    <message>
        <source>Prac&amp;titioners…</source>
        <translation>Fachpe&amp;rsonen…</translation>
    </message>
    <message>
        <source>An owner of the practice has deactivated your account, so the server no longer lets you read or change anything in it, and what is still shown may be out of date. Open another practice from the File menu, or close the window.</source>
        <translation>Eine Inhaber:in der Praxis hat Ihr Konto deaktiviert. Der Server lässt Sie darin nichts mehr lesen oder ändern, und was noch angezeigt wird, kann veraltet sein. Öffnen Sie über das Menü „Datei“ eine andere Praxis oder schließen Sie das Fenster.</translation>
    </message>
</context>
<context>
    <name>bk::MonthlyReflectionDialog</name>
    <message>
        <source>Monthly reflection: %1</source>
        <translation>Monatliche Reflexion: %1</translation>
    </message>
    <message>
        <source>What the month looked like</source>
        <translation>Wie der Monat aussah</translation>
    </message>
    <message>
        <source>Private: your answers never appear in anything a client receives.</source>
        <translation>Privat: Ihre Antworten erscheinen nie in etwas, das eine Klient:in erhält.</translation>
    </message>
    <message>
        <source>S&amp;kip this month</source>
        <translation>Diesen Monat &amp;überspringen</translation>
    </message>
    <message numerus="yes">
        <source>Your own lapses: %n</source>
        <translation>
            <numerusform>Ihre eigenen Grenzübertritte: %n</numerusform>
            <numerusform>Ihre eigenen Grenzübertritte: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — outside working hours</source>
        <translation>%1, %2 – außerhalb der Arbeitszeiten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Contacts you initiated outside working hours: %n</source>
        <translation>
            <numerusform>Kontakte, die Sie außerhalb der Arbeitszeiten aufgenommen haben: %n</numerusform>
            <numerusform>Kontakte, die Sie außerhalb der Arbeitszeiten aufgenommen haben: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with repeated incidents: %n</source>
        <translation>
            <numerusform>Klient:innen mit wiederholten Vorfällen: %n</numerusform>
            <numerusform>Klient:innen mit wiederholten Vorfällen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln Vorfall)</numerusform>
            <numerusform>%1 (%Ln Vorfälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosure checks taken: %1 (you shared after %2)</source>
        <translation>Durchgeführte Checks vor dem Teilen: %1 (danach haben Sie %2-mal geteilt)</translation>
    </message>
</context>
<context>
    <name>bk::MovePracticeDialog</name>
    <message>
        <source>Move the practice to a server</source>
        <translation>Die Praxis auf einen Server übertragen</translation>
    </message>
    <message>
        <source>The practice in %1 is copied into an empty database on a PostgreSQL server, in one go: every record count and every signed document is checked on both sides, and if anything differs or you cancel, nothing is kept on the server. The file itself is not changed.</source>
        <translation>Die Praxis in %1 wird in einem Durchgang in eine leere Datenbank auf einem PostgreSQL-Server kopiert: Jede Datensatzzahl und jedes unterschriebene Dokument wird auf beiden Seiten geprüft, und wenn etwas abweicht oder Sie abbrechen, bleibt nichts auf dem Server. Die Datei selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>Leave empty if the server does not ask for one</source>
        <translation>Leer lassen, wenn der Server keines verlangt</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Über&amp;tragen</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Verbinden mit dem Server…</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 records…</source>
        <translation>Kopieren von %1: %2 von %3 Datensätzen…</translation>
    </message>
    <message>
        <source>The practice was not moved</source>
        <translation>Die Praxis wurde nicht übertragen</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Übertragen.</translation>
    </message>
    <message>
        <source>%1 records in %2 tables are on the server; every table&apos;s record count and every signed document&apos;s SHA-256 match the file. The file was not changed.

Open the practice on the server now? Until you do, this window keeps working on the file.</source>
        <translation>%1 Datensätze in %2 Tabellen sind auf dem Server; die Datensatzzahl jeder Tabelle und der SHA-256 jedes unterschriebenen Dokuments stimmen mit der Datei überein. Die Datei wurde nicht verändert.

Die Praxis jetzt auf dem Server öffnen? Bis dahin arbeitet dieses Fenster weiter mit der Datei.</translation>
    </message>
    <message>
        <source>The practice was moved</source>
        <translation>Die Praxis wurde übertragen</translation>
    </message>
    <message>
        <source>Open on the Server</source>
        <translation>Auf dem Server öffnen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>bk::OnboardingActions</name>
    <message>
        <source>&amp;Onboard a new client…</source>
        <translation>Neue Klient:in &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>Add a client and walk through the boundary agreement together</source>
        <translation>Eine Klient:in anlegen und die Grenzvereinbarung gemeinsam durchgehen</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>PDF &amp;prüfen…</translation>
    </message>
    <message>
        <source>Check whether a PDF is an unaltered signed agreement from these records</source>
        <translation>Prüfen, ob ein PDF eine unveränderte unterschriebene Vereinbarung aus diesen Unterlagen ist</translation>
    </message>
    <message>
        <source>No published policy yet</source>
        <translation>Noch keine veröffentlichte Richtlinie</translation>
    </message>
    <message>
        <source>Go to Practice</source>
        <translation>Zur Praxis</translation>
    </message>
    <message>
        <source>No agreement can be made</source>
        <translation>Es kann keine Vereinbarung geschlossen werden</translation>
    </message>
    <message>
        <source>The agreement with %1 is signed and stored.</source>
        <translation>Die Vereinbarung mit %1 ist unterschrieben und gespeichert.</translation>
    </message>
    <message>
        <source>The agreement with %1 is signed and stored; the PDF is in %2.</source>
        <translation>Die Vereinbarung mit %1 ist unterschrieben und gespeichert; das PDF liegt in %2.</translation>
    </message>
    <message>
        <source>The agreement with %1 is kept as a draft; resume it from the client.</source>
        <translation>Die Vereinbarung mit %1 ist als Entwurf gespeichert; setzen Sie sie bei der Klient:in fort.</translation>
    </message>
    <message>
        <source>The agreement cannot be started</source>
        <translation>Die Vereinbarung kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>PDF prüfen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Das Dokument kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Noch nicht unterzeichnet</translation>
    </message>
    <message>
        <source>This document has not been signed yet; there is no signed PDF to show.</source>
        <translation>Dieses Dokument ist noch nicht unterzeichnet; es gibt kein unterzeichnetes PDF zum Anzeigen.</translation>
    </message>
    <message>
        <source>No signed agreement</source>
        <translation>Keine unterzeichnete Vereinbarung</translation>
    </message>
    <message>
        <source>No signed agreement of this client is on file. An acknowledgement recorded without an agreement has no PDF.</source>
        <translation>Von dieser Klient:in ist keine unterzeichnete Vereinbarung vorhanden. Eine ohne Vereinbarung erfasste Bestätigung hat kein PDF.</translation>
    </message>
    <message>
        <source>The agreement with %1 was discarded.</source>
        <translation>Die Vereinbarung mit %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>%1 signed an agreement on %2 under policy version %3.</source>
        <translation>%1 hat am %2 eine Vereinbarung unter Richtlinienversion %3 unterschrieben.</translation>
    </message>
    <message>
        <source>A draft agreement with %1 was begun on %2 (policy version %3) and is not signed yet.</source>
        <translation>Ein Vereinbarungsentwurf mit %1 wurde am %2 begonnen (Richtlinienversion %3) und ist noch nicht unterschrieben.</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Entwurf fortsetzen</translation>
    </message>
    <message>
        <source>Discard the draft and start again</source>
        <translation>Entwurf verwerfen und neu beginnen</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Der Entwurf wurde nicht verworfen</translation>
    </message>
    <message>
        <source>Policy version %1 has been published since.</source>
        <translation>Seitdem wurde Richtlinienversion %1 veröffentlicht.</translation>
    </message>
    <message>
        <source>Start the re-acknowledgement</source>
        <translation>Erneute Bestätigung beginnen</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>Neue Vereinbarung beginnen</translation>
    </message>
    <message>
        <source>Open the signed agreement</source>
        <translation>Unterschriebene Vereinbarung öffnen</translation>
    </message>
    <message>
        <source>An agreement exists</source>
        <translation>Es gibt bereits eine Vereinbarung</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
</context>
<context>
    <name>bk::OnboardingWizard</name>
    <message>
        <source>Boundary agreement</source>
        <translation>Grenzvereinbarung</translation>
    </message>
    <message>
        <source>&amp;Finish and sign</source>
        <translation>&amp;Abschließen und unterschreiben</translation>
    </message>
    <message>
        <source>Close and keep what was done as a draft you can resume from the client</source>
        <translation>Schließen und das Erledigte als Entwurf behalten, den Sie bei der Klient:in fortsetzen können</translation>
    </message>
    <message>
        <source>Roles and scope</source>
        <translation>Rollen und Leistungsumfang</translation>
    </message>
    <message>
        <source>What you and the client can expect of each other, and what the practice offers and does not. Adjust anything for this client: the agreement records it.</source>
        <translation>Was Sie und die Klient:in voneinander erwarten können und was die Praxis anbietet und was nicht. Passen Sie alles für diese Klient:in an: Die Vereinbarung hält es fest.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Working hours, how the client may reach you, how soon you answer, and what to do in an emergency, as they apply to this client.</source>
        <translation>Arbeitszeiten, wie die Klient:in Sie erreichen kann, wie schnell Sie antworten und was im Notfall zu tun ist, so wie es für diese Klient:in gilt.</translation>
    </message>
    <message>
        <source>Consent and signatures</source>
        <translation>Einwilligung und Unterschriften</translation>
    </message>
    <message>
        <source>RE-ACKNOWLEDGEMENT</source>
        <translation>ERNEUTE BESTÄTIGUNG</translation>
    </message>
    <message>
        <source>ONBOARDING</source>
        <translation>AUFNAHME</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The database is open read-only, so no agreement can be made or changed. Open it with write access to onboard a client.</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet, daher kann keine Vereinbarung geschlossen oder geändert werden. Öffnen Sie sie mit Schreibzugriff, um eine Klient:in aufzunehmen.</translation>
    </message>
    <message>
        <source>Your boundary policy has not been published yet, so there is nothing for a client to agree to. Review the boundaries in the Practice section and publish them; then come back to onboard the client.</source>
        <translation>Ihre Grenzrichtlinie ist noch nicht veröffentlicht, daher gibt es nichts, dem eine Klient:in zustimmen könnte. Prüfen Sie die Grenzen im Bereich „Praxis“ und veröffentlichen Sie sie; kommen Sie dann zurück, um die Klient:in aufzunehmen.</translation>
    </message>
    <message>
        <source>draft resumed</source>
        <translation>Entwurf fortgesetzt</translation>
    </message>
    <message>
        <source>Continuing the draft saved on %1. Signatures are never kept in a draft, so both of you sign again at the end.</source>
        <translation>Der am %1 gespeicherte Entwurf wird fortgesetzt. Unterschriften werden nie in einem Entwurf gespeichert, daher unterschreiben Sie beide am Ende erneut.</translation>
    </message>
    <message>
        <source>The draft saved on %1 was made on policy version %2. Version %3 has been published since, so the agreement starts again on the new version.</source>
        <translation>Der am %1 gespeicherte Entwurf beruht auf Richtlinienversion %2. Seitdem wurde Version %3 veröffentlicht, daher beginnt die Vereinbarung auf der neuen Version von vorn.</translation>
    </message>
    <message>
        <source>Re-acknowledgement – %1</source>
        <translation>Erneute Bestätigung – %1</translation>
    </message>
    <message>
        <source>Boundary agreement with %1</source>
        <translation>Grenzvereinbarung mit %1</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Die Vereinbarung unterschreiben</translation>
    </message>
    <message>
        <source>This signs the agreement with %1 for good: it is stored as it is now and can no longer be changed. Sign it now?</source>
        <translation>Damit wird die Vereinbarung mit %1 endgültig unterschrieben: Sie wird so gespeichert, wie sie jetzt ist, und kann nicht mehr geändert werden. Jetzt unterschreiben?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Unterschreiben</translation>
    </message>
    <message>
        <source>The agreement was not signed</source>
        <translation>Die Vereinbarung wurde nicht unterschrieben</translation>
    </message>
    <message>
        <source>Save the unsigned copy</source>
        <translation>Das nicht unterschriebene Exemplar speichern</translation>
    </message>
    <message>
        <source>Save the signed agreement</source>
        <translation>Die unterschriebene Vereinbarung speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Der Entwurf wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 The wizard stays open so that nothing is lost.</source>
        <translation>%1 Der Assistent bleibt geöffnet, damit nichts verloren geht.</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>En&amp;twurf verwerfen…</translation>
    </message>
    <message>
        <source>Close without keeping the agreement; a draft already saved is marked discarded</source>
        <translation>Schließen, ohne die Vereinbarung zu behalten; ein bereits gespeicherter Entwurf wird als verworfen markiert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sc&amp;hließen</translation>
    </message>
    <message>
        <source>Started from the agreement signed on %1 (policy version %2): the questions and answers noted per boundary are carried over.</source>
        <translation>Ausgehend von der am %1 unterschriebenen Vereinbarung (Richtlinienversion %2): Die je Grenze notierten Fragen und Antworten werden übernommen.</translation>
    </message>
    <message>
        <source>Started from the agreement signed on %1 (policy version %2): what was adjusted for %3 (%4) and the questions and answers noted per boundary are carried over. Review them together.</source>
        <translation>Ausgehend von der am %1 unterschriebenen Vereinbarung (Richtlinienversion %2): Was für %3 (%4) angepasst wurde, und die je Grenze notierten Fragen und Antworten werden übernommen. Gehen Sie sie gemeinsam durch.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Discard the agreement with %1? It cannot be finished afterwards; a draft saved before stays in the records, marked discarded.</source>
        <translation>Die Vereinbarung mit %1 verwerfen? Sie kann danach nicht mehr fertiggestellt werden; ein zuvor gespeicherter Entwurf bleibt in den Unterlagen, als verworfen markiert.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Der Entwurf wurde nicht verworfen</translation>
    </message>
    <message>
        <source>Leave the agreement</source>
        <translation>Vereinbarung verlassen</translation>
    </message>
    <message>
        <source>Keep what was done with %1 as a draft to resume later, or discard it?</source>
        <translation>Das mit %1 Erarbeitete als Entwurf behalten, um später fortzufahren, oder verwerfen?</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Entwurf behalten</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>bk::OrderedListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add at the end of the list</source>
        <translation>Am Ende der Liste hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>bk::PassphraseDialog</name>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>&amp;Encrypt the backup with a passphrase</source>
        <translation>Sicherung mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read an encrypted backup, you included: keep it somewhere safe.</source>
        <translation>Ohne die Passphrase kann niemand eine verschlüsselte Sicherung lesen, auch Sie nicht: Bewahren Sie sie an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter its passphrase.</source>
        <translation>Diese Sicherung ist verschlüsselt. Geben Sie ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Noch &amp;einmal:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Encrypt daily backups</source>
        <translation>Tägliche Sicherungen verschlüsseln</translation>
    </message>
    <message>
        <source>Daily backups will be encrypted with this passphrase. It is kept in this computer&apos;s system keyring; note it somewhere safe as well: restoring a backup on another computer needs it.</source>
        <translation>Tägliche Sicherungen werden mit dieser Passphrase verschlüsselt. Sie wird im System-Schlüsselbund dieses Computers aufbewahrt; notieren Sie sie zusätzlich an einem sicheren Ort: Um eine Sicherung auf einem anderen Computer wiederherzustellen, brauchen Sie sie.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>bk::PdfPreviewWidget</name>
    <message>
        <source>Document preview</source>
        <translation>Dokumentvorschau</translation>
    </message>
    <message>
        <source>There is no document to show.</source>
        <translation>Es gibt kein Dokument zum Anzeigen.</translation>
    </message>
</context>
<context>
    <name>bk::PracticeDetailsWidget</name>
    <message>
        <source>e.g. Northbridge Coaching</source>
        <translation>z. B. Coaching Nordbrücke</translation>
    </message>
    <message>
        <source>Address, phone and website, as printed on agreements</source>
        <translation>Adresse, Telefon und Website, wie auf Vereinbarungen gedruckt</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image as the logo on printed documents</source>
        <translation>Ein PNG- oder JPEG-Bild als Logo auf gedruckten Dokumenten verwenden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Practice na&amp;me:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>Contact lin&amp;e:</source>
        <translation>Kontaktz&amp;eile:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Practitioners:</source>
        <translation>Fachpersonen:</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>This file could not be read as an image. Choose a PNG or JPEG file.</source>
        <translation>Diese Datei konnte nicht als Bild gelesen werden. Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Ein Logo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Fachpersonen</translation>
    </message>
</context>
<context>
    <name>bk::PracticeExportActions</name>
    <message>
        <source>Export the &amp;whole practice…</source>
        <translation>&amp;Gesamte Praxis exportieren…</translation>
    </message>
    <message>
        <source>Write every record, signed PDF and policy version to a folder as CSV, JSON and PDF files any program reads, with a manifest of their SHA-256</source>
        <translation>Jeden Datensatz, jedes unterschriebene PDF und jede Richtlinienversion als CSV-, JSON- und PDF-Dateien, die jedes Programm lesen kann, in einen Ordner schreiben, mit einem Manifest ihrer SHA-256</translation>
    </message>
    <message>
        <source>Export the whole practice to a new folder</source>
        <translation>Die gesamte Praxis in einen neuen Ordner exportieren</translation>
    </message>
    <message>
        <source>practice-export-%1</source>
        <translation>praxis-export-%1</translation>
    </message>
    <message>
        <source>Exporting the practice to %1…</source>
        <translation>Die Praxis wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>bk::PracticePage</name>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to what was last saved</source>
        <translation>Zum zuletzt gespeicherten Stand zurückkehren</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Consequence ladder</source>
        <translation>Eskalationsleiter</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Prüfsumme kopieren</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the published version</source>
        <translation>Den vollständigen SHA-256 der veröffentlichten Version kopieren</translation>
    </message>
    <message>
        <source>Go back to the draft as last saved</source>
        <translation>Zum zuletzt gespeicherten Entwurf zurückkehren</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep the changes as a draft; clients see them once they are published</source>
        <translation>Die Änderungen als Entwurf behalten; Klient:innen sehen sie, sobald sie veröffentlicht sind</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <source>Freeze the draft as the next version of the policy</source>
        <translation>Den Entwurf als nächste Version der Richtlinie festschreiben</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the full text of the selected version</source>
        <translation>Den vollständigen Text der gewählten Version anzeigen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Some changes in the Practice section are not saved yet. Leave and discard them, or stay to save them?</source>
        <translation>Einige Änderungen im Bereich „Praxis“ sind noch nicht gespeichert. Verlassen und verwerfen, oder bleiben und speichern?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Angaben zur Praxis</translation>
    </message>
    <message>
        <source>Roles &amp;&amp; scope</source>
        <translation>Rollen &amp;&amp; Leistungsumfang</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The draft has unsaved changes.</source>
        <translation>Der Entwurf hat ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Nothing is published yet: clients can acknowledge the policy once it is.</source>
        <translation>Noch ist nichts veröffentlicht: Klient:innen können die Richtlinie bestätigen, sobald sie veröffentlicht ist.</translation>
    </message>
    <message>
        <source>The saved draft differs from version %1. Publish it when it is ready for clients.</source>
        <translation>Der gespeicherte Entwurf weicht von Version %1 ab. Veröffentlichen Sie ihn, wenn er für Klient:innen bereit ist.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation>Der Entwurf gleicht Version %1.</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Nichts zu veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the policy as version 1? Once published, a version cannot be changed.

%1</source>
        <translation>Die Richtlinie als Version 1 veröffentlichen? Eine veröffentlichte Version kann nicht mehr geändert werden.

%1</translation>
    </message>
    <message>
        <source>Publish version %1? Compared with version %2:

%3

Once published, a version cannot be changed, and clients who acknowledged an earlier version are asked to acknowledge it again.</source>
        <translation>Version %1 veröffentlichen? Im Vergleich zu Version %2:

%3

Eine veröffentlichte Version kann nicht mehr geändert werden, und Klient:innen, die eine frühere Version bestätigt haben, werden gebeten, sie erneut zu bestätigen.</translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation>Version %1 veröffentlichen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Version %1 published · SHA-256 %2…</source>
        <translation>Version %1 veröffentlicht · SHA-256 %2…</translation>
    </message>
    <message>
        <source>No version is published yet. Publish the draft in the Boundaries tab.</source>
        <translation>Noch ist keine Version veröffentlicht. Veröffentlichen Sie den Entwurf im Reiter „Grenzen“.</translation>
    </message>
    <message>
        <source>Comparing version %1 with version %2.</source>
        <translation>Version %1 wird mit Version %2 verglichen.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select two versions to compare them.</source>
        <translation>Wählen Sie zwei Versionen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Select a version to show it, or two to compare them.</source>
        <translation>Wählen Sie eine Version, um sie anzuzeigen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>The practice profile</source>
        <translation>Das Praxisprofil</translation>
    </message>
    <message>
        <source>%1 Your changes are still here; save again to compare them with the newer version.</source>
        <translation>%1 Ihre Änderungen sind noch da; speichern Sie erneut, um sie mit der neueren Version zu vergleichen.</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Veröffentlichte Versionen</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Text der gewählten Version</translation>
    </message>
</context>
<context>
    <name>bk::PracticeSwitcher</name>
    <message>
        <source>Cannot open the practice</source>
        <translation>Die Praxis kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Practice server not reached</source>
        <translation>Praxisserver nicht erreicht</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>Mit einem anderen &amp;Server verbinden…</translation>
    </message>
    <message>
        <source>Open the practice &amp;file on this computer</source>
        <translation>Praxis&amp;datei auf diesem Computer öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>bk::PractitionerPickerDialog</name>
    <message>
        <source>Type a part of the name or sign-in</source>
        <translation>Einen Teil des Namens oder Anmeldenamens eingeben</translation>
    </message>
    <message>
        <source>Filter the practitioners</source>
        <translation>Fachpersonen filtern</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Practitioners to choose from</source>
        <translation>Fachpersonen zur Auswahl</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>No practitioner matches.</source>
        <translation>Keine Fachperson passt.</translation>
    </message>
</context>
<context>
    <name>bk::PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Fachpersonen</translation>
    </message>
    <message>
        <source>managing practitioners</source>
        <translation>Verwalten der Fachpersonen</translation>
    </message>
    <message>
        <source>You can see who works in the practice and their roles.</source>
        <translation>Sie können sehen, wer in der Praxis arbeitet und mit welcher Rolle.</translation>
    </message>
    <message>
        <source>The practice is open read-only: you can see the practitioners, but not change them.</source>
        <translation>Die Praxis ist schreibgeschützt geöffnet: Sie können die Fachpersonen sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Everyone here signs in to the practice server as themselves. An owner sees and changes everything; a practitioner works with their own clients and those shared with them; an administrator looks after the practice without seeing any client.</source>
        <translation>Alle hier melden sich mit ihrer eigenen Anmeldung am Praxisserver an. Eine Inhaber:in sieht und ändert alles; eine Fachperson arbeitet mit ihren eigenen Klient:innen und mit denen, die mit ihr geteilt sind; eine Administrator:in betreut die Praxis, ohne Klient:innen zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Add practitioner…</source>
        <translation>Fachperson &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Role of the selected practitioner:</source>
        <translation>&amp;Rolle der ausgewählten Fachperson:</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>For someone who leaves the practice: they can no longer sign in, and their records keep their name</source>
        <translation>Für jemanden, der die Praxis verlässt: Die Anmeldung ist nicht mehr möglich, und die Einträge behalten den Namen</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <source>Let the selected practitioner sign in again, in the role they had</source>
        <translation>Die ausgewählte Fachperson wieder anmelden lassen, in ihrer bisherigen Rolle</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their records keep their name.</source>
        <translation>%1 kann sich dann nicht mehr anmelden; die Einträge behalten den Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s), and there is nobody else to take them over. Add a practitioner first.</source>
        <translation>
            <numerusform>%1 ist für %n Klient:in verantwortlich, und niemand sonst kann übernehmen. Fügen Sie zuerst eine Fachperson hinzu.</numerusform>
            <numerusform>%1 ist für %n Klient:innen verantwortlich, und niemand sonst kann sie übernehmen. Fügen Sie zuerst eine Fachperson hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s). Who takes them over?</source>
        <translation>
            <numerusform>%1 ist für %n Klient:in verantwortlich. Wer übernimmt?</numerusform>
            <numerusform>%1 ist für %n Klient:innen verantwortlich. Wer übernimmt sie?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
</context>
<context>
    <name>bk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Boundary Keeper speaks the new language from its next start.</source>
        <translation>Boundary Keeper verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>The command-line program follows the language of the terminal (LANG).</source>
        <translation>Das Befehlszeilenprogramm folgt der Sprache des Terminals (LANG).</translation>
    </message>
    <message>
        <source>This practice is open read-only: its paper size cannot be changed.</source>
        <translation>Diese Praxis ist schreibgeschützt geöffnet: Ihr Papierformat kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Agreements, contracts, summaries and reports of this practice are laid out on this paper, whoever prints them.</source>
        <translation>Vereinbarungen, Verträge, Zusammenfassungen und Berichte dieser Praxis werden auf diesem Papier gesetzt, wer auch immer sie druckt.</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>The practice&apos;s documents</source>
        <translation>Dokumente der Praxis</translation>
    </message>
    <message>
        <source>Paper size not saved</source>
        <translation>Papierformat nicht gespeichert</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <source>When Boundary Keeper closes, at most once a day, it writes a checked backup of this practice into %1. It keeps the last 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>Beim Beenden schreibt Boundary Keeper höchstens einmal am Tag eine geprüfte Sicherung dieser Praxis in %1. Aufbewahrt werden die letzten 7 täglichen, 4 wöchentlichen und 12 monatlichen Sicherungen.</translation>
    </message>
    <message>
        <source>&amp;Encrypt daily backups with a passphrase</source>
        <translation>Tägliche Sicherungen mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s system keyring. Backups encrypted before keep needing the passphrase they were encrypted with.</source>
        <translation>Die Passphrase wird im System-Schlüsselbund dieses Computers aufbewahrt. Bereits verschlüsselte Sicherungen brauchen weiterhin die Passphrase, mit der sie verschlüsselt wurden.</translation>
    </message>
    <message>
        <source>&amp;Notify me through the system tray when follow-ups fall due</source>
        <translation>Über den Infobereich &amp;benachrichtigen, wenn Nachverfolgungen fällig werden</translation>
    </message>
    <message>
        <source>The reminder bar in the window shows due and overdue follow-ups either way.</source>
        <translation>Die Erinnerungsleiste im Fenster zeigt fällige und überfällige Nachverfolgungen in jedem Fall an.</translation>
    </message>
</context>
<context>
    <name>bk::QuickLogDialog</name>
    <message>
        <source>Log an incident</source>
        <translation>Einen Vorfall erfassen</translation>
    </message>
    <message>
        <source>Choose the boundary…</source>
        <translation>Grenze wählen…</translation>
    </message>
    <message>
        <source>What happened, in a few factual words (Enter saves, Shift+Enter starts a new line)</source>
        <translation>Was passiert ist, in wenigen sachlichen Worten (Eingabetaste speichert, Umschalt+Eingabetaste beginnt eine neue Zeile)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Die Klient:in</translation>
    </message>
    <message>
        <source>Me (a lapse of my own)</source>
        <translation>Ich (ein eigener Grenzübertritt)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Klient:in:</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>&amp;Grenze:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was passiert ist:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Zeitpunkt:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>K&amp;ontaktweg:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>Wh&amp;o crossed it:</source>
        <translation>&amp;Überschritten von:</translation>
    </message>
    <message>
        <source>Logged against version %1 of your boundary policy. Contact outside your working hours or the agreed channels is flagged automatically.</source>
        <translation>Erfasst zu Version %1 Ihrer Grenzrichtlinie. Kontakt außerhalb Ihrer Arbeitszeiten oder der vereinbarten Kontaktwege wird automatisch markiert.</translation>
    </message>
    <message>
        <source>No policy version is published yet: the boundaries of the draft are offered.</source>
        <translation>Noch ist keine Richtlinienversion veröffentlicht: Die Grenzen des Entwurfs werden angeboten.</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Vorfall erfassen</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Incident logged for %1.</source>
        <translation>Vorfall für %1 erfasst.</translation>
    </message>
    <message>
        <source>outside your working hours</source>
        <translation>außerhalb Ihrer Arbeitszeiten</translation>
    </message>
    <message>
        <source>outside the agreed channels</source>
        <translation>außerhalb der vereinbarten Kontaktwege</translation>
    </message>
    <message>
        <source>No automatic flags.</source>
        <translation>Keine automatischen Hinweise.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <translation>Markiert: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Next: %1, by %2.</source>
        <translation>Als Nächstes: %1, bis %2.</translation>
    </message>
</context>
<context>
    <name>bk::ReflectionPage</name>
    <message>
        <source>&amp;Check before sharing…</source>
        <translation>Vor dem &amp;Teilen prüfen…</translation>
    </message>
    <message>
        <source>Five questions before sharing something personal with a client (%1)</source>
        <translation>Fünf Fragen, bevor Sie etwas Persönliches mit einer Klient:in teilen (%1)</translation>
    </message>
    <message>
        <source>Private: these entries never appear in anything a client receives.</source>
        <translation>Privat: Diese Einträge erscheinen nie in etwas, das eine Klient:in erhält.</translation>
    </message>
    <message>
        <source>Reflection entries</source>
        <translation>Reflexionseinträge</translation>
    </message>
    <message>
        <source>Take a disclosure check…</source>
        <translation>Vor dem Teilen prüfen…</translation>
    </message>
    <message>
        <source>Your own side of the boundary</source>
        <translation>Ihre eigene Seite der Grenze</translation>
    </message>
    <message>
        <source>Before you share something personal with a client, take a short check (%1): five questions and a plain recommendation. Record what you decided, and look back here at where boundaries blur. Entries are private: they never appear in anything a client receives.</source>
        <translation>Bevor Sie etwas Persönliches mit einer Klient:in teilen, machen Sie einen kurzen Check (%1): fünf Fragen und eine klare Empfehlung. Erfassen Sie, wie Sie sich entschieden haben, und schauen Sie hier zurück, wo Grenzen verschwimmen. Die Einträge sind privat und erscheinen nie in etwas, das eine Klient:in erhält.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Gewählter Eintrag</translation>
    </message>
    <message>
        <source>Select an entry to read its answers and your note.</source>
        <translation>Wählen Sie einen Eintrag, um seine Antworten und Ihre Notiz zu lesen.</translation>
    </message>
    <message>
        <source>No particular client</source>
        <translation>Keine bestimmte Klient:in</translation>
    </message>
    <message>
        <source>The check said:</source>
        <translation>Empfehlung des Checks:</translation>
    </message>
    <message>
        <source>I decided:</source>
        <translation>Meine Entscheidung:</translation>
    </message>
    <message>
        <source>Recorded in your reflection.</source>
        <translation>In Ihrer Reflexion erfasst.</translation>
    </message>
    <message>
        <source>Reduced &amp;availability…</source>
        <translation>&amp;Eingeschränkte Erreichbarkeit…</translation>
    </message>
    <message>
        <source>Tell the clients concerned what changes while something personal affects your work</source>
        <translation>Den betroffenen Klient:innen mitteilen, was sich ändert, während etwas Persönliches Ihre Arbeit beeinträchtigt</translation>
    </message>
    <message>
        <source>&amp;Monthly reflection…</source>
        <translation>&amp;Monatliche Reflexion…</translation>
    </message>
    <message>
        <source>Look back at the month: your own lapses, clients with repeated incidents, your disclosure checks, and a few questions</source>
        <translation>Auf den Monat zurückblicken: Ihre eigenen Grenzübertritte, Klient:innen mit wiederholten Vorfällen, Ihre Checks vor dem Teilen und ein paar Fragen</translation>
    </message>
    <message>
        <source>&amp;Export for supervision…</source>
        <translation>Für die Supervision e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save your monthly reflections and disclosure checks as a PDF</source>
        <translation>Ihre monatlichen Reflexionen und Checks vor dem Teilen als PDF speichern</translation>
    </message>
    <message>
        <source>Disclosure checks</source>
        <translation>Checks vor dem Teilen</translation>
    </message>
    <message>
        <source>Monthly reflections</source>
        <translation>Monatliche Reflexionen</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (übersprungen)</translation>
    </message>
    <message>
        <source>Once a month, look back at your own side of the boundary (%1). Your reflections are listed here.</source>
        <translation>Blicken Sie einmal im Monat auf Ihre eigene Seite der Grenze zurück (%1). Ihre Reflexionen werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>You skipped this month.</source>
        <translation>Sie haben diesen Monat übersprungen.</translation>
    </message>
    <message>
        <source>Your monthly reflection was recorded.</source>
        <translation>Ihre monatliche Reflexion wurde erfasst.</translation>
    </message>
    <message>
        <source>Export for supervision</source>
        <translation>Für die Supervision exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Das PDF wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved your reflection as %1.</source>
        <translation>Ihre Reflexion wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected entry&apos;s answers, decision or note (Enter)</source>
        <translation>Antworten, Entscheidung oder Notiz des ausgewählten Eintrags ändern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected entry for good (Delete)</source>
        <translation>Den ausgewählten Eintrag endgültig löschen (Entf)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No disclosure check matches</source>
        <translation>Kein Check vor dem Teilen passt</translation>
    </message>
    <message>
        <source>You recorded no disclosure check about this client in this period. Choose another client or period, or clear the filters to see every entry.</source>
        <translation>Sie haben in diesem Zeitraum keinen Check vor dem Teilen zu dieser Klient:in erfasst. Wählen Sie eine andere Klient:in oder einen anderen Zeitraum, oder setzen Sie die Filter zurück, um alle Einträge zu sehen.</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Alle Klient:innen</translation>
    </message>
    <message>
        <source>Only the entries about this client</source>
        <translation>Nur die Einträge zu dieser Klient:in</translation>
    </message>
    <message>
        <source>Only the entries of this period</source>
        <translation>Nur die Einträge dieses Zeitraums</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>K&amp;lient:in:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Your changes to the entry were saved.</source>
        <translation>Ihre Änderungen am Eintrag wurden gespeichert.</translation>
    </message>
    <message>
        <source>no particular client</source>
        <translation>keine bestimmte Klient:in</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete your disclosure check of %1 about %2? It cannot be undone; the audit trail keeps only that the entry existed.</source>
        <translation>Ihren Check vor dem Teilen vom %1 zu %2 löschen? Das kann nicht rückgängig gemacht werden; der Prüfpfad behält nur, dass der Eintrag existierte.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The entry was not deleted. %1</source>
        <translation>Der Eintrag wurde nicht gelöscht. %1</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>The month&apos;s reflection</source>
        <translation>Die Reflexion des Monats</translation>
    </message>
</context>
<context>
    <name>bk::ReflectionTableModel</name>
    <message>
        <source>No particular client</source>
        <translation>Keine bestimmte Klient:in</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient:in</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>Empfehlung des Checks</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>Meine Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>bk::ResourceLibraryDialog</name>
    <message>
        <source>Add to the resource library</source>
        <translation>Zur Materialsammlung hinzufügen</translation>
    </message>
    <message>
        <source>Required, e.g. Working hours: a one-page guide</source>
        <translation>Pflichtfeld, z. B. Arbeitszeiten: eine Anleitung auf einer Seite</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… oder eine Datei</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Link or file:</source>
        <translation>&amp;Link oder Datei:</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Hilft bei:</translation>
    </message>
    <message>
        <source>Choose the resource&apos;s file</source>
        <translation>Die Datei des Materials auswählen</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Boundaries it helps with</source>
        <translation>Grenzen, bei denen es hilft</translation>
    </message>
</context>
<context>
    <name>bk::ResourceStepWidget</name>
    <message>
        <source>The practice&apos;s library</source>
        <translation>Die Materialsammlung der Praxis</translation>
    </message>
    <message>
        <source>Show the whole library</source>
        <translation>Die ganze Sammlung zeigen</translation>
    </message>
    <message>
        <source>Also show resources listed for other boundaries</source>
        <translation>Auch Materialien zeigen, die für andere Grenzen aufgeführt sind</translation>
    </message>
    <message>
        <source>Add to library…</source>
        <translation>Zur Sammlung hinzufügen…</translation>
    </message>
    <message>
        <source>Record the ticked resources as provided</source>
        <translation>Die angehakten Materialien als bereitgestellt erfassen</translation>
    </message>
    <message>
        <source>Optional: how they were shared</source>
        <translation>Optional: wie sie weitergegeben wurden</translation>
    </message>
    <message>
        <source>Record as provided</source>
        <translation>Als bereitgestellt erfassen</translation>
    </message>
    <message>
        <source>&amp;Provided:</source>
        <translation>&amp;Bereitgestellt:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Show the whole library, not only &quot;%1&quot;</source>
        <translation>Die ganze Sammlung zeigen, nicht nur „%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resources recorded as provided yet.</source>
        <translation>Noch keine Materialien als bereitgestellt erfasst.</translation>
    </message>
    <message>
        <source>Provided so far: %1</source>
        <translation>Bisher bereitgestellt: %1</translation>
    </message>
    <message>
        <source>The library could not be read. %1</source>
        <translation>Die Materialsammlung konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The library is empty. Add the guides, courses and reading you share with clients.</source>
        <translation>Die Materialsammlung ist leer. Fügen Sie die Anleitungen, Kurse und Lektüre hinzu, die Sie an Klient:innen weitergeben.</translation>
    </message>
    <message>
        <source>Nothing in the library for this boundary yet.</source>
        <translation>Für diese Grenze gibt es noch nichts in der Sammlung.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) recorded as provided.</source>
        <translation>
            <numerusform>%n Material als bereitgestellt erfasst.</numerusform>
            <numerusform>%n Materialien als bereitgestellt erfasst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::ReviewStepPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The agreement exactly as it prints. Finish signs it for good: it is stored unchanged, and every copy you save or print can later be verified.</source>
        <translation>Die Vereinbarung genau so, wie sie gedruckt wird. „Abschließen“ unterschreibt sie endgültig: Sie wird unverändert gespeichert, und jede Kopie, die Sie speichern oder drucken, lässt sich später prüfen.</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Sign the agreement and save the signed PDF</source>
        <translation>Die Vereinbarung unterschreiben und das unterschriebene PDF speichern</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Sign the agreement and print it, with a preview first</source>
        <translation>Die Vereinbarung unterschreiben und drucken, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of the signed PDF in the client&apos;s folder</source>
        <translation>Eine &amp;Kopie des unterschriebenen PDFs im Ordner der Klient:in ablegen</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>Die Kopie wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The agreement is signed and stored, but the copy for the client&apos;s folder was not saved. %1</source>
        <translation>Die Vereinbarung ist unterschrieben und gespeichert, aber die Kopie für den Ordner der Klient:in wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Boundary agreement – %1</source>
        <translation>Grenzvereinbarung – %1</translation>
    </message>
    <message>
        <source>Signed on %1. The agreement is stored and can no longer be changed.</source>
        <translation>Am %1 unterschrieben. Die Vereinbarung ist gespeichert und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Signed on %1 and saved to %2.</source>
        <translation>Am %1 unterschrieben und unter %2 gespeichert.</translation>
    </message>
    <message>
        <source>Signs the agreement for good, then saves the signed PDF where you choose. Every copy can be verified later.</source>
        <translation>Unterschreibt die Vereinbarung endgültig und speichert das unterschriebene PDF dann an einem Ort Ihrer Wahl. Jede Kopie lässt sich später prüfen.</translation>
    </message>
    <message>
        <source>Signs the agreement for good, then prints it, with a preview first.</source>
        <translation>Unterschreibt die Vereinbarung endgültig und druckt sie dann, zuerst mit einer Vorschau.</translation>
    </message>
    <message>
        <source>Keeps a copy of the signed PDF, readable by you only, in the client&apos;s folder.</source>
        <translation>Legt eine Kopie des unterschriebenen PDFs im Ordner der Klient:in ab, die nur Sie lesen können.</translation>
    </message>
</context>
<context>
    <name>bk::RolesWidget</name>
    <message>
        <source>What you do for your clients and what you hold yourself to, e.g. prepare each session, keep appointments, work within your competence</source>
        <translation>Was Sie für Ihre Klient:innen tun und woran Sie sich halten, z. B. jede Sitzung vorbereiten, Termine einhalten, im Rahmen Ihrer Kompetenz arbeiten</translation>
    </message>
    <message>
        <source>What you ask of your clients, e.g. come prepared and on time, cancel in good time, do the agreed work between sessions</source>
        <translation>Was Sie von Ihren Klient:innen erwarten, z. B. vorbereitet und pünktlich kommen, rechtzeitig absagen, die vereinbarten Aufgaben zwischen den Sitzungen erledigen</translation>
    </message>
    <message>
        <source>The services clients can expect from you</source>
        <translation>Die Leistungen, die Klient:innen von Ihnen erwarten können</translation>
    </message>
    <message>
        <source>What you do not offer and where clients can turn instead, e.g. crisis support or medical advice</source>
        <translation>Was Sie nicht anbieten und wohin Klient:innen sich stattdessen wenden können, z. B. Krisenhilfe oder medizinischer Rat</translation>
    </message>
    <message>
        <source>The &amp;practitioner&apos;s role:</source>
        <translation>Rolle der &amp;Fachperson:</translation>
    </message>
    <message>
        <source>Services &amp;offered:</source>
        <translation>Angebotene &amp;Leistungen:</translation>
    </message>
    <message>
        <source>Services no&amp;t offered:</source>
        <translation>&amp;Nicht angebotene Leistungen:</translation>
    </message>
    <message>
        <source>Your role and responsibilities as every agreement states them.</source>
        <translation>Ihre Rolle und Ihre Pflichten, so wie jede Vereinbarung sie festhält.</translation>
    </message>
    <message>
        <source>What you expect of the client, as every agreement states it.</source>
        <translation>Was Sie von der Klient:in erwarten, so wie jede Vereinbarung es festhält.</translation>
    </message>
    <message>
        <source>The scope of your services. Being clear about it early prevents misunderstandings later.</source>
        <translation>Ihr Leistungsumfang. Wer ihn früh klar benennt, beugt späteren Missverständnissen vor.</translation>
    </message>
    <message>
        <source>What is outside your scope, and where clients can turn for it.</source>
        <translation>Was außerhalb Ihres Leistungsumfangs liegt und wohin sich Klient:innen dafür wenden können.</translation>
    </message>
    <message>
        <source>The client&apos;s rol&amp;e:</source>
        <translation>Rolle der &amp;Klient:in:</translation>
    </message>
</context>
<context>
    <name>bk::ScanAttachmentWidget</name>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>Scan an&amp;fügen…</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Scan entfernen</translation>
    </message>
    <message>
        <source>Attach a scan of the signed original</source>
        <translation>Scan des unterschriebenen Originals anfügen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The scan was not attached</source>
        <translation>Der Scan wurde nicht angefügt</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB. Scan the pages at a lower resolution and attach the smaller file.</source>
        <translation>%1 ist größer als 25 MB. Scannen Sie die Seiten mit einer geringeren Auflösung und fügen Sie die kleinere Datei an.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Kein Scan angefügt</translation>
    </message>
    <message>
        <source>Scan attached (%1, %2)</source>
        <translation>Scan angefügt (%1, %2)</translation>
    </message>
</context>
<context>
    <name>bk::SetupWizard</name>
    <message>
        <source>Set up your practice</source>
        <translation>Ihre Praxis einrichten</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <source>Start with sensible defaults; you can change everything later in the Practice section</source>
        <translation>Mit sinnvollen Standardwerten beginnen; Sie können später alles im Bereich „Praxis“ ändern</translation>
    </message>
    <message>
        <source>Welcome to Boundary Keeper</source>
        <translation>Willkommen bei Boundary Keeper</translation>
    </message>
    <message>
        <source>A few questions about your practice, so that every agreement starts from your own words. Everything can be changed later.</source>
        <translation>Ein paar Fragen zu Ihrer Praxis, damit jede Vereinbarung mit Ihren eigenen Worten beginnt. Alles lässt sich später ändern.</translation>
    </message>
    <message>
        <source>Roles and scope</source>
        <translation>Rollen und Leistungsumfang</translation>
    </message>
    <message>
        <source>What you and your clients can expect of each other, and what your practice offers. The suggestions are a starting point.</source>
        <translation>Was Sie und Ihre Klient:innen voneinander erwarten können und was Ihre Praxis anbietet. Die Vorschläge sind ein Ausgangspunkt.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>When you work, how clients may reach you and how soon you answer.</source>
        <translation>Wann Sie arbeiten, wie Klient:innen Sie erreichen können und wie schnell Sie antworten.</translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation>Ihre Grenzen</translation>
    </message>
    <message>
        <source>Boundary Keeper comes with these boundaries and a consequence ladder. Publish them now as version 1 for your clients to acknowledge, or keep them as a draft to adapt first in the Practice section.</source>
        <translation>Boundary Keeper bringt diese Grenzen und eine Eskalationsleiter mit. Veröffentlichen Sie sie jetzt als Version 1, damit Ihre Klient:innen sie bestätigen können, oder behalten Sie sie als Entwurf, um sie zuerst im Bereich „Praxis“ anzupassen.</translation>
    </message>
    <message>
        <source>&amp;Publish them as version 1</source>
        <translation>Als Version 1 &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Keep them as a draft for now</source>
        <translation>Vorerst als &amp;Entwurf behalten</translation>
    </message>
    <message>
        <source>Setup not finished</source>
        <translation>Einrichtung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Boundaries not published</source>
        <translation>Grenzen nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Your practice details are saved, but the boundaries could not be published: %1 They are kept as a draft in the Practice section.</source>
        <translation>Ihre Angaben zur Praxis sind gespeichert, aber die Grenzen konnten nicht veröffentlicht werden: %1 Sie bleiben als Entwurf im Bereich „Praxis“.</translation>
    </message>
    <message>
        <source>Setup not skipped</source>
        <translation>Einrichtung nicht übersprungen</translation>
    </message>
</context>
<context>
    <name>bk::SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <source>Draw the signature with a mouse, pen or finger, or choose to type the full name instead.</source>
        <translation>Zeichnen Sie die Unterschrift mit Maus, Stift oder Finger, oder tippen Sie stattdessen den vollständigen Namen.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>bk::SignaturePadWidget</name>
    <message>
        <source>Full name, typed as the signature</source>
        <translation>Vollständiger Name, als Unterschrift getippt</translation>
    </message>
    <message>
        <source>Undo last stroke</source>
        <translation>Letzten Strich rückgängig machen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Type your full name instead</source>
        <translation>Stattdessen den vollständigen Namen tippen</translation>
    </message>
    <message>
        <source>Sign by typing your full name: the way to sign with the keyboard</source>
        <translation>Durch Tippen des vollständigen Namens unterschreiben: so unterschreiben Sie mit der Tastatur</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Unterschrift von %1</translation>
    </message>
    <message>
        <source>Type your full name</source>
        <translation>Tippen Sie Ihren vollständigen Namen</translation>
    </message>
    <message>
        <source>Type your full name, e.g. %1</source>
        <translation>Tippen Sie Ihren vollständigen Namen, z. B. %1</translation>
    </message>
</context>
<context>
    <name>bk::SignedDocumentDialog</name>
    <message>
        <source>%1 at %2</source>
        <comment>signed on &lt;date&gt; at &lt;time&gt;</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Boundary agreement with %1</source>
        <translation>Grenzvereinbarung mit %1</translation>
    </message>
    <message>
        <source>Signed on %1 on policy version %2. Document ID %3.</source>
        <translation>Unterzeichnet am %1 auf Richtlinienversion %2. Dokument-ID %3.</translation>
    </message>
    <message>
        <source>Behavioural contract with %1</source>
        <translation>Verhaltensvertrag mit %1</translation>
    </message>
    <message>
        <source>Signed on %1. Document ID %2.</source>
        <translation>Unterzeichnet am %1. Dokument-ID %2.</translation>
    </message>
    <message>
        <source>This is the PDF exactly as it was signed; it cannot be changed.</source>
        <translation>Dies ist das PDF genau so, wie es unterzeichnet wurde; es kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Kopie speichern: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>bk::SigningStepPage</name>
    <message>
        <source>Consent and signatures</source>
        <translation>Einwilligung und Unterschriften</translation>
    </message>
    <message>
        <source>Read the statement of intent together, then both sign: on screen, or on a printed copy. The agreement cannot be finished until both of you have signed.</source>
        <translation>Lesen Sie die Absichtserklärung gemeinsam, dann unterschreiben Sie beide: am Bildschirm oder auf einem Ausdruck. Die Vereinbarung kann erst abgeschlossen werden, wenn Sie beide unterschrieben haben.</translation>
    </message>
    <message>
        <source>Sign on &amp;screen</source>
        <translation>Am &amp;Bildschirm unterschreiben</translation>
    </message>
    <message>
        <source>Sign on &amp;paper instead</source>
        <translation>Stattdessen auf &amp;Papier unterschreiben</translation>
    </message>
    <message>
        <source>Statement of &amp;intent:</source>
        <translation>Absichts&amp;erklärung:</translation>
    </message>
    <message>
        <source>Who countersigns for the practice</source>
        <translation>Wer für die Praxis gegenzeichnet</translation>
    </message>
    <message>
        <source>Co&amp;untersigned for the practice by:</source>
        <translation>&amp;Gegengezeichnet für die Praxis von:</translation>
    </message>
    <message>
        <source>The client &amp;consents to sign electronically:</source>
        <translation>Die Klient:in will&amp;igt in die elektronische Unterschrift ein:</translation>
    </message>
    <message>
        <source>The client signs</source>
        <translation>Die Klient:in unterschreibt</translation>
    </message>
    <message>
        <source>The practitioner countersigns</source>
        <translation>Die Fachperson zeichnet gegen</translation>
    </message>
    <message>
        <source>Print the agreement with blank signature lines, sign it together by hand, and keep the paper original. Boundary Keeper records that the original exists and, if you like, a scan of it.</source>
        <translation>Drucken Sie die Vereinbarung mit leeren Unterschriftszeilen, unterschreiben Sie sie gemeinsam von Hand und bewahren Sie das Papieroriginal auf. Boundary Keeper hält fest, dass das Original existiert, und auf Wunsch einen Scan davon.</translation>
    </message>
    <message>
        <source>P&amp;rint unsigned copy…</source>
        <translation>Nicht unterschriebenes Exemplar &amp;drucken…</translation>
    </message>
    <message>
        <source>Save unsigned cop&amp;y…</source>
        <translation>Nicht unterschriebenes Exemplar spei&amp;chern…</translation>
    </message>
    <message>
        <source>Both have &amp;signed the printed copy, and the practice keeps the paper original</source>
        <translation>Beide haben den Ausdruck &amp;unterschrieben, und die Praxis bewahrt das Papieroriginal auf</translation>
    </message>
    <message>
        <source>Where the original is kept, e.g. the client file in the office cabinet</source>
        <translation>Wo das Original aufbewahrt wird, z. B. die Klient:innenakte im Büroschrank</translation>
    </message>
    <message>
        <source>Original &amp;kept:</source>
        <translation>&amp;Ort des Originals:</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Scan (optional):</translation>
    </message>
    <message>
        <source>The copy cannot be printed</source>
        <translation>Das Exemplar kann nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Boundary agreement – %1 (unsigned)</source>
        <translation>Grenzvereinbarung – %1 (nicht unterschrieben)</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>Das Exemplar kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Both sign here on the screen, with a mouse, pen or finger, or by typing their full name.</source>
        <translation>Sie unterschreiben beide hier am Bildschirm, mit Maus, Stift oder Finger oder indem Sie Ihren vollständigen Namen eintippen.</translation>
    </message>
    <message>
        <source>Print the unsigned agreement, both sign it by hand, and the practice keeps the paper original.</source>
        <translation>Sie drucken die noch nicht unterschriebene Vereinbarung, unterschreiben sie beide von Hand, und die Praxis bewahrt das Papieroriginal auf.</translation>
    </message>
    <message>
        <source>What both of you mean by signing. Read it together before signing; it is printed above the signatures.</source>
        <translation>Was Sie beide mit Ihrer Unterschrift zum Ausdruck bringen. Lesen Sie den Text vor dem Unterschreiben gemeinsam; er steht gedruckt über den Unterschriften.</translation>
    </message>
    <message>
        <source>The practitioner who countersigns for the practice, named on the agreement and its evidence page.</source>
        <translation>Die Fachperson, die für die Praxis gegenzeichnet; sie wird in der Vereinbarung und auf deren Nachweisseite genannt.</translation>
    </message>
    <message>
        <source>Tick once the client agrees to sign electronically. The consent text says whom to ask for a free paper copy or to withdraw consent.</source>
        <translation>Setzen Sie den Haken, sobald die Klient:in einwilligt, elektronisch zu unterschreiben. Der Einwilligungstext nennt, bei wem sie ein kostenloses Papierexemplar erhält oder ihre Einwilligung widerrufen kann.</translation>
    </message>
    <message>
        <source>Tick once both of you have signed the printed copy; the agreement then records that the practice keeps the original.</source>
        <translation>Setzen Sie den Haken, sobald Sie beide den Ausdruck unterschrieben haben; die Vereinbarung hält dann fest, dass die Praxis das Original aufbewahrt.</translation>
    </message>
    <message>
        <source>Where the signed original is kept, so it can be found when it is needed.</source>
        <translation>Wo das unterschriebene Original aufbewahrt wird, damit es sich finden lässt, wenn es gebraucht wird.</translation>
    </message>
</context>
<context>
    <name>bk::StepHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>Der gewählte Eintrag</translation>
    </message>
    <message>
        <source>Summary text:</source>
        <translation>Text der Zusammenfassung:</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Korrektur erfassen</translation>
    </message>
    <message>
        <source>Record a new entry that replaces the selected one; the original stays on record</source>
        <translation>Einen neuen Eintrag erfassen, der den gewählten ersetzt; das Original bleibt gespeichert</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Gesendet: %1.</translation>
    </message>
    <message>
        <source>Review on %1. Goals: %2</source>
        <translation>Überprüfung am %1. Ziele: %2</translation>
    </message>
    <message>
        <source>Provided: %1</source>
        <translation>Bereitgestellt: %1</translation>
    </message>
    <message>
        <source>%1 (follow up on %2)</source>
        <translation>%1 (Nachverfolgung am %2)</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>corrected on %1 by %2</source>
        <translation>korrigiert am %1 von %2</translation>
    </message>
    <message>
        <source>%1 (original, replaced)</source>
        <translation>%1 (Original, ersetzt)</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Noch keine Stufe erfasst.</translation>
    </message>
    <message>
        <source>Recorded entries are shown as they were kept; nothing can be changed here.</source>
        <translation>Erfasste Einträge werden so gezeigt, wie sie gespeichert wurden; hier kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Select an entry to correct it. A correction is a new entry; the original stays on record.</source>
        <translation>Wählen Sie einen Eintrag, um ihn zu korrigieren. Eine Korrektur ist ein neuer Eintrag; das Original bleibt gespeichert.</translation>
    </message>
    <message>
        <source>This entry was already replaced; correct the entry that replaced it instead.</source>
        <translation>Dieser Eintrag wurde bereits ersetzt; korrigieren Sie stattdessen den Eintrag, der ihn ersetzt hat.</translation>
    </message>
    <message>
        <source>Goals are corrected by recording new goals in the Goals tab, and outcomes there too.</source>
        <translation>Ziele werden korrigiert, indem Sie im Reiter „Ziele“ neue Ziele erfassen, Ergebnisse ebenfalls dort.</translation>
    </message>
    <message>
        <source>The text of a signed contract stays as both signed it; the date and note can be corrected.</source>
        <translation>Der Text eines unterschriebenen Vertrags bleibt, wie beide ihn unterschrieben haben; Datum und Notiz können korrigiert werden.</translation>
    </message>
    <message>
        <source>Change what was wrong and record the correction. The original stays on record, marked as replaced.</source>
        <translation>Ändern Sie, was falsch war, und erfassen Sie die Korrektur. Das Original bleibt gespeichert und wird als ersetzt markiert.</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2:
%3</translation>
    </message>
    <message>
        <source>The written summary has no text.</source>
        <translation>Die schriftliche Zusammenfassung hat keinen Text.</translation>
    </message>
    <message>
        <source>Write the corrected note; the original stays on record.</source>
        <translation>Schreiben Sie die korrigierte Notiz; das Original bleibt gespeichert.</translation>
    </message>
    <message>
        <source>The correction was recorded; the original entry stays on record.</source>
        <translation>Die Korrektur wurde erfasst; der ursprüngliche Eintrag bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Erfasste Stufen</translation>
    </message>
</context>
<context>
    <name>bk::StepNoteWidget</name>
    <message>
        <source>Record a step with a date and a note</source>
        <translation>Eine Stufe mit Datum und Notiz erfassen</translation>
    </message>
    <message>
        <source>Who you spoke with and what you decided, or how the engagement ended</source>
        <translation>Mit wem Sie gesprochen und was Sie entschieden haben, oder wie die Zusammenarbeit geendet hat</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Stufe erfassen</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Noch nicht erfasst.</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Erfasst: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was recorded.</source>
        <translation>„%1“ wurde erfasst.</translation>
    </message>
</context>
<context>
    <name>bk::StepWidget</name>
    <message>
        <source>recorded on %1</source>
        <translation>erfasst am %1</translation>
    </message>
    <message>
        <source>recorded on %1 by %2</source>
        <translation>erfasst am %1 von %2</translation>
    </message>
    <message>
        <source>Print – %1</source>
        <translation>Drucken – %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>Es wurde nichts erfasst. %1</translation>
    </message>
</context>
<context>
    <name>bk::SummaryStepWidget</name>
    <message>
        <source>The summary for the client</source>
        <translation>Die Zusammenfassung für die Klient:in</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Neu entwerfen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard, to paste into a message</source>
        <translation>Die Zusammenfassung in die Zwischenablage kopieren, um sie in eine Nachricht einzufügen</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Save the summary with the practice&apos;s letterhead as a PDF in the client&apos;s folder</source>
        <translation>Die Zusammenfassung mit dem Briefkopf der Praxis als PDF im Ordner der Klient:in speichern</translation>
    </message>
    <message>
        <source>Record it as sent</source>
        <translation>Als gesendet festhalten</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Als gesendet erfassen</translation>
    </message>
    <message>
        <source>The text above is kept with the record, exactly as sent.</source>
        <translation>Der Text oben wird genau so, wie er gesendet wurde, mit dem Eintrag aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Gesendet:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>Copied into a message</source>
        <translation>In eine Nachricht kopiert</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Summary of our conversation: %1</source>
        <translation>Zusammenfassung unseres Gesprächs: %1</translation>
    </message>
    <message>
        <source>Open a new message in the mail program; the client has no email address on record, so add the recipient there</source>
        <translation>Eine neue Nachricht im E-Mail-Programm öffnen; für die Klient:in ist keine E-Mail-Adresse erfasst, tragen Sie die Empfänger:in also dort ein</translation>
    </message>
    <message>
        <source>Open a new message to %1 in the mail program</source>
        <translation>Eine neue Nachricht an %1 im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Recorded: sent on %1 (%2).</source>
        <translation>Erfasst: gesendet am %1 (%2).</translation>
    </message>
    <message>
        <source>method not noted</source>
        <translation>Art nicht vermerkt</translation>
    </message>
    <message>
        <source>No written summary recorded yet.</source>
        <translation>Noch keine schriftliche Zusammenfassung erfasst.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the summary instead and paste it into a message.</source>
        <translation>Es konnte kein E-Mail-Programm geöffnet werden. Kopieren Sie die Zusammenfassung stattdessen und fügen Sie sie in eine Nachricht ein.</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Das PDF wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved as %1 in &lt;a href=&quot;%2&quot;&gt;the client&apos;s folder&lt;/a&gt;.</source>
        <translation>Als %1 im &lt;a href=&quot;%2&quot;&gt;Ordner der Klient:in&lt;/a&gt; gespeichert.</translation>
    </message>
    <message>
        <source>The written summary was recorded as sent.</source>
        <translation>Die schriftliche Zusammenfassung wurde als gesendet erfasst.</translation>
    </message>
    <message>
        <source>What to tell the client (optional):</source>
        <translation>Was Sie der Klient:in mitteilen möchten (optional):</translation>
    </message>
    <message>
        <source>What you discussed and agreed, in words for the client. Your own note of the conversation is not put into the letter.</source>
        <translation>Was Sie besprochen und vereinbart haben, in Worten für die Klient:in. Ihre eigene Notiz zum Gespräch kommt nicht in den Brief.</translation>
    </message>
    <message>
        <source>Replace the text with a fresh draft from the conversation record and what to tell the client</source>
        <translation>Den Text durch einen neuen Entwurf aus dem erfassten Gespräch und dem ersetzen, was Sie der Klient:in mitteilen möchten</translation>
    </message>
    <message>
        <source>Printed or attached as a PDF</source>
        <translation>Ausgedruckt oder als PDF angehängt</translation>
    </message>
</context>
<context>
    <name>bk::VerificationDialog</name>
    <message>
        <source>Verify a PDF – %1</source>
        <translation>PDF prüfen – %1</translation>
    </message>
    <message>
        <source>The file could not be verified</source>
        <translation>Die Datei konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Unaltered agreement from these records</source>
        <translation>Unveränderte Vereinbarung aus diesen Unterlagen</translation>
    </message>
    <message>
        <source>Altered: this is not the PDF that was signed</source>
        <translation>Verändert: Dies ist nicht das PDF, das unterschrieben wurde</translation>
    </message>
    <message>
        <source>Unknown: not an agreement from these records</source>
        <translation>Unbekannt: keine Vereinbarung aus diesen Unterlagen</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klient:in:</translation>
    </message>
    <message>
        <source>Document ID:</source>
        <translation>Dokument-ID:</translation>
    </message>
    <message>
        <source>Policy version:</source>
        <translation>Richtlinienversion:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Unterschrieben:</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 der Datei:</translation>
    </message>
</context>
<context>
    <name>bk::VerifyRecordsDialog</name>
    <message>
        <source>Verify records</source>
        <translation>Datensätze prüfen</translation>
    </message>
    <message>
        <source>Checking the audit trail and every record against it…</source>
        <translation>Prüfpfad und jeder Datensatz werden anhand des Prüfpfads geprüft…</translation>
    </message>
    <message>
        <source>Check against a &amp;file…</source>
        <translation>Anhand einer &amp;Datei prüfen…</translation>
    </message>
    <message>
        <source>Check the trail against the head noted in a signed agreement or contract (its PDF) or in a backup.</source>
        <translation>Den Prüfpfad anhand des Stands prüfen, der in einer unterschriebenen Vereinbarung oder einem unterschriebenen Vertrag (dessen PDF) oder in einer Sicherung vermerkt ist.</translation>
    </message>
    <message>
        <source>Check against a signed document or a backup</source>
        <translation>Anhand eines unterschriebenen Dokuments oder einer Sicherung prüfen</translation>
    </message>
    <message>
        <source>Signed documents and backups (*.pdf *.sqlite *.bkenc *.pgdump)</source>
        <translation>Unterschriebene Dokumente und Sicherungen (*.pdf *.sqlite *.bkenc *.pgdump)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The trail holds the head noted %1.</source>
        <translation>Der Prüfpfad enthält den Stand, vermerkt %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The dashboard could not be computed: %1
</source>
        <translation>Die Übersicht konnte nicht berechnet werden: %1
</translation>
    </message>
    <message>
        <source>Boundary Keeper</source>
        <translation>Boundary Keeper</translation>
    </message>
    <message>
        <source>Keep healthy professional boundaries with every client.</source>
        <translation>Gesunde professionelle Grenzen mit jeder Klient:in wahren.</translation>
    </message>
    <message>
        <source>Open the demo practice (its own file; your database is not opened).</source>
        <translation>Die Demo-Praxis öffnen (eine eigene Datei; Ihre Datenbank wird nicht geöffnet).</translation>
    </message>
    <message>
        <source>Open the database read-only: look without changing anything.</source>
        <translation>Die Datenbank schreibgeschützt öffnen: ansehen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Open on section NAME: %1.</source>
        <translation>Im Bereich NAME öffnen: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use either --db or --demo, not both.
</source>
        <translation>Verwenden Sie entweder --db oder --demo, nicht beides.
</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;; the sections are %2.
</source>
        <translation>Es gibt keinen Bereich „%1“; die Bereiche sind %2.
</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been shown (to time start-up); with --section dashboard, once the dashboard shows its figures; with a file, once it is verified.</source>
        <translation>Beenden, sobald das Fenster angezeigt wurde (um den Start zu messen); mit --section dashboard, sobald die Übersicht ihre Zahlen zeigt; mit einer Datei, sobald sie geprüft ist.</translation>
    </message>
    <message>
        <source>A PDF to verify once the window is open: whether it is an unaltered signed agreement or behavioural contract from these records.</source>
        <translation>Eine PDF-Datei, die nach dem Öffnen des Fensters geprüft wird: ob sie eine unveränderte unterschriebene Vereinbarung oder ein unveränderter Verhaltensvertrag aus diesen Unterlagen ist.</translation>
    </message>
    <message>
        <source>Name one file to verify, not %1.
</source>
        <translation>Nennen Sie eine einzige Datei zum Prüfen, nicht %1.
</translation>
    </message>
    <message>
        <source>Open the database file at PATH, or the practice on the PostgreSQL server at URL (postgresql://user@host/database).</source>
        <translation>Die Datenbankdatei unter PFAD oder die Praxis auf dem PostgreSQL-Server unter URL (postgresql://user@host/database) öffnen.</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PFAD|URL</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Die Sicherung wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was restored; the practice as it was is kept as %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt; die Praxis im vorherigen Zustand wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
</TS>
