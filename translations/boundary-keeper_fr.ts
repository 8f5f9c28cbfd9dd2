<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcknowledgementRepository</name>
    <message>
        <source>recording the acknowledgement of policy version %1</source>
        <translation>enregistrement de la confirmation de la version %1 de la politique</translation>
    </message>
    <message>
        <source>reading acknowledgements</source>
        <translation>lecture des confirmations</translation>
    </message>
    <message>
        <source>counting clients who need to acknowledge the policy</source>
        <translation>comptage des clients qui doivent confirmer la politique</translation>
    </message>
</context>
<context>
    <name>Agreement</name>
    <message>
        <source>I agree to sign this agreement electronically. My electronic signature has the same meaning as my handwritten signature, and I will receive a copy of the signed agreement as a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for a paper copy of the signed agreement at any time, free of charge; and that I may withdraw this consent at any time by telling the practice, after which documents will be given to me on paper (what I signed before stays valid). To open and keep the signed agreement I need a device that shows PDF files, and somewhere to save or print it.</source>
        <translation>J’accepte de signer cet accord électroniquement. Ma signature électronique a la même valeur que ma signature manuscrite, et je recevrai une copie de l’accord signé sous forme de fichier PDF. J’ai été informé(e) que je peux signer sur papier à la place&#xa0;; que je peux à tout moment demander gratuitement au cabinet une copie papier de l’accord signé&#xa0;; et que je peux retirer ce consentement à tout moment en le faisant savoir au cabinet, après quoi les documents me seront remis sur papier (ce que j’ai signé auparavant reste valable). Pour ouvrir et conserver l’accord signé, j’ai besoin d’un appareil qui affiche les fichiers PDF et d’un endroit où l’enregistrer ou l’imprimer.</translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that we have discussed each boundary in this agreement, that my questions have been answered, and that I intend to work with %2 on these terms.</source>
        <translation>En signant, je soussigné(e), %1, confirme que nous avons discuté de chacune des limites de cet accord, que mes questions ont reçu une réponse et que j’ai l’intention de travailler avec %2 selon ces conditions.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>The agreement has already been signed.</source>
        <translation>L’accord est déjà signé.</translation>
    </message>
    <message>
        <source>The agreement was prepared on a different policy version than version %1.</source>
        <translation>L’accord a été préparé sur une autre version de la politique que la version %1.</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; has not been marked as discussed.</source>
        <translation>La limite «&#xa0;%1&#xa0;» n’a pas été marquée comme discutée.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Signed v%1</source>
        <translation>Signé v%1</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nouvelle confirmation requise</translation>
    </message>
    <message>
        <source>roles and scope</source>
        <translation>rôles et périmètre</translation>
    </message>
    <message>
        <source>working hours</source>
        <translation>horaires de travail</translation>
    </message>
    <message>
        <source>contact channels</source>
        <translation>canaux de contact</translation>
    </message>
    <message>
        <source>response times</source>
        <translation>délais de réponse</translation>
    </message>
    <message>
        <source>emergencies</source>
        <translation>urgences</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>%1 UTC (%2 local time)</source>
        <translation>%1 UTC (%2 heure locale)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID du document</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation>SHA-256 du PDF</translation>
    </message>
    <message>
        <source>“%1” is not an agreement id; use the id or the document ID that “agreements list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id d’accord&#xa0;; utilisez l’id ou l’ID de document qu’affiche «&#xa0;agreements list&#xa0;».</translation>
    </message>
    <message>
        <source>--out is required: the file to write the signed PDF to.</source>
        <translation>--out est obligatoire&#xa0;: le fichier dans lequel écrire le PDF signé.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unaltered: this is a signed behavioural contract from this database.</source>
        <translation>Non modifié&#xa0;: il s’agit d’un contrat de comportement signé de cette base de données.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Unaltered: this is a signed agreement from this database.</source>
        <translation>Non modifié&#xa0;: il s’agit d’un accord signé de cette base de données.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only the agreements of this client.</source>
        <translation>Uniquement les accords de ce client.</translation>
    </message>
    <message>
        <source>table (default, with shortened hashes), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (par défaut, avec des empreintes abrégées), csv (RFC 4180, avec une ligne d’en-tête) ou json (un tableau d’objets).</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Le fichier à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>Remplace FILE s’il existe déjà.</translation>
    </message>
    <message>
        <source>Check that a PDF is an unaltered signed agreement from this database.</source>
        <translation>Vérifie qu’un PDF est un accord signé non modifié de cette base de données.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Exit status 0 when the file is, byte for byte, the PDF stored when an agreement was signed:
the agreement&apos;s document ID, client, policy version and signing time are shown. Exit status 1,
with the reason on stderr, when the file names a known agreement but has been altered (one
changed byte is enough), when it is not an agreement from this database, or when it cannot be
read.
JSON keys: file, outcome (match, altered or unknown), sha256 (of the file), reason, agreement
(as in “agreements list”; null when unknown).</source>
        <translation>Code de sortie 0 si le fichier est, octet pour octet, le PDF enregistré lors de la signature d’un accord&#xa0;:
l’ID de document de l’accord, le client, la version de la politique et l’heure de signature sont affichés.
Code de sortie 1, avec la raison sur stderr, si le fichier désigne un accord connu mais a été modifié
(un seul octet changé suffit), s’il ne s’agit pas d’un accord de cette base de données ou s’il ne peut pas
être lu.
Clés JSON&#xa0;: file, outcome (match, altered ou unknown), sha256 (du fichier), reason, agreement
(comme dans «&#xa0;agreements list&#xa0;»&#xa0;; null si inconnu).</translation>
    </message>
    <message>
        <source>There is no agreement or contract with the document ID %1.</source>
        <translation>Aucun accord ni contrat ne porte l’ID du document %1.</translation>
    </message>
    <message>
        <source>behavioural contract %1 with %2 (signed %3)</source>
        <translation>contrat de comportement %1 avec %2 (signé le %3)</translation>
    </message>
    <message>
        <source>agreement %1 with %2 (policy version %3, signed %4)</source>
        <translation>accord %1 avec %2 (version de la politique %3, signé le %4)</translation>
    </message>
    <message>
        <source>Document %1 with %2 is a draft: nothing has been signed, so there is no signed PDF to export. Finish it in Boundary Keeper first.</source>
        <translation>Le document %1 avec %2 est un brouillon&#xa0;: rien n’a été signé, il n’y a donc aucun PDF signé à exporter. Terminez-le d’abord dans Boundary Keeper.</translation>
    </message>
    <message>
        <source>The stored PDF of document %1 no longer matches the SHA-256 recorded when it was signed; it is not exported.</source>
        <translation>Le PDF enregistré du document %1 ne correspond plus à l’empreinte SHA-256 consignée lors de sa signature&#xa0;; il n’est pas exporté.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
    <message>
        <source>Write a signed agreement&apos;s or contract&apos;s PDF to a file, exactly as it was signed.</source>
        <translation>Écrire dans un fichier le PDF d’un accord ou d’un contrat signé, exactement tel qu’il a été signé.</translation>
    </message>
    <message>
        <source>ID is the id or the document ID that “agreements list” shows, or a behavioural contract&apos;s
document ID (printed on its PDF; “verify” shows it). Nothing is rendered again: the
file holds the very bytes stored when the agreement was signed, so “verify” recognises it.
The file is readable by you only (0600). A draft has no signed PDF and is refused; an existing
file is only replaced with --force.</source>
        <translation>ID est l’id ou l’ID du document qu’affiche «&#xa0;agreements list&#xa0;», ou l’ID du document d’un contrat de
comportement (imprimé sur son PDF&#xa0;; «&#xa0;verify&#xa0;» l’affiche). Rien n’est généré à nouveau&#xa0;: le
fichier contient exactement les octets enregistrés lors de la signature, si bien que «&#xa0;verify&#xa0;» le reconnaît.
Le fichier n’est lisible que par vous (0600). Un brouillon n’a pas de PDF signé et est refusé&#xa0;; un fichier
existant n’est remplacé qu’avec --force.</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>“%1” is not a document ID; use the document ID that “agreements list” shows, or a contract&apos;s.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un ID de document&#xa0;; utilisez l’ID du document qu’affiche «&#xa0;agreements list&#xa0;», ou celui d’un contrat.</translation>
    </message>
    <message>
        <source>the draft agreement %1 with %2 (policy version %3)</source>
        <translation>le brouillon d’accord %1 avec %2 (version de la politique %3)</translation>
    </message>
    <message>
        <source>the draft contract %1 with %2 (incident %3)</source>
        <translation>le brouillon de contrat %1 avec %2 (incident %3)</translation>
    </message>
    <message>
        <source>Discarding %1 keeps it, marked discarded, but it can no longer be finished; give --yes to confirm.</source>
        <translation>L’abandon de %1 le conserve, marqué comme abandonné, mais il ne pourra plus être terminé&#xa0;; indiquez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Discarded %1.</source>
        <translation>Abandonné&#xa0;: %1.</translation>
    </message>
    <message>
        <source>List the boundary agreements, signed, draft and discarded, most recently changed first.</source>
        <translation>Liste les accords sur les limites, signés, brouillons et abandonnés, du plus récemment modifié au plus ancien.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, document_id (the UUID printed on the PDF), client_id, client_name (as it
stands on the agreement), state (draft, signed or discarded), policy_version, signed_at (UTC, ISO 8601
ending in Z; null for a draft), updated_at, pdf_sha256 (of the signed PDF; null for a draft).</source>
        <translation>Clés CSV et JSON&#xa0;: id, document_id (l’UUID imprimé sur le PDF), client_id, client_name (tel qu’il
figure sur l’accord), state (draft, signed ou discarded), policy_version, signed_at (UTC, ISO 8601
se terminant par Z&#xa0;; null pour un brouillon), updated_at, pdf_sha256 (du PDF signé&#xa0;; null pour un brouillon).</translation>
    </message>
    <message>
        <source>Discard a draft agreement or contract that will not be finished.</source>
        <translation>Abandonner un brouillon d’accord ou de contrat qui ne sera pas terminé.</translation>
    </message>
    <message>
        <source>Confirm; a discarded draft cannot be finished.</source>
        <translation>Confirmer&#xa0;; un brouillon abandonné ne peut plus être terminé.</translation>
    </message>
    <message>
        <source>DOCUMENT_ID is the document ID of a draft agreement (as “agreements list” shows it) or of a draft
behavioural contract. The draft is kept, marked discarded with the time and who discarded it,
and no longer counts as the client&apos;s draft: a new one can be started. A signed document or a
draft already discarded is refused (exit status 1).</source>
        <translation>DOCUMENT_ID est l’ID du document d’un brouillon d’accord (tel que l’affiche «&#xa0;agreements list&#xa0;») ou d’un brouillon
de contrat de comportement. Le brouillon est conservé, marqué comme abandonné avec l’heure et l’auteur de l’abandon,
et ne compte plus comme le brouillon du client&#xa0;: un nouveau peut être commencé. Un document signé ou un
brouillon déjà abandonné est refusé (code de sortie 1).</translation>
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
        <translation>Accord sur les limites – %1 – %2 (document %3)</translation>
    </message>
    <message>
        <source>Boundary agreement</source>
        <translation>Accord sur les limites</translation>
    </message>
    <message>
        <source>Policy version %1 · Document ID %2</source>
        <translation>Version de la politique %1 · ID du document %2</translation>
    </message>
    <message>
        <source>Copy for signing on paper. This agreement takes effect once both parties have signed it below.</source>
        <translation>Exemplaire à signer sur papier. Cet accord prend effet dès que les deux parties l’ont signé ci-dessous.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Les parties</translation>
    </message>
    <message>
        <source>2. Roles and responsibilities</source>
        <translation>2. Rôles et responsabilités</translation>
    </message>
    <message>
        <source>The practitioner</source>
        <translation>Le praticien</translation>
    </message>
    <message>
        <source>No role was described for the practitioner.</source>
        <translation>Aucun rôle n’a été décrit pour le praticien.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>No role was described for the client.</source>
        <translation>Aucun rôle n’a été décrit pour le client.</translation>
    </message>
    <message>
        <source>3. Scope of services</source>
        <translation>3. Périmètre des services</translation>
    </message>
    <message>
        <source>What the practice offers</source>
        <translation>Ce que propose le cabinet</translation>
    </message>
    <message>
        <source>No services were described.</source>
        <translation>Aucun service n’a été décrit.</translation>
    </message>
    <message>
        <source>What the practice does not offer</source>
        <translation>Ce que le cabinet ne propose pas</translation>
    </message>
    <message>
        <source>No exclusions were described.</source>
        <translation>Aucune exclusion n’a été décrite.</translation>
    </message>
    <message>
        <source>4. Boundaries</source>
        <translation>4. Limites</translation>
    </message>
    <message>
        <source>No description was given.</source>
        <translation>Aucune description n’a été donnée.</translation>
    </message>
    <message>
        <source>Appropriate behaviour</source>
        <translation>Comportement approprié</translation>
    </message>
    <message>
        <source>Not described.</source>
        <translation>Non décrit.</translation>
    </message>
    <message>
        <source>If it is crossed</source>
        <translation>En cas de dépassement</translation>
    </message>
    <message>
        <source>No consequence was stated.</source>
        <translation>Aucune conséquence n’a été indiquée.</translation>
    </message>
    <message>
        <source>Discussed with the client</source>
        <translation>Discuté avec le client</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>How concerns are handled</source>
        <translation>Traitement des préoccupations</translation>
    </message>
    <message>
        <source>5. Communication</source>
        <translation>5. Communication</translation>
    </message>
    <message>
        <source>Working hours (%1)</source>
        <translation>Horaires de travail (%1)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canaux de contact</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Not used</source>
        <translation>Non utilisé</translation>
    </message>
    <message>
        <source>No response time was promised.</source>
        <translation>Aucun délai de réponse n’a été promis.</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Délais de réponse</translation>
    </message>
    <message>
        <source>No response times were described.</source>
        <translation>Aucun délai de réponse n’a été décrit.</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>No definition of an emergency was given.</source>
        <translation>Aucune définition de l’urgence n’a été donnée.</translation>
    </message>
    <message>
        <source>No emergency contact was given.</source>
        <translation>Aucun contact d’urgence n’a été indiqué.</translation>
    </message>
    <message>
        <source>6. Questions and answers</source>
        <translation>6. Questions et réponses</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>No question was recorded.</source>
        <translation>Aucune question n’a été consignée.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No answer was recorded.</source>
        <translation>Aucune réponse n’a été consignée.</translation>
    </message>
    <message>
        <source>No questions were asked.</source>
        <translation>Aucune question n’a été posée.</translation>
    </message>
    <message>
        <source>7. Consent and signatures</source>
        <translation>7. Consentement et signatures</translation>
    </message>
    <message>
        <source>This agreement is signed by hand on paper; the signed original is kept by the practice.</source>
        <translation>Cet accord est signé à la main sur papier&#xa0;; le cabinet conserve l’original signé.</translation>
    </message>
    <message>
        <source>Policy version</source>
        <translation>Version de la politique</translation>
    </message>
    <message>
        <source>Policy text SHA-256</source>
        <translation>SHA-256 du texte de la politique</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Non consigné.</translation>
    </message>
    <message>
        <source>This is an unsigned copy for signing on paper; it is not the signed agreement.</source>
        <translation>Ceci est un exemplaire non signé destiné à la signature sur papier&#xa0;; ce n’est pas l’accord signé.</translation>
    </message>
</context>
<context>
    <name>AgreementFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>A signed agreement cannot be changed.</source>
        <translation>Un accord signé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The agreement has already been signed.</source>
        <translation>L’accord est déjà signé.</translation>
    </message>
    <message>
        <source>The agreement draft no longer exists.</source>
        <translation>Le brouillon de l’accord n’existe plus.</translation>
    </message>
    <message>
        <source>saving the agreement</source>
        <translation>enregistrement de l’accord</translation>
    </message>
    <message>
        <source>saving the discussed boundaries</source>
        <translation>enregistrement des limites discutées</translation>
    </message>
    <message>
        <source>saving the agreement draft</source>
        <translation>enregistrement du brouillon de l’accord</translation>
    </message>
    <message>
        <source>reading the agreement</source>
        <translation>lecture de l’accord</translation>
    </message>
    <message>
        <source>There is no agreement with the number %1.</source>
        <translation>Il n’existe aucun accord portant le numéro %1.</translation>
    </message>
    <message>
        <source>reading the discussed boundaries</source>
        <translation>lecture des limites discutées</translation>
    </message>
    <message>
        <source>looking for the client&apos;s agreement draft</source>
        <translation>recherche du brouillon d’accord du client</translation>
    </message>
    <message>
        <source>listing agreements</source>
        <translation>liste des accords</translation>
    </message>
    <message>
        <source>reading the signed PDF</source>
        <translation>lecture du PDF signé</translation>
    </message>
    <message>
        <source>There is no signed agreement with the number %1.</source>
        <translation>Il n’existe aucun accord signé portant le numéro %1.</translation>
    </message>
    <message>
        <source>reading the client&apos;s agreement status</source>
        <translation>lecture de l’état de l’accord du client</translation>
    </message>
    <message>
        <source>reading the terms the client signed</source>
        <translation>la lecture des conditions signées par le client</translation>
    </message>
    <message>
        <source>discarding the agreement draft</source>
        <translation>abandon du brouillon d’accord</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>Publish the boundary policy before making an agreement: there is nothing to agree on yet.</source>
        <translation>Publiez la politique des limites avant d’établir un accord&#xa0;: il n’y a encore rien sur quoi s’accorder.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet. %1</source>
        <translation>L’accord ne peut pas encore être signé. %1</translation>
    </message>
    <message>
        <source>The agreement is written in the client&apos;s document language, %1, but policy version %2 has no %1 text for: %3. Enter these texts in %1 under Practice ▸ Boundary policy and publish a new version, or choose another document language for the client.</source>
        <translation>L’accord est rédigé dans la langue des documents du client, %1, mais la version %2 de la politique n’a pas de texte en %1 pour&#xa0;: %3. Saisissez ces textes en %1 sous Cabinet ▸ Politique des limites et publiez une nouvelle version, ou choisissez une autre langue des documents pour le client.</translation>
    </message>
</context>
<context>
    <name>AgreementVerifier</name>
    <message>
        <source>No file was named: name the PDF file to verify.</source>
        <translation>Aucun fichier n’a été indiqué&#xa0;: indiquez le fichier PDF à vérifier.</translation>
    </message>
    <message>
        <source>%1 could not be opened: it does not exist.</source>
        <translation>%1 n’a pas pu être ouvert&#xa0;: il n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a PDF file inside it.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un fichier PDF qu’il contient.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); only files can be verified.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket)&#xa0;; seuls les fichiers peuvent être vérifiés.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; a file larger than %3 MiB is not verified, as no signed document comes near that size.</source>
        <translation>%1 fait %2 Mio&#xa0;; un fichier de plus de %3 Mio n’est pas vérifié, car aucun document signé n’approche cette taille.</translation>
    </message>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>%1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file; only files can be verified.</source>
        <translation>%1 n’est pas un fichier ordinaire&#xa0;; seuls les fichiers peuvent être vérifiés.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is the unaltered agreement %1 with %2 on policy version %3, signed on %4 (UTC).</source>
        <translation>Le fichier est l’accord %1 non modifié avec %2 sur la version %3 de la politique, signé le %4 (UTC).</translation>
    </message>
    <message>
        <source>The file is the unaltered behavioural contract %1 with %2 (incident %3), signed on %4 (UTC).</source>
        <translation>Le fichier est le contrat de comportement %1 non modifié avec %2 (incident %3), signé le %4 (UTC).</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Le fichier n’a pas pu être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file names %1 %2 with %3, but it is not the PDF that was signed: its SHA-256 differs from the one stored when it was signed. The file has been altered.</source>
        <translation>Le fichier se présente comme %1 %2 avec %3, mais ce n’est pas le PDF qui a été signé&#xa0;: son SHA-256 diffère de celui enregistré lors de la signature. Le fichier a été modifié.</translation>
    </message>
    <message>
        <source>The file names %1 %2 with %3, which has not been signed yet: it is a draft or unsigned copy, not a signed document.</source>
        <translation>Le fichier se présente comme %1 %2 avec %3, qui n’a pas encore été signé&#xa0;: c’est un brouillon ou un exemplaire non signé, pas un document signé.</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>l’accord</translation>
    </message>
    <message>
        <source>behavioural contract</source>
        <translation>le contrat de comportement</translation>
    </message>
    <message>
        <source>The file is not an agreement or contract from this practice&apos;s records: neither its SHA-256 nor any document ID in it is known.</source>
        <translation>Le fichier n’est ni un accord ni un contrat des dossiers de ce cabinet&#xa0;: ni son SHA-256 ni aucun ID de document qu’il contient ne sont connus.</translation>
    </message>
</context>
<context>
    <name>AppPaths</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>“%1” is not a head of the audit trail; “audit head” prints one, e.g. 1234:9f86d0…</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une tête du journal d’audit&#xa0;; «&#xa0;audit head&#xa0;» en affiche une, p. ex. 1234:9f86d0…</translation>
    </message>
    <message>
        <source>as %1</source>
        <translation>en tant que %1</translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n event(s) chained, </source>
        <translation>
            <numerusform>Intact&#xa0;: %n événement chaîné, </numerusform>
            <numerusform>Intact&#xa0;: %n événements chaînés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) as the trail last recorded them, </source>
        <translation>
            <numerusform>%n enregistrement tel que le journal l’a consigné en dernier, </numerusform>
            <numerusform>%n enregistrements tels que le journal les a consignés en dernier, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n noted head(s) held.</source>
        <translation>
            <numerusform>%n tête notée retrouvée.</numerusform>
            <numerusform>%n têtes notées retrouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Broken:</source>
        <translation>Rompu&#xa0;:</translation>
    </message>
    <message>
        <source>Print the head of the audit trail (its newest event&apos;s number and hash), to note or send to a supervisor.</source>
        <translation>Afficher la tête du journal d’audit (le numéro et l’empreinte de son événement le plus récent), pour la noter ou l’envoyer à un superviseur.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Text: SEQ:HASH on one line, as “audit verify --head” takes it.
JSON keys: seq, hash (hex), head (SEQ:HASH).</source>
        <translation>Texte&#xa0;: SEQ:HASH sur une ligne, tel que «&#xa0;audit verify --head&#xa0;» l’accepte.
Clés JSON&#xa0;: seq, hash (hex), head (SEQ:HASH).</translation>
    </message>
    <message>
        <source>Check the audit trail: its chain, every record against its last event, and the heads noted outside the database.</source>
        <translation>Vérifier le journal d’audit&#xa0;: sa chaîne, chaque enregistrement par rapport à son dernier événement, et les têtes notées hors de la base de données.</translation>
    </message>
    <message>
        <source>A backup whose manifest notes the head it was taken at (repeatable).</source>
        <translation>Une sauvegarde dont le manifeste note la tête à laquelle elle a été effectuée (répétable).</translation>
    </message>
    <message>
        <source>A head noted earlier with “audit head” (repeatable).</source>
        <translation>Une tête notée auparavant avec «&#xa0;audit head&#xa0;» (répétable).</translation>
    </message>
    <message>
        <source>A signed agreement&apos;s or contract&apos;s PDF, whose evidence page notes the head it was signed at (repeatable).</source>
        <translation>Le PDF d’un accord ou d’un contrat signé, dont la page des éléments de preuve note la tête à laquelle il a été signé (répétable).</translation>
    </message>
    <message>
        <source>Names the first broken link of the chain, every record changed, added or deleted behind the
application&apos;s back, and every noted head the trail no longer holds: this computer&apos;s own, and the
one every signed agreement&apos;s and contract&apos;s stored PDF notes, included.
Exit status 0 when intact, 1 when anything is broken.
JSON keys: intact, events, records, anchors, problems [text].</source>
        <translation>Indique le premier maillon rompu de la chaîne, chaque enregistrement modifié, ajouté ou supprimé à l’insu de
l’application, et chaque tête notée que le journal ne contient plus&#xa0;: celle de cet ordinateur, et celle que
note le PDF enregistré de chaque accord et contrat signé, comprises.
Code de sortie 0 si tout est intact, 1 si quelque chose est rompu.
Clés JSON&#xa0;: intact, events, records, anchors, problems [text].</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture du journal d’audit</translation>
    </message>
    <message>
        <source>The audit trail was noted %1 at event %2, which it no longer holds: newer events were deleted from it outside Boundary Keeper.</source>
        <translation>Le journal d’audit a été noté %1 à l’événement %2, qu’il ne contient plus&#xa0;: des événements plus récents en ont été supprimés hors de Boundary Keeper.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail differs from the one noted %2: the trail was rewritten outside Boundary Keeper.</source>
        <translation>L’événement %1 du journal d’audit diffère de celui noté %2&#xa0;: le journal a été réécrit hors de Boundary Keeper.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lecture de %1</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>on this computer when it last wrote the practice</source>
        <translation>sur cet ordinateur lors de sa dernière écriture dans le cabinet</translation>
    </message>
    <message>
        <source>The audit trail skips from event %1 to event %2: events were deleted.</source>
        <translation>Le journal d’audit saute de l’événement %1 à l’événement %2&#xa0;: des événements ont été supprimés.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail does not follow event %2: the chain is broken there.</source>
        <translation>L’événement %1 du journal d’audit ne suit pas l’événement %2&#xa0;: la chaîne est rompue à cet endroit.</translation>
    </message>
    <message>
        <source>Event %1 of the audit trail was changed after it was written.</source>
        <translation>L’événement %1 du journal d’audit a été modifié après avoir été écrit.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was added outside Boundary Keeper: the audit trail does not record it.</source>
        <translation>L’enregistrement %1 de %2 a été ajouté hors de Boundary Keeper&#xa0;: le journal d’audit ne le consigne pas.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was changed outside Boundary Keeper after event %3 of the audit trail.</source>
        <translation>L’enregistrement %1 de %2 a été modifié hors de Boundary Keeper après l’événement %3 du journal d’audit.</translation>
    </message>
    <message>
        <source>Record %1 of %2 was deleted outside Boundary Keeper after event %3 of the audit trail.</source>
        <translation>L’enregistrement %1 de %2 a été supprimé hors de Boundary Keeper après l’événement %3 du journal d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The records are intact: %n event(s) of the audit trail are chained, and every record is as the trail last recorded it.</source>
        <translation>
            <numerusform>Les enregistrements sont intacts&#xa0;: %n événement du journal d’audit est chaîné, et chaque enregistrement est tel que le journal l’a consigné en dernier.</numerusform>
            <numerusform>Les enregistrements sont intacts&#xa0;: les %n événements du journal d’audit sont chaînés, et chaque enregistrement est tel que le journal l’a consigné en dernier.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail found records changed outside Boundary Keeper.</source>
        <translation>Le journal d’audit a trouvé des enregistrements modifiés hors de Boundary Keeper.</translation>
    </message>
    <message>
        <source>in the signed agreement %1</source>
        <translation>dans l’accord signé %1</translation>
    </message>
    <message>
        <source>in the signed behavioural contract %1</source>
        <translation>dans le contrat de comportement signé %1</translation>
    </message>
    <message>
        <source>%1 carries no head of the audit trail: it is not a signed document, or it was signed before documents noted the head.</source>
        <translation>Le fichier %1 ne porte aucune tête du journal d’audit&#xa0;: ce n’est pas un document signé, ou il a été signé avant que les documents ne notent la tête.</translation>
    </message>
    <message>
        <source>in the PDF %1 (document %2)</source>
        <translation>dans le PDF %1 (document %2)</translation>
    </message>
    <message>
        <source>without an ID</source>
        <translation>sans ID</translation>
    </message>
    <message>
        <source>%1 is neither a signed document nor a backup with a manifest that can be read, so the head of the audit trail it was made at is not known.</source>
        <translation>Le fichier %1 n’est ni un document signé ni une sauvegarde dotée d’un manifeste lisible&#xa0;: la tête du journal d’audit au moment de sa création est donc inconnue.</translation>
    </message>
    <message>
        <source>%1 was taken before the audit trail existed; it notes no head to check.</source>
        <translation>La sauvegarde %1 a été effectuée avant l’existence du journal d’audit&#xa0;; elle ne note aucune tête à vérifier.</translation>
    </message>
    <message>
        <source>in the backup %1</source>
        <translation>dans la sauvegarde %1</translation>
    </message>
</context>
<context>
    <name>AvailabilityCommands</name>
    <message>
        <source>Contract review</source>
        <translation>Bilan du contrat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Moved to</source>
        <translation>Reporté au</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation>Avis envoyé</translation>
    </message>
    <message>
        <source>No client has a follow-up, a contract review or a goal due in this period.</source>
        <translation>Aucun client n’a de suivi, de bilan de contrat ni d’objectif à échéance dans cette période.</translation>
    </message>
    <message>
        <source>“%1” is not a period id; use the id “availability list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id de période&#xa0;; utilisez l’id qu’affiche «&#xa0;availability list&#xa0;».</translation>
    </message>
    <message>
        <source>--from and --to are required: the first and the last day.</source>
        <translation>--from et --to sont obligatoires&#xa0;: le premier et le dernier jour.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un motif&#xa0;; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>Recorded period %1 of reduced availability, %2 to %3. The clients affected:</source>
        <translation>Période %1 de disponibilité réduite consignée, du %2 au %3. Les clients concernés&#xa0;:</translation>
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
        <translation>Au</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <source>Slower replies</source>
        <translation>Réponses plus lentes</translation>
    </message>
    <message>
        <source>Covered by</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n follow-up(s) out of the period; each keeps its original date in the record.</source>
        <translation>
            <numerusform>%n suivi reporté hors de la période&#xa0;; il garde sa date d’origine dans le dossier.</numerusform>
            <numerusform>%n suivis reportés hors de la période&#xa0;; chacun garde sa date d’origine dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>--out is required: the folder to write the notices to.</source>
        <translation>--out est obligatoire&#xa0;: le dossier dans lequel écrire les avis.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>No client has anything due in this period: no notice was written.</source>
        <translation>Aucun client n’a d’échéance dans cette période&#xa0;: aucun avis n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n notice(s) as sent.</source>
        <translation>
            <numerusform>%n avis consigné comme envoyé.</numerusform>
            <numerusform>%n avis consignés comme envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Record a period of reduced availability and list the clients it affects.</source>
        <translation>Consigner une période de disponibilité réduite et lister les clients concernés.</translation>
    </message>
    <message>
        <source>The first day (YYYY-MM-DD).</source>
        <translation>Le premier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The last day (YYYY-MM-DD).</source>
        <translation>Le dernier jour (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>No sessions take place in the period.</source>
        <translation>Aucune séance n’a lieu pendant la période.</translation>
    </message>
    <message>
        <source>Replies take longer than usual.</source>
        <translation>Les réponses prennent plus de temps que d’habitude.</translation>
    </message>
    <message>
        <source>The colleague who covers.</source>
        <translation>Le collègue qui assure le remplacement.</translation>
    </message>
    <message>
        <source>How clients reach that colleague.</source>
        <translation>Comment les clients joignent ce collègue.</translation>
    </message>
    <message>
        <source>Why, kept private: %1 (default other).</source>
        <translation>Le motif, gardé privé&#xa0;: %1 (par défaut other).</translation>
    </message>
    <message>
        <source>At least one of --no-sessions, --slower-replies and --covered-by says what changes for clients.
The reason stays private: no notice names it. The clients affected are those with an open
incident&apos;s follow-up, a behavioural contract&apos;s review or a goal due in the period, one row per
item. CSV and JSON keys: client_id, client_name, language, kind (follow_up, contract_review,
goal), due, moved_to (YYYY-MM-DD or null), incident_id, notice_sent_at.</source>
        <translation>Au moins une des options --no-sessions, --slower-replies et --covered-by indique ce qui change pour les clients.
Le motif reste privé&#xa0;: aucun avis ne le mentionne. Les clients concernés sont ceux qui ont un suivi d’incident
ouvert, un bilan de contrat de comportement ou un objectif à échéance dans la période, une ligne par
élément. Clés CSV et JSON&#xa0;: client_id, client_name, language, kind (follow_up, contract_review,
goal), due, moved_to (AAAA-MM-JJ ou null), incident_id, notice_sent_at.</translation>
    </message>
    <message>
        <source>List your periods of reduced availability, the latest first.</source>
        <translation>Lister vos périodes de disponibilité réduite, la plus récente d’abord.</translation>
    </message>
    <message>
        <source>List the clients a period of reduced availability affects.</source>
        <translation>Lister les clients concernés par une période de disponibilité réduite.</translation>
    </message>
    <message>
        <source>Move the follow-ups due in a period out of it, in one step.</source>
        <translation>Reporter hors d’une période, en une seule étape, les suivis qui y arrivent à échéance.</translation>
    </message>
    <message>
        <source>The new due date (default: the day after the period).</source>
        <translation>La nouvelle date d’échéance (par défaut&#xa0;: le lendemain de la période).</translation>
    </message>
    <message>
        <source>Each move is recorded with the date it had before; the goals keep their own dates.</source>
        <translation>Chaque report est consigné avec la date qu’il avait auparavant&#xa0;; les objectifs gardent leurs propres dates.</translation>
    </message>
    <message>
        <source>Write a notice as PDF for every client a period affects.</source>
        <translation>Écrire un avis en PDF pour chaque client concerné par une période.</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to (required).</source>
        <translation>Le dossier dans lequel écrire les PDF (obligatoire).</translation>
    </message>
    <message>
        <source>Record each notice as sent (as a PDF).</source>
        <translation>Consigner chaque avis comme envoyé (en PDF).</translation>
    </message>
    <message>
        <source>Replace files that already exist.</source>
        <translation>Remplacer les fichiers qui existent déjà.</translation>
    </message>
    <message>
        <source>Each notice is in the client&apos;s document language and says what changes for them and whom to
contact, without the reason. Files are named client-ID-availability-notice-DATE-period-ID.pdf
and are readable by you only (0600).</source>
        <translation>Chaque avis est rédigé dans la langue des documents du client et indique ce qui change pour lui et qui
contacter, sans le motif. Les fichiers sont nommés client-ID-availability-notice-DATE-period-ID.pdf
et ne sont lisibles que par vous (0600).</translation>
    </message>
</context>
<context>
    <name>AvailabilityNotice</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale): weekday, day, month name, year</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>the review of our agreement</source>
        <translation>le bilan de notre accord</translation>
    </message>
    <message>
        <source>our check-in on your goal</source>
        <translation>notre point sur votre objectif</translation>
    </message>
    <message>
        <source>our follow-up</source>
        <translation>notre suivi</translation>
    </message>
    <message>
        <source>A change in my availability: %1 to %2</source>
        <translation>Un changement dans ma disponibilité&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>I would like to let you know in good time that my availability is reduced from %1 to %2.</source>
        <translation>Je tiens à vous informer suffisamment à l’avance que ma disponibilité sera réduite du %1 au %2.</translation>
    </message>
    <message>
        <source>There will be no sessions during this time.</source>
        <translation>Il n’y aura pas de séance pendant cette période.</translation>
    </message>
    <message>
        <source>Replies to messages will take longer than usual.</source>
        <translation>Les réponses aux messages prendront plus de temps que d’habitude.</translation>
    </message>
    <message>
        <source>We had planned %1 for %2; it moves to %3.</source>
        <translation>Nous avions prévu %1 le %2&#xa0;; il est reporté au %3.</translation>
    </message>
    <message>
        <source>We had planned %1 for %2; I will be in touch to find a new date.</source>
        <translation>Nous avions prévu %1 le %2&#xa0;; je reprendrai contact avec vous pour convenir d’une nouvelle date.</translation>
    </message>
    <message>
        <source>My colleague %1 covers for me meanwhile. For anything that cannot wait, please contact them: %2.</source>
        <translation>%1, qui travaille avec moi, me remplace pendant ce temps. Pour tout ce qui ne peut pas attendre, veuillez vous adresser à cette personne&#xa0;: %2.</translation>
    </message>
    <message>
        <source>My colleague %1 covers for me meanwhile; please turn to them for anything that cannot wait.</source>
        <translation>%1, qui travaille avec moi, me remplace pendant ce temps&#xa0;; pour tout ce qui ne peut pas attendre, veuillez vous adresser à cette personne.</translation>
    </message>
    <message>
        <source>For anything that cannot wait, please write to me as usual; I will answer as soon as I can.</source>
        <translation>Pour tout ce qui ne peut pas attendre, écrivez-moi comme d’habitude&#xa0;; je vous répondrai dès que possible.</translation>
    </message>
    <message>
        <source>From %1 everything is back as usual. Thank you for your understanding.</source>
        <translation>À partir du %1, tout redevient comme d’habitude. Merci de votre compréhension.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
</context>
<context>
    <name>AvailabilityReasons</name>
    <message>
        <source>Illness or health</source>
        <translation>Maladie ou santé</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Raisons familiales</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Deuil</translation>
    </message>
    <message>
        <source>A workplace matter</source>
        <translation>Une question liée au travail</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>AvailabilityRepository</name>
    <message>
        <source>the period of reduced availability</source>
        <translation>la période de disponibilité réduite</translation>
    </message>
    <message>
        <source>reading the period of reduced availability</source>
        <translation>lecture de la période de disponibilité réduite</translation>
    </message>
    <message>
        <source>There is no period of reduced availability with id %1.</source>
        <translation>Il n’existe aucune période de disponibilité réduite avec l’id %1.</translation>
    </message>
    <message>
        <source>listing the periods of reduced availability</source>
        <translation>liste des périodes de disponibilité réduite</translation>
    </message>
    <message>
        <source>reading the periods of reduced availability</source>
        <translation>lecture des périodes de disponibilité réduite</translation>
    </message>
    <message>
        <source>finding the clients affected</source>
        <translation>recherche des clients concernés</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>l’avis</translation>
    </message>
    <message>
        <source>reading the notices sent</source>
        <translation>lecture des avis envoyés</translation>
    </message>
</context>
<context>
    <name>AvailabilityService</name>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indiquez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation>Le dernier jour (%1) précède le premier (%2).</translation>
    </message>
    <message>
        <source>The period is longer than a year; enter a shorter one.</source>
        <translation>La période dépasse un an&#xa0;; saisissez-en une plus courte.</translation>
    </message>
    <message>
        <source>Say what changes for clients: no sessions, slower replies or a colleague covering.</source>
        <translation>Indiquez ce qui change pour les clients&#xa0;: aucune séance, des réponses plus lentes ou un collègue qui vous remplace.</translation>
    </message>
    <message>
        <source>Name the colleague who covers, or leave their contact empty.</source>
        <translation>Nommez le collègue qui vous remplace, ou laissez ses coordonnées vides.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters.</source>
        <translation>«&#xa0;%1…&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>“%1” holds a control character (%2); only printable characters are allowed.</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère de contrôle (%2)&#xa0;; seuls les caractères imprimables sont autorisés.</translation>
    </message>
    <message>
        <source>%1 falls in the period itself; choose a day before or after it.</source>
        <translation>%1 tombe dans la période elle-même&#xa0;; choisissez un jour avant ou après.</translation>
    </message>
    <message>
        <source>The notice has no text.</source>
        <translation>L’avis n’a pas de texte.</translation>
    </message>
    <message>
        <source>The notice holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>L’avis contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables, les tabulations et les sauts de ligne sont autorisés.</translation>
    </message>
    <message>
        <source>The notice cannot be recorded as sent in the future.</source>
        <translation>L’avis ne peut pas être consigné comme envoyé à une date future.</translation>
    </message>
</context>
<context>
    <name>BackupCipher</name>
    <message>
        <source>The encrypted backup %1 could not be written: %2</source>
        <translation>La sauvegarde chiffrée %1 n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>the encryption library could not be started.</source>
        <translation>la bibliothèque de chiffrement n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>An encrypted backup needs a passphrase.</source>
        <translation>Une sauvegarde chiffrée nécessite une phrase secrète.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>there is not enough memory to derive the key.</source>
        <translation>la mémoire disponible ne suffit pas pour dériver la clé.</translation>
    </message>
    <message>
        <source>The encrypted backup %1 is damaged or incomplete; nothing was restored from it.</source>
        <translation>La sauvegarde chiffrée %1 est endommagée ou incomplète&#xa0;; rien n’en a été restauré.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Boundary Keeper backup.</source>
        <translation>%1 n’est pas une sauvegarde chiffrée de Boundary Keeper.</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Boundary Keeper; update Boundary Keeper to restore it.</source>
        <translation>%1 a été chiffré par une version plus récente de Boundary Keeper&#xa0;; mettez Boundary Keeper à jour pour le restaurer.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key of %1.</source>
        <translation>La mémoire disponible ne suffit pas pour dériver la clé de %1.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is damaged); nothing was restored from it.</source>
        <translation>La phrase secrète n’ouvre pas %1 (ou le fichier est endommagé)&#xa0;; rien n’en a été restauré.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <source>Read the passphrase from the first line of standard input instead of asking for it on the terminal.</source>
        <translation>Lit la phrase secrète sur la première ligne de l’entrée standard au lieu de la demander dans le terminal.</translation>
    </message>
    <message>
        <source>Standard input could not be read.</source>
        <translation>L’entrée standard n’a pas pu être lue.</translation>
    </message>
    <message>
        <source>The first line of standard input is empty; it must hold the passphrase.</source>
        <translation>La première ligne de l’entrée standard est vide&#xa0;; elle doit contenir la phrase secrète.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on; give it on standard input with --passphrase-stdin.</source>
        <translation>Aucun terminal ne permet de demander la phrase secrète&#xa0;; fournissez-la sur l’entrée standard avec --passphrase-stdin.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase secrète, une seconde fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>--passphrase-stdin goes with --encrypt.</source>
        <translation>--passphrase-stdin s’utilise avec --encrypt.</translation>
    </message>
    <message>
        <source>Backed up %1 rows of %2 tables (schema version %3) to %4%5.</source>
        <translation>%1 lignes de %2 tables (version du schéma %3) sauvegardées dans %4%5.</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>, chiffrée</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation>Il n’y a aucune sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <source>good</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>BAD</source>
        <translation>DÉFECTUEUSE</translation>
    </message>
    <message>
        <source>%1 of %2 backups failed the check.</source>
        <translation>%1 sauvegardes sur %2 n’ont pas passé la vérification.</translation>
    </message>
    <message>
        <source>There is no data folder for the database.</source>
        <translation>La base de données n’a pas de dossier de données.</translation>
    </message>
    <message>
        <source>Restoring replaces %1; give --yes to confirm when not asking on a terminal.</source>
        <translation>La restauration remplace %1&#xa0;; ajoutez --yes pour confirmer lorsque la question ne peut pas être posée dans un terminal.</translation>
    </message>
    <message>
        <source>Backup %1: created %2, schema version %3, %4 rows.</source>
        <translation>Sauvegarde %1&#xa0;: créée le %2, version du schéma %3, %4 lignes.</translation>
    </message>
    <message>
        <source>Replace %1 with this backup? The database as it is now is kept as a backup first. [y/N] </source>
        <translation>Remplacer %1 par cette sauvegarde&#xa0;? La base de données dans son état actuel est d’abord conservée comme sauvegarde. [o/N] </translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n’a été restauré.</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>%1 restauré dans %2.</translation>
    </message>
    <message>
        <source>The database as it was before is kept as %1.</source>
        <translation>La base de données dans son état antérieur est conservée sous %1.</translation>
    </message>
    <message>
        <source>Back up the practice now, checked, with a manifest beside it.</source>
        <translation>Sauvegarde le cabinet maintenant, avec vérification et un manifeste à côté.</translation>
    </message>
    <message>
        <source>Write the backup to FILE (it must not exist) instead of the backups folder.</source>
        <translation>Écrit la sauvegarde dans FILE (qui ne doit pas exister) au lieu du dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase, asked twice on the terminal.</source>
        <translation>Chiffre la sauvegarde avec une phrase secrète, demandée deux fois dans le terminal.</translation>
    </message>
    <message>
        <source>A file practice is copied with SQLite&apos;s online backup while it may be in use, checked with
PRAGMA integrity_check and written readable by you only; a practice on a server is written with
pg_dump. Without --out the backup goes into the backups folder beside the application&apos;s data.
The manifest FILE.json holds when it was made (UTC), the schema version, the rows of each table
and the file&apos;s SHA-256. The passphrase is never taken on the command line.</source>
        <translation>Un cabinet en fichier est copié avec la sauvegarde à chaud de SQLite, même s’il est en cours d’utilisation,
vérifié avec PRAGMA integrity_check et écrit lisible par vous seul&#xa0;; un cabinet sur un serveur est écrit avec
pg_dump. Sans --out, la sauvegarde va dans le dossier des sauvegardes, à côté des données de l’application.
Le manifeste FILE.json indique quand elle a été faite (UTC), la version du schéma, les lignes de chaque table
et le SHA-256 du fichier. La phrase secrète n’est jamais acceptée sur la ligne de commande.</translation>
    </message>
    <message>
        <source>List the backups of the practice in the backups folder, newest first.</source>
        <translation>Liste les sauvegardes du cabinet dans le dossier des sauvegardes, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: created (UTC), kind (daily, before-upgrade, before-restore, manual),
schema_version, rows, encrypted, file.</source>
        <translation>Clés CSV et JSON&#xa0;: created (UTC), kind (daily, before-upgrade, before-restore, manual),
schema_version, rows, encrypted, file.</translation>
    </message>
    <message>
        <source>Check every backup of the practice: its SHA-256 against its manifest, and its integrity.</source>
        <translation>Vérifie chaque sauvegarde du cabinet&#xa0;: son SHA-256 par rapport à son manifeste, et son intégrité.</translation>
    </message>
    <message>
        <source>Prints &quot;good&quot; or &quot;BAD&quot; and the file for each backup; exits with 1 when any is bad. An
encrypted backup is checked against its manifest&apos;s SHA-256 only.</source>
        <translation>Affiche «&#xa0;intacte&#xa0;» ou «&#xa0;DÉFECTUEUSE&#xa0;» et le fichier pour chaque sauvegarde&#xa0;; code de sortie 1 si l’une est défectueuse.
Une sauvegarde chiffrée n’est vérifiée que par rapport au SHA-256 de son manifeste.</translation>
    </message>
    <message>
        <source>Replace the practice with a backup, keeping the current one as a backup.</source>
        <translation>Remplace le cabinet par une sauvegarde, en conservant le cabinet actuel comme sauvegarde.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed when not run on a terminal).</source>
        <translation>Ne demande pas de confirmation (nécessaire hors d’un terminal).</translation>
    </message>
    <message>
        <source>The backup is checked first (integrity, a schema version this program understands) and what it
holds is shown. The database as it is now is kept as a backup (a damaged file under another name
beside itself), then the checked copy takes its place in one rename. Close Boundary Keeper first.</source>
        <translation>La sauvegarde est d’abord vérifiée (intégrité, version du schéma que ce programme comprend) et son contenu
est affiché. La base de données dans son état actuel est conservée comme sauvegarde (un fichier endommagé, sous un autre
nom à côté de lui-même), puis la copie vérifiée prend sa place en un seul renommage. Fermez d’abord Boundary Keeper.</translation>
    </message>
</context>
<context>
    <name>BackupPassphrase</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the system keyring: %1</source>
        <translation>La phrase secrète n’a pas pu être enregistrée dans le trousseau de clés du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backups are encrypted, and their passphrase could not be read from the system keyring: %1</source>
        <translation>Les sauvegardes quotidiennes sont chiffrées, et leur phrase secrète n’a pas pu être lue dans le trousseau de clés du système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backups are encrypted, and the system keyring no longer holds their passphrase. Set it again under File ▸ Preferences.</source>
        <translation>Les sauvegardes quotidiennes sont chiffrées, et le trousseau de clés du système ne contient plus leur phrase secrète. Définissez-la à nouveau dans Fichier ▸ Préférences.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>No private temporary folder could be made: %1</source>
        <translation>Aucun dossier temporaire privé n’a pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>pg_dump is not installed: the practice on %1 is upgraded without a backup taken first.</source>
        <translation>pg_dump n’est pas installé&#xa0;: le cabinet sur %1 est mis à niveau sans sauvegarde préalable.</translation>
    </message>
    <message>
        <source>%1 has changed since it was written: its SHA-256 does not match its manifest.</source>
        <translation>%1 a changé depuis son écriture&#xa0;: son SHA-256 ne correspond pas à son manifeste.</translation>
    </message>
    <message>
        <source>%1 does not hold what its manifest says (schema version or row counts differ).</source>
        <translation>%1 ne contient pas ce qu’indique son manifeste (la version du schéma ou le nombre de lignes diffèrent).</translation>
    </message>
    <message>
        <source>The newest good backup is %1, taken %2; restore it with “boundary-keeper-cli --db %3 restore %1”.</source>
        <translation>La sauvegarde intacte la plus récente est %1, faite le %2&#xa0;; restaurez-la avec «&#xa0;boundary-keeper-cli --db %3 restore %1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>Le fichier de sauvegarde %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase.</source>
        <translation>%1 est chiffré&#xa0;; indiquez sa phrase secrète.</translation>
    </message>
    <message>
        <source>%1 is a backup of a database file, not of a practice on a server; open it as a file and copy it to the server with “migrate --to”.</source>
        <translation>%1 est la sauvegarde d’un fichier de base de données, pas d’un cabinet sur un serveur&#xa0;; ouvrez-la comme fichier et copiez-la vers le serveur avec «&#xa0;migrate --to&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice on a server; restore it with --db and the server&apos;s address.</source>
        <translation>%1 est la sauvegarde d’un cabinet sur un serveur&#xa0;; restaurez-la avec --db et l’adresse du serveur.</translation>
    </message>
    <message>
        <source>The current database could not be kept as a backup in %1; nothing was restored.</source>
        <translation>La base de données actuelle n’a pas pu être conservée comme sauvegarde dans %1&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>The current database could not be kept under %1 (%2); nothing was restored.</source>
        <translation>La base de données actuelle n’a pas pu être conservée sous %1 (%2)&#xa0;; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>%1 could not be replaced: %2; it was not changed.</source>
        <translation>%1 n’a pas pu être remplacé&#xa0;: %2&#xa0;; il n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>BoundaryPolicy</name>
    <message>
        <source>&quot;%1&quot; needs a key of lower-case letters, digits and underscores, starting with a letter.</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir une clé composée de lettres minuscules, de chiffres et de traits de soulignement, commençant par une lettre.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is used more than once.</source>
        <translation>La clé «&#xa0;%1&#xa0;» est utilisée plusieurs fois.</translation>
    </message>
    <message>
        <source>Every boundary needs a title.</source>
        <translation>Chaque limite doit avoir un titre.</translation>
    </message>
    <message>
        <source>Every step of the consequence ladder needs a title.</source>
        <translation>Chaque étape de l’échelle des conséquences doit avoir un titre.</translation>
    </message>
    <message>
        <source>The policy&apos;s language &quot;%1&quot; is not one documents can be written in.</source>
        <translation>La langue de la politique, «&#xa0;%1&#xa0;», ne fait pas partie des langues dans lesquelles les documents peuvent être rédigés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has texts in &quot;%2&quot;, which is not a language documents can be written in.</source>
        <translation>«&#xa0;%1&#xa0;» a des textes en «&#xa0;%2&#xa0;», qui ne fait pas partie des langues dans lesquelles les documents peuvent être rédigés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a title in %2.</source>
        <translation>«&#xa0;%1&#xa0;» doit avoir un titre en %2.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>preparing to add many rows</source>
        <translation>préparation de l’ajout de nombreuses lignes</translation>
    </message>
    <message>
        <source>recording the added rows in the audit trail</source>
        <translation>enregistrement des lignes ajoutées dans le journal d’audit</translation>
    </message>
    <message>
        <source>building the indexes again</source>
        <translation>reconstruction des index</translation>
    </message>
    <message>
        <source>%1 rows were added to %2 but %3 recorded in the audit trail; nothing was added.</source>
        <translation>%1 lignes ont été ajoutées à %2, mais le journal d’audit en consigne %3&#xa0;; rien n’a été ajouté.</translation>
    </message>
</context>
<context>
    <name>CheckingProgress</name>
    <message>
        <source>Checking the practice file %1 (%2) before opening it. This takes a while after another program changed the file or a copy replaced it; the records are not changed.</source>
        <translation>Vérification du fichier de cabinet %1 (%2) avant son ouverture. Cela prend un moment lorsqu’un autre programme a modifié le fichier ou qu’une copie l’a remplacé&#xa0;; les enregistrements ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking the practice file</source>
        <translation>Vérification du fichier de cabinet</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>See “%1 --help”.</source>
        <translation>Voir «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Utilisation&#xa0;: %1 %2 %3</translation>
    </message>
    <message>
        <source>There is no database at %1 yet; “%2 init” creates it.</source>
        <translation>Il n’y a pas encore de base de données dans %1&#xa0;; «&#xa0;%2 init&#xa0;» la crée.</translation>
    </message>
    <message>
        <source>--db is given more than once; give it once.</source>
        <translation>--db est indiqué plusieurs fois&#xa0;; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>--demo is given more than once; give it once.</source>
        <translation>--demo est indiqué plusieurs fois&#xa0;; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose either --db or --demo, not both.</source>
        <translation>Choisissez --db ou --demo, pas les deux.</translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation>Indiquez une commande.</translation>
    </message>
    <message>
        <source>“%1” needs a command after it, for example “%1 list”.</source>
        <translation>«&#xa0;%1&#xa0;» doit être suivi d’une commande, par exemple «&#xa0;%1 list&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Missing value after “%1”.</source>
        <translation>Valeur manquante après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 goes before the command, for example “%2 %3 %4”.</source>
        <translation>%1 se place avant la commande, par exemple «&#xa0;%2 %3 %4&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is given more than once; give it once.</source>
        <translation>%1 est indiqué plusieurs fois&#xa0;; indiquez-le une seule fois.</translation>
    </message>
    <message>
        <source>Missing %1.</source>
        <translation>%1 manquant.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no command “%1”.</source>
        <translation>La commande «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: %1 %2 COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Boundary Keeper on the command line: keep your client register from a terminal or a script.</source>
        <translation>Boundary Keeper en ligne de commande&#xa0;: tenez votre registre de clients depuis un terminal ou un script.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Use the demo practice; your own database is not touched.</source>
        <translation>Utilise le cabinet de démonstration&#xa0;; votre propre base de données n’est pas touchée.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Affiche la version.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Show the help of a command.</source>
        <translation>Affiche l’aide d’une commande.</translation>
    </message>
    <message>
        <source>Every command takes --help. Exit status: 0 done, 1 refused or failed, 2 wrong usage.</source>
        <translation>Toutes les commandes acceptent --help. Code de sortie&#xa0;: 0 terminé, 1 refusé ou échoué, 2 utilisation incorrecte.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3 COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: %1 %2 %3 COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Run “%1 %2 COMMAND --help” to see a command&apos;s options.</source>
        <translation>Exécutez «&#xa0;%1 %2 COMMAND --help&#xa0;» pour voir les options d’une commande.</translation>
    </message>
    <message>
        <source>Use the database file at PATH, or the practice on the PostgreSQL server at URL (postgresql://user@host/database), instead of your own.</source>
        <translation>Utilise le fichier de base de données situé à PATH, ou le cabinet sur le serveur PostgreSQL à l’adresse URL (postgresql://user@host/database), au lieu du vôtre.</translation>
    </message>
    <message>
        <source>There is no practice at %1 yet; “%2 init” creates it.</source>
        <translation>Il n’y a pas encore de cabinet à %1&#xa0;; «&#xa0;%2 init&#xa0;» le crée.</translation>
    </message>
    <message>
        <source>--db needs the path of a database file or the URL of a server.</source>
        <translation>--db a besoin du chemin d’un fichier de base de données ou de l’URL d’un serveur.</translation>
    </message>
    <message>
        <source>Warning: %1 “%2 audit verify” tells more.</source>
        <translation>Avertissement&#xa0;: %1 «&#xa0;%2 audit verify&#xa0;» en dit plus.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>“%1” is not %2. Use one of: %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas %2. Utilisez l’une de ces valeurs&#xa0;: %3.</translation>
    </message>
    <message>
        <source>a format here</source>
        <translation>un format valable ici</translation>
    </message>
    <message>
        <source>a contact channel</source>
        <translation>un canal de contact</translation>
    </message>
    <message>
        <source>a client status</source>
        <translation>un statut de client</translation>
    </message>
    <message>
        <source>a severity</source>
        <translation>une gravité</translation>
    </message>
    <message>
        <source>who crossed the boundary</source>
        <translation>qui a franchi la limite</translation>
    </message>
    <message>
        <source>an incident status</source>
        <translation>un statut d’incident</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id de client&#xa0;; les id sont des nombres entiers supérieurs à 0, comme l’affiche «&#xa0;clients list&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD, for example 2026-03-01.</source>
        <translation>%1 n’est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2026-03-01.</translation>
    </message>
    <message>
        <source>%1 is outside the supported dates. %2</source>
        <translation>%1 est en dehors des dates prises en charge. %2</translation>
    </message>
    <message>
        <source>The period starts after it ends: --from (%1) must be on or before --to (%2).</source>
        <translation>La période commence après sa fin&#xa0;: --from (%1) doit être antérieur ou égal à --to (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a date and time. Write it in ISO 8601, for example 2026-03-01T21:30 (in the practice&apos;s time zone, %2), 2026-03-01T21:30Z (UTC) or 2026-03-01T21:30+01:00.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et heure. Écrivez-la en ISO 8601, par exemple 2026-03-01T21:30 (dans le fuseau horaire du cabinet, %2), 2026-03-01T21:30Z (UTC) ou 2026-03-01T21:30+01:00.</translation>
    </message>
    <message>
        <source>“%1” is outside the supported dates. %2</source>
        <translation>«&#xa0;%1&#xa0;» est en dehors des dates prises en charge. %2</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks went forward then. Give the time in UTC (with Z) or with its offset instead.</source>
        <translation>%1 n’existe pas dans %2&#xa0;: on avançait alors les horloges. Indiquez plutôt l’heure en UTC (avec Z) ou avec son décalage.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks went back then. Add the offset to say which: %3%4 (the first time) or %3%5 (the second), or give the time in UTC with Z.</source>
        <translation>%1 survient deux fois dans %2&#xa0;: on reculait alors les horloges. Ajoutez le décalage pour préciser laquelle&#xa0;: %3%4 (la première fois) ou %3%5 (la seconde), ou indiquez l’heure en UTC avec Z.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file inside it.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un fichier qu’il contient.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name, or add --force to replace it.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>--%1 and --%2 both name %3; give each file its own name.</source>
        <translation>--%1 et --%2 désignent tous deux %3&#xa0;; donnez à chaque fichier son propre nom.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id de client&#xa0;; les id sont des nombres entiers supérieurs à 0, comme l’affiche «&#xa0;clients list&#xa0;».</translation>
    </message>
    <message>
        <source>--name is required: the client&apos;s full name.</source>
        <translation>--name est obligatoire&#xa0;: le nom complet du client.</translation>
    </message>
    <message>
        <source>--search: %1</source>
        <translation>--search&#xa0;: %1</translation>
    </message>
    <message>
        <source>a list format</source>
        <translation>un format de liste</translation>
    </message>
    <message>
        <source>a format for one client</source>
        <translation>un format pour un client</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Client %1, %2, was already archived.</source>
        <translation>Le client %1, %2, était déjà archivé.</translation>
    </message>
    <message>
        <source>Client %1, %2, is not archived.</source>
        <translation>Le client %1, %2, n’est pas archivé.</translation>
    </message>
    <message>
        <source>Archived client %1, %2.</source>
        <translation>Client %1, %2, archivé.</translation>
    </message>
    <message>
        <source>Restored client %1, %2.</source>
        <translation>Client %1, %2, restauré.</translation>
    </message>
    <message>
        <source>Only clients with this status: %1.</source>
        <translation>Uniquement les clients ayant ce statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add a client to the register and print the new client&apos;s id.</source>
        <translation>Ajoute un client au registre et affiche l’id du nouveau client.</translation>
    </message>
    <message>
        <source>The client&apos;s full name (required).</source>
        <translation>Le nom complet du client (obligatoire).</translation>
    </message>
    <message>
        <source>The name the client likes to be called.</source>
        <translation>Le nom par lequel le client aime être appelé.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>Preferred contact channel: %1.</source>
        <translation>Canal de contact préféré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Where the relationship stands: %1 (default prospect).</source>
        <translation>Où en est la relation&#xa0;: %1 (par défaut prospect).</translation>
    </message>
    <message>
        <source>The day the work together starts.</source>
        <translation>Le jour où le travail ensemble commence.</translation>
    </message>
    <message>
        <source>Notes about the client.</source>
        <translation>Notes sur le client.</translation>
    </message>
    <message>
        <source>List clients by name; archived clients only with --archived.</source>
        <translation>Liste les clients par nom&#xa0;; les clients archivés uniquement avec --archived.</translation>
    </message>
    <message>
        <source>Only clients whose name, preferred name, email or phone contain every word of TEXT.</source>
        <translation>Uniquement les clients dont le nom, le nom d’usage, l’e-mail ou le téléphone contiennent chaque mot de TEXT.</translation>
    </message>
    <message>
        <source>Include archived clients.</source>
        <translation>Inclut les clients archivés.</translation>
    </message>
    <message>
        <source>table (default), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (par défaut), csv (RFC 4180, avec une ligne d’en-tête) ou json (un tableau d’objets).</translation>
    </message>
    <message>
        <source>Show everything the register holds about one client.</source>
        <translation>Affiche tout ce que le registre contient sur un client.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Archive a client: kept on record, hidden from lists.</source>
        <translation>Archive un client&#xa0;: conservé dans le registre, masqué dans les listes.</translation>
    </message>
    <message>
        <source>Bring an archived client back into the lists.</source>
        <translation>Remet un client archivé dans les listes.</translation>
    </message>
    <message>
        <source>--document-language: “%1” is not a language documents can be written in; choose one of: %2.</source>
        <translation>--document-language&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie des langues dans lesquelles les documents peuvent être rédigés&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Documents in</source>
        <translation>Documents en</translation>
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
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>--expect-version: “%1” is not a version; versions are whole numbers above 0, as “clients show” prints them.</source>
        <translation>--expect-version&#xa0;: «&#xa0;%1&#xa0;» n’est pas une version&#xa0;; les versions sont des nombres entiers supérieurs à 0, tels que les affiche «&#xa0;clients show&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to change: give at least one of --%1.</source>
        <translation>Rien à modifier&#xa0;: indiquez au moins l’une des options --%1.</translation>
    </message>
    <message>
        <source>Client %1, %2, is at version %3, not %4: it was changed after you read it. Nothing was saved; “clients show %1” shows it as it is now.</source>
        <translation>Le client %1, %2, est à la version %3, et non %4&#xa0;: il a été modifié après que vous l’avez lu. Rien n’a été enregistré&#xa0;; «&#xa0;clients show %1&#xa0;» l’affiche tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved; “clients show %2” shows it as it is now.</source>
        <translation>%1 Rien n’a été enregistré&#xa0;; «&#xa0;clients show %2&#xa0;» l’affiche tel qu’il est maintenant.</translation>
    </message>
    <message>
        <source>Saved client %1, %2 (version %3).</source>
        <translation>Client %1, %2, enregistré (version %3).</translation>
    </message>
    <message>
        <source>The language of the client&apos;s agreements, contracts and summaries: %1 (default: the practice&apos;s language, the one the program runs in).</source>
        <translation>La langue des accords, contrats et comptes rendus du client&#xa0;: %1 (par défaut&#xa0;: la langue du cabinet, celle dans laquelle le programme s’exécute).</translation>
    </message>
    <message>
        <source>Change some of a client&apos;s details; what is not given stays as it is.</source>
        <translation>Modifie certaines informations d’un client&#xa0;; ce qui n’est pas indiqué reste inchangé.</translation>
    </message>
    <message>
        <source>The client&apos;s full name.</source>
        <translation>Le nom complet du client.</translation>
    </message>
    <message>
        <source>Save only if the client is still at version N, as “clients show” printed it.</source>
        <translation>N’enregistre que si le client est toujours à la version N, telle que l’a affichée «&#xa0;clients show&#xa0;».</translation>
    </message>
    <message>
        <source>Where the relationship stands: %1.</source>
        <translation>Où en est la relation&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every client carries a version that each saved change raises by one. The change is saved only if nobody else saved the client between reading and writing it (or since version N, with --expect-version); otherwise nothing is saved and the command fails.</source>
        <translation>Chaque client porte une version, augmentée de un à chaque modification enregistrée. La modification n’est enregistrée que si personne d’autre n’a enregistré le client entre sa lecture et son écriture (ou depuis la version N, avec --expect-version)&#xa0;; sinon, rien n’est enregistré et la commande échoue.</translation>
    </message>
    <message>
        <source>--out is required: a new or empty folder to write the client&apos;s data to.</source>
        <translation>--out est obligatoire&#xa0;: un dossier nouveau ou vide dans lequel écrire les données du client.</translation>
    </message>
    <message>
        <source>Give either --keep-agreements or --remove-agreements, not both.</source>
        <translation>Indiquez soit --keep-agreements, soit --remove-agreements, pas les deux.</translation>
    </message>
    <message numerus="yes">
        <source>Client %1, %2, has %n signed agreement(s) or contract(s). A signed agreement may have to be retained (professional bodies commonly advise about seven years): give --keep-agreements to keep them as signed, or --remove-agreements to remove them with the rest.</source>
        <translation>
            <numerusform>Le client %1, %2, a %n accord ou contrat signé. Un accord signé peut devoir être conservé (les organismes professionnels conseillent couramment environ sept ans)&#xa0;: indiquez --keep-agreements pour le conserver tel que signé, ou --remove-agreements pour le supprimer avec le reste.</numerusform>
            <numerusform>Le client %1, %2, a %n accords ou contrats signés. Un accord signé peut devoir être conservé (les organismes professionnels conseillent couramment environ sept ans)&#xa0;: indiquez --keep-agreements pour les conserver tels que signés, ou --remove-agreements pour les supprimer avec le reste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erasing overwrites the personal data of client %1, %2, for good; give --yes to confirm.</source>
        <translation>L’effacement écrase définitivement les données personnelles du client %1, %2&#xa0;; indiquez --yes pour confirmer.</translation>
    </message>
    <message numerus="yes">
        <source>Erased the personal data of client %1, %2, and the free text of %n incident(s).</source>
        <translation>
            <numerusform>Données personnelles du client %1, %2, effacées, ainsi que le texte libre de %n incident.</numerusform>
            <numerusform>Données personnelles du client %1, %2, effacées, ainsi que le texte libre de %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n signed agreement(s) and contract(s).</source>
        <translation>
            <numerusform>%n accord ou contrat signé supprimé.</numerusform>
            <numerusform>%n accords et contrats signés supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n signed agreement(s) and contract(s) as signed.</source>
        <translation>
            <numerusform>%n accord ou contrat signé conservé tel que signé.</numerusform>
            <numerusform>%n accords et contrats signés conservés tels que signés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase a client&apos;s personal data on their request; anonymised incident counts stay.</source>
        <translation>Effacer les données personnelles d’un client à sa demande&#xa0;; les décomptes anonymisés des incidents restent.</translation>
    </message>
    <message>
        <source>Overwrites the client&apos;s name, contact details and notes and the free text of their incidents, steps, follow-ups and outcomes, and removes their drafts. Their incidents stay, anonymised, so the dashboard&apos;s history stays true, and the erasure is recorded. A client with signed agreements or contracts needs --keep-agreements or --remove-agreements.</source>
        <translation>Écrase le nom, les coordonnées et les notes du client ainsi que le texte libre de ses incidents, étapes, suivis et résultats, et supprime ses brouillons. Ses incidents restent, anonymisés, afin que l’historique du tableau de bord reste exact, et l’effacement est consigné. Un client ayant des accords ou contrats signés nécessite --keep-agreements ou --remove-agreements.</translation>
    </message>
    <message>
        <source>Keep the client&apos;s signed agreements and contracts as signed.</source>
        <translation>Conserver les accords et contrats signés du client tels que signés.</translation>
    </message>
    <message>
        <source>Remove the client&apos;s signed agreements and contracts too.</source>
        <translation>Supprimer aussi les accords et contrats signés du client.</translation>
    </message>
    <message>
        <source>Confirm the erasure; it cannot be undone.</source>
        <translation>Confirmer l’effacement&#xa0;; il est irréversible.</translation>
    </message>
    <message>
        <source>Answer a client&apos;s access request: write everything held about them.</source>
        <translation>Répondre à la demande d’accès d’un client&#xa0;: écrire toutes les données détenues à son sujet.</translation>
    </message>
    <message>
        <source>A new or empty folder to write to (required).</source>
        <translation>Un dossier nouveau ou vide dans lequel écrire (obligatoire).</translation>
    </message>
    <message>
        <source>DIR gets report.html (readable and printable), data.json (the same for programs) and the PDF of
every signed agreement and contract: the client&apos;s details, agreements, incidents with every step,
follow-up and outcome, the written summaries sent and the contracts. Your private reflection
entries are not included. Every file is readable by you only (0600).</source>
        <translation>DIR reçoit report.html (lisible et imprimable), data.json (la même chose pour les programmes) et le PDF de
chaque accord et contrat signé&#xa0;: les informations du client, ses accords, ses incidents avec chaque étape,
suivi et résultat, les comptes rendus écrits envoyés et les contrats. Vos entrées de réflexion privées
ne sont pas incluses. Chaque fichier n’est lisible que par vous (0600).</translation>
    </message>
    <message>
        <source>Wrote everything held about client %1 (%2, %3) to %4: report.html, data.json and the signed PDFs.</source>
        <translation>Toutes les données détenues sur le client %1 (%2, %3) ont été écrites dans %4&#xa0;: report.html, data.json et les PDF signés.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signed document(s)</source>
        <translation>
            <numerusform>%n document signé</numerusform>
            <numerusform>%n documents signés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientConflict</name>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>ClientDataExport</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Data held about %1</source>
        <translation>Données détenues sur %1</translation>
    </message>
    <message>
        <source>Everything the practice&apos;s records hold about you, as of %1.</source>
        <translation>Tout ce que les dossiers du cabinet contiennent à votre sujet, au %1.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Vos informations</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Néant.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Behavioural contracts</source>
        <translation>Contrats de comportement</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Written summaries sent</source>
        <translation>Comptes rendus écrits envoyés</translation>
    </message>
</context>
<context>
    <name>ClientFilter</name>
    <message>
        <source>The search text is %1 characters long; a search takes at most %2.</source>
        <translation>Le texte de recherche compte %1 caractères&#xa0;; une recherche en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The search text has %1 words; a search takes at most %2.</source>
        <translation>Le texte de recherche compte %1 mots&#xa0;; une recherche en accepte au plus %2.</translation>
    </message>
</context>
<context>
    <name>ClientRepository</name>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Il n’existe aucun client avec l’id %1.</translation>
    </message>
    <message>
        <source>the new client</source>
        <translation>le nouveau client</translation>
    </message>
    <message>
        <source>the changes to the client</source>
        <translation>les modifications du client</translation>
    </message>
    <message>
        <source>archiving the client</source>
        <translation>archivage du client</translation>
    </message>
    <message>
        <source>restoring the client</source>
        <translation>restauration du client</translation>
    </message>
    <message>
        <source>deleting the client</source>
        <translation>suppression du client</translation>
    </message>
    <message>
        <source>reading the client</source>
        <translation>lecture du client</translation>
    </message>
    <message>
        <source>counting clients</source>
        <translation>comptage des clients</translation>
    </message>
    <message>
        <source>finding the client</source>
        <translation>recherche du client</translation>
    </message>
    <message>
        <source>listing clients</source>
        <translation>liste des clients</translation>
    </message>
    <message>
        <source>reading the clients to search</source>
        <translation>lecture des clients à rechercher</translation>
    </message>
    <message>
        <source>reading who needs to re-acknowledge</source>
        <translation>lecture des clients qui doivent confirmer à nouveau</translation>
    </message>
    <message>
        <source>sorting the clients to search</source>
        <translation>tri des clients à rechercher</translation>
    </message>
    <message>
        <source>Client %1, %2, was changed elsewhere after it was read.</source>
        <translation>Le client %1, %2, a été modifié ailleurs après avoir été lu.</translation>
    </message>
    <message>
        <source>erasing the client&apos;s data</source>
        <translation>effacement des données du client</translation>
    </message>
    <message>
        <source>Client %1&apos;s data was erased already.</source>
        <translation>Les données du client %1 ont déjà été effacées.</translation>
    </message>
    <message>
        <source>reading the client&apos;s records</source>
        <translation>lecture des dossiers du client</translation>
    </message>
    <message>
        <source>reading the clients&apos; contact details</source>
        <translation>lecture des coordonnées des clients</translation>
    </message>
    <message>
        <source>the new clients</source>
        <translation>les nouveaux clients</translation>
    </message>
    <message>
        <source>The clients table has the columns %1, but an import knows %2; nothing was added.</source>
        <translation>La table des clients a les colonnes %1, mais une importation connaît %2&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The new clients did not get the ids expected; nothing was added.</source>
        <translation>Les nouveaux clients n’ont pas reçu les identifiants attendus&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>reading the saved search index</source>
        <translation>lecture de l’index de recherche enregistré</translation>
    </message>
    <message>
        <source>saving the search index</source>
        <translation>enregistrement de l’index de recherche</translation>
    </message>
</context>
<context>
    <name>ClientService</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled: no client was added or changed.</source>
        <translation>Annulé&#xa0;: aucun client n’a été ajouté ni modifié.</translation>
    </message>
</context>
<context>
    <name>ClientStatus</name>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>ClientValidator</name>
    <message>
        <source>Enter the client&apos;s full name.</source>
        <translation>Saisissez le nom complet du client.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The name holds a control character (%1); only printable characters are allowed.</source>
        <translation>Le nom contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables sont autorisés.</translation>
    </message>
    <message>
        <source>The preferred name is longer than %1 characters.</source>
        <translation>Le nom d’usage dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The preferred name holds a control character (%1); only printable characters are allowed.</source>
        <translation>Le nom d’usage contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables sont autorisés.</translation>
    </message>
    <message>
        <source>The email address holds a control character (%1); only printable characters are allowed.</source>
        <translation>L’adresse e-mail contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables sont autorisés.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; it should look like name@example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail&#xa0;; elle devrait ressembler à nom@exemple.com.</translation>
    </message>
    <message>
        <source>A phone number has at least 3 digits and may contain only digits, spaces, a leading + and ( ) - . /</source>
        <translation>Un numéro de téléphone compte au moins 3 chiffres et ne peut contenir que des chiffres, des espaces, un + initial et ( ) - . /</translation>
    </message>
    <message>
        <source>The start date %1 is outside the supported range. %2</source>
        <translation>La date de début %1 est en dehors de la plage prise en charge. %2</translation>
    </message>
    <message>
        <source>The start date %1 is more than a year ahead; check the year.</source>
        <translation>La date de début %1 est à plus d’un an&#xa0;; vérifiez l’année.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Les notes dépassent %1 caractères.</translation>
    </message>
    <message>
        <source>The notes hold a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Les notes contiennent un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables, les tabulations et les sauts de ligne sont autorisés.</translation>
    </message>
    <message>
        <source>Documents cannot be written in &quot;%1&quot;; choose one of: %2.</source>
        <translation>Les documents ne peuvent pas être rédigés en «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message>
        <source>%1 (%2 time)</source>
        <translation>%1 (heure locale à %2)</translation>
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
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ContactChannelInSentence</name>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>by text message</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>by video call</source>
        <translation>par appel vidéo</translation>
    </message>
    <message>
        <source>through a messaging app</source>
        <translation>par une application de messagerie</translation>
    </message>
    <message>
        <source>on social media</source>
        <translation>sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>in another agreed way</source>
        <translation>par un autre moyen convenu</translation>
    </message>
</context>
<context>
    <name>Contract</name>
    <message>
        <source>I agree to sign this behavioural contract electronically. My electronic signature has the same meaning as my handwritten signature, and I will receive a copy of the signed contract as a PDF file. I have been told that I may sign on paper instead; that I may ask the practice for a paper copy of the signed contract at any time, free of charge; and that I may withdraw this consent at any time by telling the practice, after which documents will be given to me on paper (what I signed before stays valid). To open and keep the signed contract I need a device that shows PDF files, and somewhere to save or print it.</source>
        <translation>J’accepte de signer ce contrat de comportement électroniquement. Ma signature électronique a la même valeur que ma signature manuscrite, et je recevrai une copie du contrat signé sous forme de fichier PDF. J’ai été informé(e) que je peux signer sur papier à la place&#xa0;; que je peux à tout moment demander gratuitement au cabinet une copie papier du contrat signé&#xa0;; et que je peux retirer ce consentement à tout moment en le faisant savoir au cabinet, après quoi les documents me seront remis sur papier (ce que j’ai signé auparavant reste valable). Pour ouvrir et conserver le contrat signé, j’ai besoin d’un appareil qui affiche les fichiers PDF et d’un endroit où l’enregistrer ou l’imprimer.</translation>
    </message>
    <message>
        <source>By signing, I, %1, confirm that we have talked this contract through, that I understand the behaviour it asks for, the goals and the consequences, and that I intend to keep it with %2 until the review date.</source>
        <translation>En signant, je soussigné(e), %1, confirme que nous avons discuté de ce contrat, que je comprends le comportement qu’il demande, les objectifs et les conséquences, et que j’ai l’intention de le respecter avec %2 jusqu’à la date de bilan.</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>the practice</source>
        <translation>le cabinet</translation>
    </message>
    <message>
        <source>The contract has already been signed.</source>
        <translation>Le contrat est déjà signé.</translation>
    </message>
    <message>
        <source>The contract is not linked to an incident.</source>
        <translation>Le contrat n’est lié à aucun incident.</translation>
    </message>
    <message>
        <source>Say in the contract what appropriate behaviour is.</source>
        <translation>Indiquez dans le contrat ce qu’est un comportement approprié.</translation>
    </message>
    <message>
        <source>Say in the contract which behaviour replaces the one that crossed the boundary.</source>
        <translation>Indiquez dans le contrat quel comportement remplace celui qui a franchi la limite.</translation>
    </message>
    <message>
        <source>Give the contract at least one measurable goal.</source>
        <translation>Donnez au contrat au moins un objectif mesurable.</translation>
    </message>
    <message>
        <source>State the consequences if the contract is not kept.</source>
        <translation>Indiquez les conséquences si le contrat n’est pas respecté.</translation>
    </message>
    <message>
        <source>Give the contract a review date.</source>
        <translation>Donnez au contrat une date de bilan.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non fixée</translation>
    </message>
    <message>
        <source>Behavioural contract – %1 – %2 (document %3)</source>
        <translation>Contrat de comportement – %1 – %2 (document %3)</translation>
    </message>
    <message>
        <source>Behavioural contract</source>
        <translation>Contrat de comportement</translation>
    </message>
    <message>
        <source>Document ID %1 · Review date %2</source>
        <translation>ID du document %1 · Date de bilan %2</translation>
    </message>
    <message>
        <source>Copy for signing on paper. This contract takes effect once both parties have signed it below.</source>
        <translation>Exemplaire à signer sur papier. Ce contrat prend effet dès que les deux parties l’ont signé ci-dessous.</translation>
    </message>
    <message>
        <source>1. The parties</source>
        <translation>1. Les parties</translation>
    </message>
    <message>
        <source>2. Why we make this contract</source>
        <translation>2. Pourquoi nous concluons ce contrat</translation>
    </message>
    <message>
        <source>No background was recorded.</source>
        <translation>Aucun contexte n’a été consigné.</translation>
    </message>
    <message>
        <source>3. Appropriate behaviour</source>
        <translation>3. Comportement approprié</translation>
    </message>
    <message>
        <source>No appropriate behaviour was described.</source>
        <translation>Aucun comportement approprié n’a été décrit.</translation>
    </message>
    <message>
        <source>4. The replacement behaviour</source>
        <translation>4. Le comportement de remplacement</translation>
    </message>
    <message>
        <source>No replacement behaviour was described.</source>
        <translation>Aucun comportement de remplacement n’a été décrit.</translation>
    </message>
    <message>
        <source>5. Measurable goals</source>
        <translation>5. Objectifs mesurables</translation>
    </message>
    <message>
        <source>No measurable goals were set.</source>
        <translation>Aucun objectif mesurable n’a été fixé.</translation>
    </message>
    <message>
        <source>6. Consequences</source>
        <translation>6. Conséquences</translation>
    </message>
    <message>
        <source>No consequences were stated.</source>
        <translation>Aucune conséquence n’a été indiquée.</translation>
    </message>
    <message>
        <source>7. Review</source>
        <translation>7. Bilan</translation>
    </message>
    <message>
        <source>We review this contract together on %1: how each goal went, and what comes next.</source>
        <translation>Nous faisons ensemble le bilan de ce contrat le %1&#xa0;: comment s’est passé chaque objectif et quelle est la suite.</translation>
    </message>
    <message>
        <source>No review date was set.</source>
        <translation>Aucune date de bilan n’a été fixée.</translation>
    </message>
    <message>
        <source>8. Consent and signatures</source>
        <translation>8. Consentement et signatures</translation>
    </message>
    <message>
        <source>This contract is signed by hand on paper; the signed original is kept by the practice.</source>
        <translation>Ce contrat est signé à la main sur papier&#xa0;; le cabinet conserve l’original signé.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Not recorded.</source>
        <translation>Non consigné.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de bilan</translation>
    </message>
    <message>
        <source>Contract text SHA-256</source>
        <translation>SHA-256 du texte du contrat</translation>
    </message>
    <message>
        <source>This is an unsigned copy for signing on paper; it is not the signed contract.</source>
        <translation>Ceci est un exemplaire non signé destiné à la signature sur papier&#xa0;; ce n’est pas le contrat signé.</translation>
    </message>
</context>
<context>
    <name>ContractRepository</name>
    <message>
        <source>A signed contract cannot be changed.</source>
        <translation>Un contrat signé ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>The contract has already been signed.</source>
        <translation>Le contrat est déjà signé.</translation>
    </message>
    <message>
        <source>The contract draft no longer exists.</source>
        <translation>Le brouillon du contrat n’existe plus.</translation>
    </message>
    <message>
        <source>saving the contract draft</source>
        <translation>enregistrement du brouillon du contrat</translation>
    </message>
    <message>
        <source>The contract cannot be signed without its step on the incident&apos;s ladder.</source>
        <translation>Le contrat ne peut pas être signé sans son étape sur l’échelle de l’incident.</translation>
    </message>
    <message>
        <source>reading the contract</source>
        <translation>lecture du contrat</translation>
    </message>
    <message>
        <source>There is no behavioural contract with the number %1.</source>
        <translation>Il n’existe aucun contrat de comportement portant le numéro %1.</translation>
    </message>
    <message>
        <source>listing behavioural contracts</source>
        <translation>liste des contrats de comportement</translation>
    </message>
    <message>
        <source>reading the signed PDF</source>
        <translation>lecture du PDF signé</translation>
    </message>
    <message>
        <source>There is no signed behavioural contract with the number %1.</source>
        <translation>Il n’existe aucun contrat de comportement signé portant le numéro %1.</translation>
    </message>
    <message>
        <source>discarding the contract draft</source>
        <translation>abandon du brouillon de contrat</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>• %1 – %2: %3</source>
        <translation>• %1 – %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>This contract follows these incidents:</source>
        <translation>
            <numerusform>Ce contrat fait suite à cet incident&#xa0;:</numerusform>
            <numerusform>Ce contrat fait suite à ces incidents&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The incident is closed; a contract can no longer be signed on it.</source>
        <translation>L’incident est clos&#xa0;; aucun contrat ne peut plus être signé à son sujet.</translation>
    </message>
    <message>
        <source>The contract&apos;s client is not the client of the incident.</source>
        <translation>Le client du contrat n’est pas le client de l’incident.</translation>
    </message>
    <message>
        <source>The practice&apos;s ladder has no behavioural contract step to record the contract on.</source>
        <translation>L’échelle du cabinet n’a aucune étape de contrat de comportement sur laquelle consigner le contrat.</translation>
    </message>
    <message>
        <source>The contract cannot be signed yet. %1</source>
        <translation>Le contrat ne peut pas encore être signé. %1</translation>
    </message>
    <message>
        <source>Behavioural contract signed by both parties (document %1).</source>
        <translation>Contrat de comportement signé par les deux parties (document %1).</translation>
    </message>
</context>
<context>
    <name>ConversationPlanner</name>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date format (QLocale): weekday, day, month name, year</comment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <source>I don&apos;t work on %1s</source>
        <translation>je ne travaille pas le %1</translation>
    </message>
    <message>
        <source>my working hours on %1s are %2 to %3</source>
        <translation>le %1, je travaille de %2 à %3</translation>
    </message>
    <message>
        <source>That was outside our agreed working hours.</source>
        <translation>C’était en dehors des horaires de travail convenus.</translation>
    </message>
    <message>
        <source>It came through a channel we agreed not to use.</source>
        <translation>C’est passé par un canal que nous avions convenu de ne pas utiliser.</translation>
    </message>
    <message>
        <source>Keeping to it keeps our work focused and lets me give you my best.</source>
        <translation>Respecter cette limite permet à notre travail de rester centré et me permet de vous offrir le meilleur de moi-même.</translation>
    </message>
    <message>
        <source>For reference, %1.</source>
        <translation>Pour mémoire, %1.</translation>
    </message>
    <message>
        <source>Can we agree on how we handle this from now on? Is there anything behind it I should know about? I&apos;ll send you a short written summary of what we agree, and we&apos;ll check how it is going.</source>
        <translation>Pouvons-nous convenir de la manière de procéder à l’avenir&#xa0;? Y a-t-il quelque chose derrière cela que je devrais savoir&#xa0;? Je vous enverrai un court compte rendu écrit de ce dont nous conviendrons, et nous ferons le point sur la suite.</translation>
    </message>
    <message>
        <source>Conversation plan: %1</source>
        <translation>Plan d’entretien&#xa0;: %1</translation>
    </message>
    <message>
        <source>1. Acknowledge the specific behaviour</source>
        <translation>1. Reconnaître le comportement précis</translation>
    </message>
    <message>
        <source>(Your note: %1)</source>
        <translation>(Votre note&#xa0;: %1)</translation>
    </message>
    <message>
        <source>2. State the boundary</source>
        <translation>2. Énoncer la limite</translation>
    </message>
    <message>
        <source>3. Explain why</source>
        <translation>3. Expliquer pourquoi</translation>
    </message>
    <message>
        <source>4. State the consequence or the alternative</source>
        <translation>4. Énoncer la conséquence ou l’alternative</translation>
    </message>
    <message>
        <source>5. Agree how to follow through</source>
        <translation>5. Convenir du suivi</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Thank you for talking with me on %1. As promised, here is a short summary of our conversation.</source>
        <translation>Merci d’avoir pris le temps d’échanger avec moi le %1. Comme convenu, voici un court compte rendu de notre entretien.</translation>
    </message>
    <message>
        <source>What we discussed and agreed: %1</source>
        <translation>Ce dont nous avons parlé et ce que nous avons convenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>If anything here does not match your memory of our conversation, please tell me.</source>
        <translation>Si quelque chose ici ne correspond pas à votre souvenir de notre entretien, merci de me le dire.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened when we met on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur ce qui s’est passé lors de notre rencontre du %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened when we met on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite de ce qui s’est passé lors de notre rencontre du %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the phone call on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur l’appel téléphonique du %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the phone call on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite de l’appel téléphonique du %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the text message on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur le SMS du %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the text message on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite du SMS du %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the email on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur l’e-mail du %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the email on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite de l’e-mail du %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened during our video call on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur ce qui s’est passé pendant notre appel vidéo du %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened during our video call on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite de ce qui s’est passé pendant notre appel vidéo du %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the message through the messaging app on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur le message envoyé par l’application de messagerie le %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the message through the messaging app on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite du message envoyé par l’application de messagerie le %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about the message on social media on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur le message envoyé sur les réseaux sociaux le %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following the message on social media on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite du message envoyé sur les réseaux sociaux le %2 à %3.</translation>
    </message>
    <message>
        <source>%1, I&apos;d like to talk with you about what happened on %2 at %3.</source>
        <translation>%1, j’aimerais revenir avec vous sur ce qui s’est passé le %2 à %3.</translation>
    </message>
    <message>
        <source>We talked about %1, following what happened on %2 at %3.</source>
        <translation>Nous avons parlé de %1, à la suite de ce qui s’est passé le %2 à %3.</translation>
    </message>
    <message>
        <source>One of the boundaries we agreed on is %1.</source>
        <translation>Parmi les limites que nous avons fixées ensemble, il y a %1.</translation>
    </message>
    <message>
        <source>Our agreement puts it this way: %1</source>
        <translation>Notre accord la formule ainsi&#xa0;: %1</translation>
    </message>
    <message>
        <source>What we agreed instead: %1</source>
        <translation>Ce que nous avons convenu à la place&#xa0;: %1</translation>
    </message>
    <message>
        <source>You can reach me %1; whatever reaches me outside working hours I answer on the next working day.</source>
        <translation>Vous pouvez me joindre %1&#xa0;; à tout ce qui me parvient en dehors des horaires de travail, je réponds le jour ouvré suivant.</translation>
    </message>
    <message>
        <source>If it happens again, our agreement says: %1</source>
        <translation>Si cela se reproduit, notre accord prévoit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The boundary, in the words of our agreement: %1</source>
        <translation>La limite, dans les termes de notre accord&#xa0;: %1</translation>
    </message>
    <message>
        <source>What our agreement says happens if it is crossed again: %1</source>
        <translation>Ce que prévoit notre accord si cette limite est à nouveau franchie&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file holds no header row: there is nothing to import.</source>
        <translation>Le fichier ne contient aucune ligne d’en-tête&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>The row that starts on line %1 is longer than %2 characters: a closing quote is probably missing.</source>
        <translation>La ligne de données qui commence à la ligne %1 dépasse %2 caractères&#xa0;: il manque probablement un guillemet fermant.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed.</source>
        <translation>Une valeur entre guillemets qui commence à la ligne %1 n’est jamais fermée.</translation>
    </message>
</context>
<context>
    <name>DashboardCommands</name>
    <message>
        <source>First day of the period (YYYY-MM-DD); by default %1 days before --to.</source>
        <translation>Premier jour de la période (AAAA-MM-JJ)&#xa0;; par défaut %1 jours avant --to.</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD); by default today.</source>
        <translation>Dernier jour de la période (AAAA-MM-JJ)&#xa0;; par défaut aujourd’hui.</translation>
    </message>
    <message>
        <source>Only this client&apos;s figures.</source>
        <translation>Uniquement les chiffres de ce client.</translation>
    </message>
    <message>
        <source>none to measure</source>
        <translation>rien à mesurer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Client: %1 (id %2)</source>
        <translation>Client&#xa0;: %1 (id %2)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nouvelle confirmation requise</translation>
    </message>
    <message>
        <source>Onboarding drafts</source>
        <translation>Brouillons d’accueil</translation>
    </message>
    <message>
        <source>Client incidents</source>
        <translation>Incidents de clients</translation>
    </message>
    <message>
        <source>%1 (%2 outside working hours)</source>
        <translation>%1 (%2 hors horaires de travail)</translation>
    </message>
    <message>
        <source>Addressed within 24 h</source>
        <translation>Traités en 24 h</translation>
    </message>
    <message>
        <source>Median to resolution</source>
        <translation>Médiane jusqu’à la résolution</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>nothing resolved yet</source>
        <translation>rien de résolu pour l’instant</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Écarts personnels signalés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days</source>
        <translation>
            <numerusform>%Ln incident, %1 par client actif sur 30 jours</numerusform>
            <numerusform>%Ln incidents, %1 par client actif sur 30 jours</numerusform>
        </translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Par mois&#xa0;:</translation>
    </message>
    <message>
        <source>By boundary:</source>
        <translation>Par limite&#xa0;:</translation>
    </message>
    <message>
        <source>By channel:</source>
        <translation>Par canal&#xa0;:</translation>
    </message>
    <message>
        <source>Clients with the most incidents:</source>
        <translation>Clients ayant le plus d’incidents&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat bands:</source>
        <translation>Tranches de répétition&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) (id %1)</source>
        <translation>
            <numerusform>%Ln incident (id %1)</numerusform>
            <numerusform>%Ln incidents (id %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Early warning (2 or more incidents in the last 30 days):</source>
        <translation>Alerte précoce (2 incidents ou plus au cours des 30 derniers jours)&#xa0;:</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out est obligatoire&#xa0;: le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <source>Saved the figures to %1</source>
        <translation>Chiffres enregistrés dans %1</translation>
    </message>
    <message>
        <source>Show where, when, how often and with whom boundaries are crossed, and what needs attention now.</source>
        <translation>Montre où, quand, à quelle fréquence et avec qui les limites sont franchies, et ce qui demande de l’attention maintenant.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Save the dashboard as a PDF report (one view per page) and, optionally, its figures as CSV.</source>
        <translation>Enregistre le tableau de bord sous forme de rapport PDF (une vue par page) et, si souhaité, ses chiffres en CSV.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>Also write the figures to this CSV file.</source>
        <translation>Écrit aussi les chiffres dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>Replace the files when they already exist.</source>
        <translation>Remplace les fichiers s’ils existent déjà.</translation>
    </message>
    <message>
        <source>Both files are readable by you only (0600); an existing file is only replaced with --force.
CSV columns: figure, key, label, value.</source>
        <translation>Les deux fichiers ne sont lisibles que par vous (0600)&#xa0;; un fichier existant n’est remplacé qu’avec --force.
Colonnes CSV&#xa0;: figure, key, label, value.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln incident(s) whose 24 hours are over</source>
        <translation>
            <numerusform>%1 de %Ln incident dont les 24 heures sont écoulées</numerusform>
            <numerusform>%1 des %Ln incidents dont les 24 heures sont écoulées</numerusform>
        </translation>
    </message>
    <message>
        <source>none whose 24 hours are over</source>
        <translation>aucun dont les 24 heures sont écoulées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s) still within their first 24 hours, not counted yet</source>
        <translation>
            <numerusform>%Ln incident encore dans ses 24 premières heures, pas encore compté</numerusform>
            <numerusform>%Ln incidents encore dans leurs 24 premières heures, pas encore comptés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 à ce jour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s), %1 per active client per 30 days, scaled over the %2 days so far</source>
        <translation>
            <numerusform>%Ln incident, %1 par client actif sur 30 jours, extrapolé à partir des %2 jours écoulés à ce jour</numerusform>
            <numerusform>%Ln incidents, %1 par client actif sur 30 jours, extrapolé à partir des %2 jours écoulés à ce jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Months reflected on</source>
        <translation>Mois avec réflexion</translation>
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
        <translation>La période est exprimée dans le fuseau horaire du cabinet&#xa0;; open, overdue, reack_due, drafts et early_warning
sont calculés à la date du jour. Les écarts personnels signalés ne comptent que dans self_reported&#xa0;; tous les
autres chiffres d’incidents comptent les incidents franchis par des clients (open et overdue comptent les deux).
Les incidents des clients archivés comptent&#xa0;; les clients archivés sont exclus de reack_due, drafts, early_warning
et des clients actifs, les clients terminés de reack_due et des clients actifs.

Clés JSON&#xa0;: from, to (AAAA-MM-JJ), client_id (null pour tous), time_zone, open, overdue, reack_due,
drafts, incidents, outside_hours, addressed_judged (incidents de clients dont les premières 24 heures sont
écoulées), addressed_pending (ceux encore dans ce délai, pas encore comptés), addressed_within_24h (une
fraction de addressed_judged, null quand il vaut 0), resolved, median_days_to_resolution (null quand
aucun n’est résolu), by_month [{month (AAAA-MM), days, days_elapsed (parmi days, ceux jusqu’à aujourd’hui),
so_far (true pour le mois qui contient aujourd’hui), count, lapses (vos propres écarts), reflected (la réflexion
mensuelle), active_clients, rate_per_active_client_30d (rapporté à days_elapsed)}], by_boundary et by_channel {clé: nombre}, by_weekday_hour (7 tableaux
de 24 nombres, lundi en premier, heures locales du cabinet), by_client [{client_id, count}] du plus au moins fréquent,
repeat_bands {&quot;1&quot;, &quot;2-5&quot;, &quot;6+&quot;: clients}, early_warning [ids de clients], self_reported,
months_over (mois écoulés de la période), months_reflected (parmi eux, ceux avec réflexion),
reflected_share (null quand aucun mois n’est écoulé).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) over</source>
        <translation>
            <numerusform>%1 sur %Ln mois écoulé</numerusform>
            <numerusform>%1 sur %Ln mois écoulés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>2–5 times</source>
        <translation>2 à 5 fois</translation>
    </message>
    <message>
        <source>6+ times</source>
        <translation>6 fois ou plus</translation>
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
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Boundary dashboard</source>
        <translation>Tableau de bord des limites</translation>
    </message>
    <message>
        <source>client: %1</source>
        <translation>client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Boundary Keeper · figures as of %1</source>
        <translation>Boundary Keeper · chiffres au %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>No client incidents in this period.</source>
        <translation>Aucun incident de client au cours de cette période.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Boundary dashboard, %1</source>
        <translation>Tableau de bord des limites, %1</translation>
    </message>
    <message>
        <source>Boundary dashboard: %1, %2</source>
        <translation>Tableau de bord des limites&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Clients with re-acknowledgement due</source>
        <translation>Clients devant confirmer à nouveau</translation>
    </message>
    <message>
        <source>Unfinished onboarding drafts</source>
        <translation>Brouillons d’accueil inachevés</translation>
    </message>
    <message>
        <source>Client incidents in the period</source>
        <translation>Incidents de clients sur la période</translation>
    </message>
    <message>
        <source>… of them outside working hours</source>
        <translation>… dont hors horaires de travail</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Délai médian de résolution</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Écarts personnels signalés</translation>
    </message>
    <message>
        <source>Clients on early warning</source>
        <translation>Clients en alerte précoce</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Incidents par mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active client(s)</source>
        <translation>
            <numerusform>%Ln client actif</numerusform>
            <numerusform>%Ln clients actifs</numerusform>
        </translation>
    </message>
    <message>
        <source>By boundary</source>
        <translation>Par limite</translation>
    </message>
    <message>
        <source>Client incidents in the period by the boundary crossed.</source>
        <translation>Incidents de clients sur la période, par limite franchie.</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Client incidents in the period by the channel they came through.</source>
        <translation>Incidents de clients sur la période, par canal par lequel ils sont arrivés.</translation>
    </message>
    <message>
        <source>By weekday and hour</source>
        <translation>Par jour de la semaine et heure</translation>
    </message>
    <message>
        <source>Client incidents by weekday and hour in the practice&apos;s time zone (%1). The working hours are outlined; incidents outside them are shown in orange.</source>
        <translation>Incidents de clients par jour de la semaine et heure, dans le fuseau horaire du cabinet (%1). Les horaires de travail sont encadrés&#xa0;; les incidents en dehors apparaissent en orange.</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>celui du système</translation>
    </message>
    <message>
        <source>By client</source>
        <translation>Par client</translation>
    </message>
    <message>
        <source>The clients with the most incidents in the period (up to %1), and how many clients had one, two to five, or six or more.</source>
        <translation>Les clients ayant le plus d’incidents sur la période (jusqu’à %1), et combien de clients en ont eu un, de deux à cinq, ou six et plus.</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>Repeat bands</source>
        <translation>Tranches de répétition</translation>
    </message>
    <message>
        <source>Early warning</source>
        <translation>Alerte précoce</translation>
    </message>
    <message>
        <source>Clients with %1 or more client incidents in the %2 days up to %3: worth a conversation before a pattern settles in.</source>
        <translation>Clients ayant eu %1 incidents ou plus au cours des %2 jours jusqu’au %3&#xa0;: un entretien s’impose avant qu’une habitude ne s’installe.</translation>
    </message>
    <message>
        <source>No client needs attention.</source>
        <translation>Aucun client ne demande d’attention.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n’a pas pu être terminé.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>Le PDF est vide.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Client incidents outside working hours</source>
        <translation>Incidents de clients hors horaires de travail</translation>
    </message>
    <message>
        <source>Median days to resolution</source>
        <translation>Nombre médian de jours jusqu’à la résolution</translation>
    </message>
    <message>
        <source>Client incidents</source>
        <translation>Incidents de clients</translation>
    </message>
    <message>
        <source>Active clients</source>
        <translation>Clients actifs</translation>
    </message>
    <message>
        <source>Per active client per 30 days</source>
        <translation>Par client actif sur 30 jours</translation>
    </message>
    <message>
        <source>What needs attention today, and how the period&apos;s client incidents were handled. An incident counts as addressed when a conversation about it was recorded within 24 hours; incidents still within their first 24 hours are not counted yet. Self-reported lapses are counted apart from client incidents.</source>
        <translation>Ce qui demande de l’attention aujourd’hui, et comment les incidents de clients de la période ont été traités. Un incident compte comme traité lorsqu’un entretien à son sujet a été consigné dans les 24 heures&#xa0;; les incidents encore dans leurs 24 premières heures ne sont pas encore comptés. Les écarts personnels signalés sont comptés à part des incidents de clients.</translation>
    </message>
    <message>
        <source>Addressed within 24 hours, of those whose 24 hours are over</source>
        <translation>Traités en 24 heures, parmi ceux dont les 24 heures sont écoulées</translation>
    </message>
    <message>
        <source>… still within their first 24 hours (not counted yet)</source>
        <translation>… encore dans leurs 24 premières heures (pas encore comptés)</translation>
    </message>
    <message>
        <source>Client incidents per active client per 30 days, so that a growing practice does not look worse. The month that holds today is not over: it is marked &quot;so far&quot; and scaled over its days so far, where a single incident weighs heavily. Below the chart: each month&apos;s incidents and active clients.</source>
        <translation>Incidents de clients par client actif sur 30 jours, pour qu’un cabinet qui grandit ne paraisse pas en moins bonne posture. Le mois qui contient aujourd’hui n’est pas terminé&#xa0;: il est marqué «&#xa0;à ce jour&#xa0;» et extrapolé à partir de ses jours écoulés, où un seul incident pèse lourd. Sous le graphique&#xa0;: les incidents et les clients actifs de chaque mois.</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (à ce jour)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (so far: %Ln day(s))</source>
        <translation>
            <numerusform>%1 (à ce jour&#xa0;: %Ln jour)</numerusform>
            <numerusform>%1 (à ce jour&#xa0;: %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Share addressed within 24 hours, of client incidents whose 24 hours are over</source>
        <translation>Part traitée en 24 heures, parmi les incidents de clients dont les 24 heures sont écoulées</translation>
    </message>
    <message>
        <source>Client incidents whose 24 hours are over</source>
        <translation>Incidents de clients dont les 24 heures sont écoulées</translation>
    </message>
    <message>
        <source>Client incidents still within their first 24 hours</source>
        <translation>Incidents de clients encore dans leurs 24 premières heures</translation>
    </message>
    <message>
        <source>Days in the period up to today</source>
        <translation>Jours de la période jusqu’à aujourd’hui</translation>
    </message>
    <message>
        <source>Month not over yet (1) or over (0)</source>
        <translation>Mois pas encore terminé (1) ou terminé (0)</translation>
    </message>
    <message>
        <source>Per active client per 30 days, over the days so far</source>
        <translation>Par client actif sur 30 jours, sur les jours écoulés à ce jour</translation>
    </message>
    <message>
        <source>Months reflected on, of those over</source>
        <translation>Mois avec réflexion, parmi les mois écoulés</translation>
    </message>
    <message>
        <source>%1, %2, rate %3; %4</source>
        <translation>%1, %2, taux %3&#xa0;; %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln own lapse(s)</source>
        <translation>
            <numerusform>%Ln écart personnel</numerusform>
            <numerusform>%Ln écarts personnels</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the months over that were reflected on</source>
        <translation>Part des mois écoulés ayant fait l’objet d’une réflexion</translation>
    </message>
</context>
<context>
    <name>DashboardRepository</name>
    <message>
        <source>reading what needs attention</source>
        <translation>lecture de ce qui demande de l’attention</translation>
    </message>
    <message>
        <source>counting incidents by boundary and channel</source>
        <translation>comptage des incidents par limite et par canal</translation>
    </message>
    <message>
        <source>counting incidents by time</source>
        <translation>comptage des incidents dans le temps</translation>
    </message>
    <message>
        <source>counting incidents by client</source>
        <translation>comptage des incidents par client</translation>
    </message>
    <message>
        <source>measuring how soon incidents were addressed</source>
        <translation>mesure du délai de traitement des incidents</translation>
    </message>
    <message>
        <source>looking for clients who need attention</source>
        <translation>recherche des clients qui demandent de l’attention</translation>
    </message>
    <message>
        <source>counting active clients</source>
        <translation>comptage des clients actifs</translation>
    </message>
    <message>
        <source>A newer request replaced this one.</source>
        <translation>Une demande plus récente a remplacé celle-ci.</translation>
    </message>
    <message>
        <source>counting the months reflected on</source>
        <translation>décompte des mois avec réflexion</translation>
    </message>
</context>
<context>
    <name>DashboardService</name>
    <message>
        <source>The period must start on or before the day it ends.</source>
        <translation>La période doit commencer au plus tard le jour où elle se termine.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n’a été indiqué.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>There is no Boundary Keeper database at %1.</source>
        <translation>Il n’y a pas de base de données Boundary Keeper dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a Boundary Keeper database. It was not opened and was not changed.</source>
        <translation>%1 n’est pas une base de données Boundary Keeper. Elle n’a été ni ouverte ni modifiée.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Impossible d’ouvrir %1.</translation>
    </message>
    <message>
        <source>%1 and its write-ahead log %2 do not read as a sound database, so it was not opened; neither file was changed. If %2 came from another copy of the database, move it away and open %1 again.</source>
        <translation>%1 et son journal d’écriture anticipée %2 ne se lisent pas comme une base de données saine&#xa0;: elle n’a donc pas été ouverte, et aucun des deux fichiers n’a été modifié. Si %2 provient d’une autre copie de la base de données, déplacez-le ailleurs et rouvrez %1.</translation>
    </message>
    <message>
        <source>%1 is damaged and was not opened; the file was not changed. Open an earlier copy of it if you have one.</source>
        <translation>%1 est endommagé et n’a pas été ouvert&#xa0;; le fichier n’a pas été modifié. Ouvrez-en une copie antérieure si vous en avez une.</translation>
    </message>
    <message>
        <source>%1 could not be read. The file was not changed.</source>
        <translation>%1 n’a pas pu être lu. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be opened. The file was not changed.</source>
        <translation>%1 n’a pas pu être ouvert. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not one of Boundary Keeper. It was not opened and was not changed.</source>
        <translation>%1 est une base de données SQLite, mais pas une base de Boundary Keeper. Elle n’a été ni ouverte ni modifiée.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to open it. The file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Boundary Keeper (schéma de base de données %2&#xa0;; cette version comprend jusqu’au %3). Mettez Boundary Keeper à jour pour l’ouvrir. Le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is read-only and was made by an older Boundary Keeper; it must be upgraded before use, which needs write access. Make the file writable and open it again.</source>
        <translation>%1 est en lecture seule et a été créé par une version antérieure de Boundary Keeper&#xa0;; il doit être mis à niveau avant utilisation, ce qui nécessite un accès en écriture. Rendez le fichier accessible en écriture et rouvrez-le.</translation>
    </message>
    <message>
        <source>Cannot prepare %1: %2</source>
        <translation>Impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>preparing the upgrade</source>
        <translation>préparation de la mise à niveau</translation>
    </message>
    <message>
        <source>The upgrade script %1 is missing.</source>
        <translation>Le script de mise à niveau %1 est introuvable.</translation>
    </message>
    <message>
        <source>upgrading the database to version %1</source>
        <translation>mise à niveau de la base de données vers la version %1</translation>
    </message>
    <message>
        <source>The upgrade to version %1 would leave a row of %2 referring to a missing row of %3; nothing was changed.</source>
        <translation>La mise à niveau vers la version %1 laisserait une ligne de %2 faisant référence à une ligne manquante de %3&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>recording the database version</source>
        <translation>enregistrement de la version de la base de données</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>démarrage d’une transaction</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>enregistrement des modifications</translation>
    </message>
    <message>
        <source>The database is open read-only, so nothing can be changed. Make %1 writable and open it again.</source>
        <translation>La base de données est ouverte en lecture seule, rien ne peut donc être modifié. Rendez %1 accessible en écriture et rouvrez-la.</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>La base de données a refusé l’opération (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The practice on %1 is open read-only, so nothing can be changed.</source>
        <translation>Le cabinet à l’adresse %1 est ouvert en lecture seule, rien ne peut donc être modifié.</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>Cette installation ne peut pas joindre de serveur PostgreSQL&#xa0;: le pilote PostgreSQL de Qt (libqt6sql6-psql) n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1.</translation>
    </message>
    <message>
        <source>The practice server %1 could not be read.</source>
        <translation>Le serveur du cabinet %1 n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The server at %1 runs PostgreSQL %2; Boundary Keeper needs PostgreSQL 13 or later. Nothing was changed.</source>
        <translation>Le serveur à l’adresse %1 exécute PostgreSQL %2&#xa0;; Boundary Keeper nécessite PostgreSQL 13 ou une version ultérieure. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database at %1 holds tables that are not Boundary Keeper&apos;s. It was not changed; give the practice an empty database of its own.</source>
        <translation>La base de données à l’adresse %1 contient des tables qui n’appartiennent pas à Boundary Keeper. Elle n’a pas été modifiée&#xa0;; donnez au cabinet une base de données vide qui lui soit propre.</translation>
    </message>
    <message>
        <source>There is no Boundary Keeper practice at %1.</source>
        <translation>Il n’y a pas de cabinet Boundary Keeper à l’adresse %1.</translation>
    </message>
    <message>
        <source>The practice at %1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to open it. Nothing was changed.</source>
        <translation>Le cabinet à l’adresse %1 a été écrit par une version plus récente de Boundary Keeper (schéma de base de données %2&#xa0;; cette version comprend jusqu’au %3). Mettez Boundary Keeper à jour pour l’ouvrir. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The practice at %1 was made by an older Boundary Keeper and must be upgraded before use, which needs write access. Open it again for writing.</source>
        <translation>Le cabinet à l’adresse %1 a été créé par une version antérieure de Boundary Keeper et doit être mis à niveau avant utilisation, ce qui nécessite un accès en écriture. Rouvrez-le en écriture.</translation>
    </message>
    <message>
        <source>telling the other desktops about the change</source>
        <translation>l’annonce de la modification aux autres postes</translation>
    </message>
    <message>
        <source>The database needs an upgrade, and the backup taken before it failed, so it was not upgraded: %1</source>
        <translation>La base de données doit être mise à niveau, mais la sauvegarde préalable a échoué&#xa0;; elle n’a donc pas été mise à niveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The practice server cannot be reached, so %1 failed; nothing of it was stored. Try again once the server is back.</source>
        <translation>Le serveur du cabinet est injoignable&#xa0;: l’opération (%1) a donc échoué et rien n’en a été enregistré. Réessayez une fois le serveur de retour.</translation>
    </message>
    <message>
        <source>The practice server %1 still cannot be reached.</source>
        <translation>Le serveur du cabinet %1 reste injoignable.</translation>
    </message>
    <message>
        <source>preparing the connection</source>
        <translation>préparation de la connexion</translation>
    </message>
    <message>
        <source>Other desktops&apos; changes to %1 are shown only when the window is next focused.</source>
        <translation>Les modifications de %1 faites sur d’autres postes ne s’affichent que lorsque la fenêtre reprend le focus.</translation>
    </message>
    <message>
        <source>checking for changes</source>
        <translation>recherche de modifications</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it asks for a password.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: il demande un mot de passe.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it did not accept the user name or password. Check both and try again.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: il n’a pas accepté le nom d’utilisateur ou le mot de passe. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it does not let this user in from this computer (or not without TLS). Ask whoever runs the server.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: il n’autorise pas cet utilisateur depuis cet ordinateur (ou pas sans TLS). Adressez-vous à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: its TLS certificate is not trusted by this computer, so nothing was sent to it. Ask whoever runs the server for its root certificate.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: son certificat TLS n’est pas reconnu comme fiable par cet ordinateur, si bien que rien ne lui a été envoyé. Demandez son certificat racine à la personne qui gère le serveur.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it does not offer the encrypted (TLS) connection this address requires.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: il ne propose pas la connexion chiffrée (TLS) qu’exige cette adresse.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it has no database named %2.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: il n’a pas de base de données nommée %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the practice server %1: it cannot be reached. It may be switched off, its address or port may be wrong, or the network may be down.</source>
        <translation>Impossible de se connecter au serveur du cabinet %1&#xa0;: il est injoignable. Il est peut-être éteint, son adresse ou son port est peut-être erroné, ou le réseau est peut-être coupé.</translation>
    </message>
    <message>
        <source>The audit trail needs an SQLite connection.</source>
        <translation>Le journal d’audit nécessite une connexion SQLite.</translation>
    </message>
    <message>
        <source>Cannot prepare the audit trail: %1</source>
        <translation>Impossible de préparer le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>on this computer when it last wrote the practice</source>
        <translation>sur cet ordinateur lors de sa dernière écriture dans le cabinet</translation>
    </message>
    <message>
        <source>%1 record %2 refers to a missing %3 record</source>
        <translation>L’enregistrement %2 de %1 fait référence à un enregistrement manquant de %3</translation>
    </message>
    <message>
        <source>Opening %1 was stopped while it was being checked; the file was not changed.</source>
        <translation>L’ouverture de %1 a été interrompue pendant sa vérification&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n record(s) that refer to records that are missing (%2), so it was not opened and was left as it is. Another program changed it without keeping its records together; open an earlier copy of it if you have one.</source>
        <translation>
            <numerusform>%1 contient %n enregistrement qui fait référence à un enregistrement manquant (%2)&#xa0;; il n’a donc pas été ouvert et a été laissé tel quel. Un autre programme l’a modifié sans préserver les liens entre ses enregistrements&#xa0;; ouvrez-en une copie antérieure si vous en avez une.</numerusform>
            <numerusform>%1 contient %n enregistrements qui font référence à des enregistrements manquants (%2)&#xa0;; il n’a donc pas été ouvert et a été laissé tel quel. Un autre programme l’a modifié sans préserver les liens entre ses enregistrements&#xa0;; ouvrez-en une copie antérieure si vous en avez une.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCommands</name>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is read-only: it can be read but not changed.</source>
        <translation>Le fichier est en lecture seule&#xa0;: il peut être lu, mais pas modifié.</translation>
    </message>
    <message>
        <source>Create the database, or bring an older one up to date, and show where it is.</source>
        <translation>Crée la base de données, ou met à jour une base plus ancienne, et indique où elle se trouve.</translation>
    </message>
    <message>
        <source>--to takes a server address beginning with postgresql://.</source>
        <translation>--to attend une adresse de serveur commençant par postgresql://.</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 tables to %3; every count and every signed document&apos;s SHA-256 match. %4 was not changed.</source>
        <translation>%1 lignes de %2 tables copiées vers %3&#xa0;; chaque décompte et le SHA-256 de chaque document signé concordent. %4 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Copy the practice from its file into an empty database on a PostgreSQL server.</source>
        <translation>Copier le cabinet de son fichier vers une base de données vide sur un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>The server database to copy into (postgresql://…); it must be empty.</source>
        <translation>La base de données du serveur où copier (postgresql://…)&#xa0;; elle doit être vide.</translation>
    </message>
    <message>
        <source>%1 of %2 rows (%3)</source>
        <translation>%1 lignes sur %2 (%3)</translation>
    </message>
    <message>
        <source>Every table is copied with the same ids in one transaction on the server. The record count of every table and the SHA-256 of every signed document are then compared on both sides; any difference undoes the copy. The file is only read. Rows go to the server a thousand at a time. On a terminal a progress bar is shown on standard error; the copied tables and their row counts, tab-separated, go to standard output.</source>
        <translation>Chaque table est copiée avec les mêmes id dans une seule transaction sur le serveur. Le nombre d’enregistrements de chaque table et le SHA-256 de chaque document signé sont ensuite comparés des deux côtés&#xa0;; toute différence annule la copie. Le fichier est seulement lu. Les lignes sont envoyées au serveur par lots de mille. Dans un terminal, une barre de progression s’affiche sur la sortie d’erreur standard&#xa0;; les tables copiées et leur nombre de lignes, séparés par des tabulations, vont sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>DatabaseSnapshot</name>
    <message>
        <source>The tables could not be listed: %1</source>
        <translation>Les tables n’ont pas pu être listées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The rows of %1 could not be counted: %2</source>
        <translation>Les lignes de %1 n’ont pas pu être comptées&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new name for the backup.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>La sauvegarde %1 n’a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message>
        <source>SQLite&apos;s backup interface is not available.</source>
        <translation>L’interface de sauvegarde de SQLite n’est pas disponible.</translation>
    </message>
    <message>
        <source>it was cancelled.</source>
        <translation>elle a été annulée.</translation>
    </message>
    <message>
        <source>the copy did not pass the integrity check: %1</source>
        <translation>la copie n’a pas passé la vérification d’intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>it could not be flushed to the disk.</source>
        <translation>elle n’a pas pu être écrite sur le disque.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Boundary Keeper database.</source>
        <translation>%1 n’est pas une base de données Boundary Keeper.</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be read as a database.</source>
        <translation>%1 est endommagé&#xa0;: il ne peut pas être lu comme une base de données.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Boundary Keeper (database schema %2; this version understands up to %3). Update Boundary Keeper to use it.</source>
        <translation>%1 a été écrit par une version plus récente de Boundary Keeper (schéma de base de données %2&#xa0;; cette version comprend jusqu’au %3). Mettez Boundary Keeper à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>%1 is damaged: it did not pass the integrity check.</source>
        <translation>%1 est endommagé&#xa0;: il n’a pas passé la vérification d’intégrité.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 n’a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 a échoué.</translation>
    </message>
    <message>
        <source>Backing up a practice on a server needs pg_dump and pg_restore, which are not installed here (Debian: the package postgresql-client).</source>
        <translation>La sauvegarde d’un cabinet sur un serveur nécessite pg_dump et pg_restore, qui ne sont pas installés ici (Debian&#xa0;: le paquet postgresql-client).</translation>
    </message>
    <message>
        <source>Restoring a practice on a server needs pg_dump and pg_restore, which are not installed here (Debian: the package postgresql-client).</source>
        <translation>La restauration d’un cabinet sur un serveur nécessite pg_dump et pg_restore, qui ne sont pas installés ici (Debian&#xa0;: le paquet postgresql-client).</translation>
    </message>
    <message>
        <source>%1 is not a backup of a practice on a server (pg_dump&apos;s custom format).</source>
        <translation>%1 n’est pas la sauvegarde d’un cabinet sur un serveur (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <source>The practice at %1 could not be restored; nothing was changed there: %2</source>
        <translation>Le cabinet à l’adresse %1 n’a pas pu être restauré&#xa0;; rien n’y a été modifié&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DefaultPolicy</name>
    <message>
        <source>Personal space and touch</source>
        <translation>Espace personnel et contact physique</translation>
    </message>
    <message>
        <source>We each keep a comfortable distance. There is no unwanted or inappropriate touching or show of affection, and no one crowds or intimidates the other by standing too close.</source>
        <translation>Chacun garde une distance confortable. Il n’y a ni contact physique ni marque d’affection non désirés ou déplacés, et personne ne gêne ni n’intimide l’autre en se tenant trop près.</translation>
    </message>
    <message>
        <source>Any physical contact the work needs, such as correcting a posture, is explained first and happens only with your agreement. Either of us can ask for more space at any time, and the other respects it.</source>
        <translation>Tout contact physique nécessaire au travail, par exemple pour corriger une posture, est d’abord expliqué et n’a lieu qu’avec votre accord. Chacun de nous peut demander plus d’espace à tout moment, et l’autre le respecte.</translation>
    </message>
    <message>
        <source>We talk about it straight away, in private. If it happens again, the consequence ladder applies, and unwelcome touching can end the engagement at once.</source>
        <translation>Nous en parlons tout de suite, en privé. Si cela se reproduit, l’échelle des conséquences s’applique, et un contact non désiré peut mettre fin immédiatement à la collaboration.</translation>
    </message>
    <message>
        <source>Each other&apos;s time</source>
        <translation>Le temps de chacun</translation>
    </message>
    <message>
        <source>Work happens within working hours. Please do not call outside them unless it is an emergency; in the same way, your practitioner does not contact you after hours unless an appointment was arranged.</source>
        <translation>Le travail a lieu pendant les horaires de travail. Merci de ne pas appeler en dehors de ces horaires, sauf urgence&#xa0;; de la même manière, votre praticien ne vous contacte pas en dehors des horaires, sauf si un rendez-vous a été convenu.</translation>
    </message>
    <message>
        <source>Outside working hours, send non-urgent matters by email; they are answered on the next working day. Appointments at unusual times are agreed in advance.</source>
        <translation>En dehors des horaires de travail, envoyez les questions non urgentes par e-mail&#xa0;; elles reçoivent une réponse le jour ouvré suivant. Les rendez-vous à des heures inhabituelles sont convenus à l’avance.</translation>
    </message>
    <message>
        <source>We talk about it and agree how to reach each other. Calls outside hours are not answered, and repeated after-hours contact moves up the consequence ladder.</source>
        <translation>Nous en parlons et convenons de la manière de nous joindre. Les appels en dehors des horaires ne reçoivent pas de réponse, et les contacts répétés hors horaires font monter d’un échelon sur l’échelle des conséquences.</translation>
    </message>
    <message>
        <source>Respectful body language and gestures</source>
        <translation>Langage corporel et gestes respectueux</translation>
    </message>
    <message>
        <source>We use only respectful body language with each other: no rude gestures, poses or mimicking.</source>
        <translation>Nous n’utilisons entre nous qu’un langage corporel respectueux&#xa0;: pas de gestes grossiers, de postures provocantes ni d’imitations moqueuses.</translation>
    </message>
    <message>
        <source>Disagreement and frustration are welcome in words. If something annoys you, say so, and we will look at it together.</source>
        <translation>Le désaccord et la frustration ont leur place, exprimés avec des mots. Si quelque chose vous contrarie, dites-le, et nous l’examinerons ensemble.</translation>
    </message>
    <message>
        <source>We pause and talk about what happened. If it continues, the consequence ladder applies.</source>
        <translation>Nous faisons une pause et parlons de ce qui s’est passé. Si cela continue, l’échelle des conséquences s’applique.</translation>
    </message>
    <message>
        <source>No yelling, cursing or name-calling</source>
        <translation>Ni cris, ni jurons, ni insultes</translation>
    </message>
    <message>
        <source>Neither of us yells at, curses at or calls the other names. This applies to both sides equally.</source>
        <translation>Aucun de nous ne crie sur l’autre, ne jure contre lui ni ne l’insulte. Cela vaut pour les deux parties, à égalité.</translation>
    </message>
    <message>
        <source>We speak calmly, even when the conversation is difficult. Either of us can ask for a short break and come back to the topic.</source>
        <translation>Nous parlons calmement, même quand la conversation est difficile. Chacun de nous peut demander une courte pause et revenir ensuite au sujet.</translation>
    </message>
    <message>
        <source>The session pauses until we can talk calmly. We then discuss what happened, and repeated incidents move up the consequence ladder.</source>
        <translation>La séance est interrompue jusqu’à ce que nous puissions parler calmement. Nous discutons ensuite de ce qui s’est passé, et les incidents répétés font monter d’un échelon sur l’échelle des conséquences.</translation>
    </message>
    <message>
        <source>No bullying</source>
        <translation>Pas de harcèlement</translation>
    </message>
    <message>
        <source>There is no bullying of any kind: no threats, intimidation, humiliation or pressure, in person or online.</source>
        <translation>Aucune forme de harcèlement n’est tolérée&#xa0;: ni menaces, ni intimidation, ni humiliation, ni pression, en personne ou en ligne.</translation>
    </message>
    <message>
        <source>We raise concerns openly and respectfully, and we accept a clear &quot;no&quot;.</source>
        <translation>Nous exprimons nos préoccupations ouvertement et avec respect, et nous acceptons un «&#xa0;non&#xa0;» clair.</translation>
    </message>
    <message>
        <source>Bullying is addressed at once. Depending on how serious it is, we may start higher on the consequence ladder, up to ending the engagement.</source>
        <translation>Le harcèlement est traité immédiatement. Selon sa gravité, nous pouvons commencer plus haut sur l’échelle des conséquences, jusqu’à mettre fin à la collaboration.</translation>
    </message>
    <message>
        <source>The golden rule</source>
        <translation>La règle d’or</translation>
    </message>
    <message>
        <source>We treat each other, and each other&apos;s property, the way we would want to be treated ourselves.</source>
        <translation>Nous traitons l’autre, et ses biens, comme nous aimerions être traités nous-mêmes.</translation>
    </message>
    <message>
        <source>Equipment, rooms and belongings are used with care, and we show equal respect for each other&apos;s culture and beliefs.</source>
        <translation>Le matériel, les locaux et les affaires personnelles sont utilisés avec soin, et nous respectons également la culture et les convictions de chacun.</translation>
    </message>
    <message>
        <source>We talk about it. Damage to property is put right, and repeated disrespect moves up the consequence ladder.</source>
        <translation>Nous en parlons. Les dégâts matériels sont réparés, et les manques de respect répétés font monter d’un échelon sur l’échelle des conséquences.</translation>
    </message>
    <message>
        <source>Personal questions</source>
        <translation>Questions personnelles</translation>
    </message>
    <message>
        <source>Personal questions stay within the professional context of our work together.</source>
        <translation>Les questions personnelles restent dans le cadre professionnel de notre travail ensemble.</translation>
    </message>
    <message>
        <source>Questions that help the work are welcome. Either of us may decline to answer a question that goes beyond it, without having to explain why.</source>
        <translation>Les questions utiles au travail sont les bienvenues. Chacun de nous peut refuser de répondre à une question qui va au-delà, sans avoir à se justifier.</translation>
    </message>
    <message>
        <source>We gently steer back to the work. If it keeps happening, we talk about it and the consequence ladder applies.</source>
        <translation>Nous revenons en douceur au travail. Si cela se répète, nous en parlons et l’échelle des conséquences s’applique.</translation>
    </message>
    <message>
        <source>Contact through agreed channels</source>
        <translation>Contact par les canaux convenus</translation>
    </message>
    <message>
        <source>We contact each other only through the channels agreed in the communication terms. Excessive contact, or contact through other channels, crosses this boundary.</source>
        <translation>Nous ne nous contactons que par les canaux convenus dans les conditions de communication. Un contact excessif, ou par d’autres canaux, franchit cette limite.</translation>
    </message>
    <message>
        <source>Use the agreed channels and allow for the response times stated there. One message is enough; it will be answered.</source>
        <translation>Utilisez les canaux convenus et tenez compte des délais de réponse qui y sont indiqués. Un seul message suffit&#xa0;; il recevra une réponse.</translation>
    </message>
    <message>
        <source>Messages through other channels may go unanswered. We review the communication terms together, and repeated contact outside them moves up the consequence ladder.</source>
        <translation>Les messages envoyés par d’autres canaux peuvent rester sans réponse. Nous revoyons ensemble les conditions de communication, et les contacts répétés en dehors de celles-ci font monter d’un échelon sur l’échelle des conséquences.</translation>
    </message>
    <message>
        <source>Emotional support within professional limits</source>
        <translation>Soutien émotionnel dans un cadre professionnel</translation>
    </message>
    <message>
        <source>Support is part of good work together, within professional limits. Your practitioner cannot be a friend, a confidant or a round-the-clock source of support.</source>
        <translation>Le soutien fait partie d’un bon travail ensemble, dans un cadre professionnel. Votre praticien ne peut pas être un ami, un confident ni une source de soutien disponible jour et nuit.</translation>
    </message>
    <message>
        <source>We use sessions to work towards your goals. When you need more support than this relationship can give, your practitioner helps you find the right person or service.</source>
        <translation>Nous utilisons les séances pour avancer vers vos objectifs. Lorsque vous avez besoin de plus de soutien que cette relation ne peut en offrir, votre praticien vous aide à trouver la bonne personne ou le bon service.</translation>
    </message>
    <message>
        <source>We talk openly about what you need, agree where the limits lie, and may refer you to other support.</source>
        <translation>Nous parlons ouvertement de ce dont vous avez besoin, convenons des limites et pouvons vous orienter vers d’autres formes de soutien.</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>What is shared in our work stays confidential, on both sides.</source>
        <translation>Ce qui est partagé dans notre travail reste confidentiel, de part et d’autre.</translation>
    </message>
    <message>
        <source>Your practitioner keeps your records private and shares information only with your consent or where the law requires it. Please keep what you learn about the practice and its other clients private too.</source>
        <translation>Votre praticien garde votre dossier confidentiel et ne partage d’informations qu’avec votre accord ou lorsque la loi l’exige. Merci de garder également pour vous ce que vous apprenez sur le cabinet et ses autres clients.</translation>
    </message>
    <message>
        <source>We talk about what was shared and how to prevent it happening again. A serious breach can end the engagement.</source>
        <translation>Nous parlons de ce qui a été divulgué et de la manière d’éviter que cela se reproduise. Une atteinte grave peut mettre fin à la collaboration.</translation>
    </message>
    <message>
        <source>Personal and workplace problems stay out of sessions</source>
        <translation>Les problèmes personnels et professionnels restent en dehors des séances</translation>
    </message>
    <message>
        <source>Your practitioner does not bring their own personal or workplace problems into sessions. Sessions are about you: you are not there to listen to your practitioner&apos;s troubles.</source>
        <translation>Votre praticien n’apporte pas en séance ses propres problèmes personnels ou professionnels. Les séances sont consacrées à vous&#xa0;: vous n’êtes pas là pour écouter les soucis de votre praticien.</translation>
    </message>
    <message>
        <source>If something in your practitioner&apos;s life affects the service, such as availability or a deadline, you are told openly how it is being handled and what changes for you, without personal detail.</source>
        <translation>Si un événement dans la vie de votre praticien affecte le service, par exemple sa disponibilité ou un délai, vous êtes informé ouvertement de la manière dont la situation est gérée et de ce qui change pour vous, sans détails personnels.</translation>
    </message>
    <message>
        <source>Please tell your practitioner if this happens. They record it, reflect on it and, where needed, seek supervision.</source>
        <translation>Merci de le signaler à votre praticien si cela se produit. Il le consigne, y réfléchit et, si nécessaire, sollicite une supervision.</translation>
    </message>
    <message>
        <source>A private conversation</source>
        <translation>Un entretien en privé</translation>
    </message>
    <message>
        <source>We talk about it calmly and in private: the specific behaviour, the boundary, why it matters and what happens instead. We look for the cause together and a fair compromise where one is reasonable.</source>
        <translation>Nous en parlons calmement et en privé&#xa0;: le comportement précis, la limite, pourquoi elle compte et ce qui se passe à la place. Nous cherchons ensemble la cause et, lorsque c’est raisonnable, un compromis équitable.</translation>
    </message>
    <message>
        <source>A written summary</source>
        <translation>Un compte rendu écrit</translation>
    </message>
    <message>
        <source>You receive a short written summary of the conversation and of anything we agreed.</source>
        <translation>Vous recevez un court compte rendu écrit de l’entretien et de tout ce dont nous avons convenu.</translation>
    </message>
    <message>
        <source>Goals and follow-up</source>
        <translation>Objectifs et suivi</translation>
    </message>
    <message>
        <source>We set clear goals for changing the behaviour and check progress on agreed dates.</source>
        <translation>Nous fixons des objectifs clairs pour faire évoluer le comportement et vérifions les progrès à des dates convenues.</translation>
    </message>
    <message>
        <source>A behavioural contract</source>
        <translation>Un contrat de comportement</translation>
    </message>
    <message>
        <source>If the behaviour continues, we meet and write a contract together: what is appropriate, the behaviour that replaces it, measurable goals, the consequences and a review date. We both sign it.</source>
        <translation>Si le comportement persiste, nous nous rencontrons et rédigeons ensemble un contrat&#xa0;: ce qui est approprié, le comportement qui le remplace, des objectifs mesurables, les conséquences et une date de bilan. Nous le signons tous les deux.</translation>
    </message>
    <message>
        <source>Training or resources</source>
        <translation>Formation ou ressources</translation>
    </message>
    <message>
        <source>Your practitioner offers training or resources that help you develop in this area.</source>
        <translation>Votre praticien vous propose une formation ou des ressources qui vous aident à progresser dans ce domaine.</translation>
    </message>
    <message>
        <source>Supervision and advice</source>
        <translation>Supervision et conseil</translation>
    </message>
    <message>
        <source>Your practitioner seeks advice from a colleague or supervisor on how best to continue.</source>
        <translation>Votre praticien demande conseil à un collègue ou à un superviseur sur la meilleure façon de poursuivre.</translation>
    </message>
    <message>
        <source>Ending the engagement</source>
        <translation>Fin de la collaboration</translation>
    </message>
    <message>
        <source>As the last step, the working relationship ends. This is explained to you in writing.</source>
        <translation>En dernier recours, la relation de travail prend fin. Cela vous est expliqué par écrit.</translation>
    </message>
</context>
<context>
    <name>DefaultPractice</name>
    <message>
        <source>Your practitioner guides you towards the goals you set together, holds you accountable to them, prepares each session, keeps appointments and promises, and treats you with respect, honesty and integrity. They work within their competence and tell you when someone else can help you better.</source>
        <translation>Votre praticien vous guide vers les objectifs que vous fixez ensemble, vous aide à vous y tenir, prépare chaque séance, respecte les rendez-vous et les engagements, et vous traite avec respect, honnêteté et intégrité. Il travaille dans les limites de ses compétences et vous dit quand quelqu’un d’autre peut mieux vous aider.</translation>
    </message>
    <message>
        <source>You take an active part in the work: you come to sessions prepared and on time, let us know in good time when you cannot attend, do the agreed work between sessions, and tell your practitioner openly when something is not working for you.</source>
        <translation>Vous prenez une part active au travail&#xa0;: vous venez aux séances préparé et à l’heure, prévenez suffisamment tôt lorsque vous ne pouvez pas venir, faites le travail convenu entre les séances et dites ouvertement à votre praticien quand quelque chose ne vous convient pas.</translation>
    </message>
    <message>
        <source>Scheduled sessions towards the goals we agree, preparation and follow-up for them, and answers to questions about our work through the agreed channels.</source>
        <translation>Des séances programmées pour avancer vers les objectifs convenus, leur préparation et leur suivi, et des réponses aux questions sur notre travail par les canaux convenus.</translation>
    </message>
    <message>
        <source>Crisis or emergency support, medical, legal or financial advice, and help with matters outside the agreed goals. Your practitioner can point you to the right service for these.</source>
        <translation>Le soutien en situation de crise ou d’urgence, les conseils médicaux, juridiques ou financiers, et l’aide sur des sujets étrangers aux objectifs convenus. Votre praticien peut vous orienter vers le service adapté.</translation>
    </message>
    <message>
        <source>By the next working day</source>
        <translation>Le jour ouvré suivant</translation>
    </message>
    <message>
        <source>Within two working days</source>
        <translation>Sous deux jours ouvrés</translation>
    </message>
    <message>
        <source>Non-urgent messages are answered within 24 to 48 hours on working days. For anything urgent outside working hours, please send an email; it is answered on the next working day.</source>
        <translation>Les messages non urgents reçoivent une réponse sous 24 à 48 heures les jours ouvrés. Pour toute urgence en dehors des horaires de travail, envoyez un e-mail&#xa0;; il reçoit une réponse le jour ouvré suivant.</translation>
    </message>
    <message>
        <source>An emergency is a situation where someone&apos;s health or safety is at risk right now. A change of plans, a missed session or a difficult day is important, but it is not an emergency.</source>
        <translation>Une urgence est une situation où la santé ou la sécurité d’une personne est menacée à l’instant même. Un changement de programme, une séance manquée ou une journée difficile sont importants, mais ne sont pas des urgences.</translation>
    </message>
    <message>
        <source>In an emergency, call the local emergency number first. Afterwards, let your practitioner know by phone or email.</source>
        <translation>En cas d’urgence, appelez d’abord le numéro d’urgence local. Prévenez ensuite votre praticien par téléphone ou par e-mail.</translation>
    </message>
</context>
<context>
    <name>DemoPractice</name>
    <message>
        <source>Career transition coaching, fortnightly sessions.</source>
        <translation>Coaching de transition professionnelle, séances tous les quinze jours.</translation>
    </message>
    <message>
        <source>Strength training three times a week; prefers early mornings.</source>
        <translation>Musculation trois fois par semaine&#xa0;; préfère tôt le matin.</translation>
    </message>
    <message>
        <source>Leadership coaching over video; lives in Madrid.</source>
        <translation>Coaching en leadership par vidéo&#xa0;; vit à Madrid.</translation>
    </message>
    <message>
        <source>Paused for parental leave; check in next quarter.</source>
        <translation>En pause pour congé parental&#xa0;; reprendre contact le trimestre prochain.</translation>
    </message>
    <message>
        <source>First meeting booked; agreement still to be signed.</source>
        <translation>Premier rendez-vous fixé&#xa0;; accord encore à signer.</translation>
    </message>
    <message>
        <source>Tutoring in statistics before exams.</source>
        <translation>Soutien scolaire en statistiques avant les examens.</translation>
    </message>
    <message>
        <source>Business coaching for a new studio opening.</source>
        <translation>Coaching d’entreprise pour l’ouverture d’un nouveau studio.</translation>
    </message>
    <message>
        <source>Engagement ended by mutual agreement after goals were met.</source>
        <translation>Collaboration terminée d’un commun accord après l’atteinte des objectifs.</translation>
    </message>
    <message>
        <source>Nutrition and habit coaching.</source>
        <translation>Coaching en nutrition et en habitudes.</translation>
    </message>
    <message>
        <source>Enquiry through a referral; introductory call pending.</source>
        <translation>Demande reçue sur recommandation&#xa0;; appel de présentation à prévoir.</translation>
    </message>
    <message>
        <source>Starts next week; wants sessions in French where possible.</source>
        <translation>Commence la semaine prochaine&#xa0;; souhaite des séances en français si possible.</translation>
    </message>
    <message>
        <source>Consulting on a product launch; time zone UTC-3.</source>
        <translation>Conseil pour le lancement d’un produit&#xa0;; fuseau horaire UTC-3.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>What if something urgent comes up on a Sunday?</source>
        <translation>Et si quelque chose d’urgent survient un dimanche&#xa0;?</translation>
    </message>
    <message>
        <source>Leave a message; it is returned on Monday morning. In an emergency, call the emergency number first.</source>
        <translation>Laissez un message&#xa0;; vous serez rappelé le lundi matin. En cas d’urgence, appelez d’abord le numéro d’urgence.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Personal trainer</source>
        <translation>Coach sportif</translation>
    </message>
    <message>
        <source>Career, leadership and business coaching; personal training and habit coaching; session notes and a training plan between sessions.</source>
        <translation>Coaching de carrière, de leadership et d’entreprise&#xa0;; coaching sportif et coaching des habitudes&#xa0;; notes de séance et programme d’entraînement entre les séances.</translation>
    </message>
    <message>
        <source>Same working day</source>
        <translation>Le jour ouvré même</translation>
    </message>
    <message>
        <source>We talk about it and agree how to reach each other. Calls outside working hours go to voicemail and are returned on the next working day; a second after-hours call in a month leads to a written summary.</source>
        <translation>Nous en parlons et convenons de la manière de nous joindre. Les appels en dehors des horaires de travail aboutissent sur la messagerie vocale et sont rappelés le jour ouvré suivant&#xa0;; un deuxième appel hors horaires dans le mois donne lieu à un compte rendu écrit.</translation>
    </message>
    <message>
        <source>Starting and ending on time</source>
        <translation>Commencer et finir à l’heure</translation>
    </message>
    <message>
        <source>Sessions start and end at the agreed time, so that each client gets their full time.</source>
        <translation>Les séances commencent et se terminent à l’heure convenue, afin que chaque client dispose de tout son temps.</translation>
    </message>
    <message>
        <source>Arrive a few minutes early. Cancel or move a session at least 24 hours ahead.</source>
        <translation>Arrivez quelques minutes en avance. Annulez ou déplacez une séance au moins 24 heures à l’avance.</translation>
    </message>
    <message>
        <source>A late start is not made up at the end. Sessions cancelled with less notice are charged in full.</source>
        <translation>Un retard n’est pas rattrapé à la fin. Les séances annulées moins de 24 heures à l’avance sont facturées en totalité.</translation>
    </message>
    <message>
        <source>Questions that help the work are welcome. Either of us may decline to answer a question that goes beyond it; a simple &quot;I&apos;d rather keep that private&quot; is enough.</source>
        <translation>Les questions utiles au travail sont les bienvenues. Chacun de nous peut refuser de répondre à une question qui va au-delà&#xa0;; un simple «&#xa0;je préfère garder cela pour moi&#xa0;» suffit.</translation>
    </message>
    <message>
        <source>Working hours and urgent matters: a one-page guide</source>
        <translation>Horaires de travail et urgences&#xa0;: un guide d’une page</translation>
    </message>
    <message>
        <source>Speaking up calmly: a short course</source>
        <translation>S’exprimer calmement&#xa0;: un cours court</translation>
    </message>
    <message>
        <source>Phoned at 21:30 to move Thursday&apos;s session.</source>
        <translation>A appelé à 21:30 pour déplacer la séance de jeudi.</translation>
    </message>
    <message>
        <source>Called late in the evening about the training plan; third late call this month.</source>
        <translation>A appelé tard le soir au sujet du programme d’entraînement&#xa0;; troisième appel tardif ce mois-ci.</translation>
    </message>
    <message>
        <source>Talked before training. Daniel had not realised the hours applied to quick questions; agreed to text questions and wait for the morning.</source>
        <translation>Entretien avant l’entraînement. Daniel n’avait pas compris que les horaires valaient aussi pour les questions rapides&#xa0;; il a accepté d’envoyer ses questions par SMS et d’attendre le matin.</translation>
    </message>
    <message>
        <source>Two goals agreed.</source>
        <translation>Deux objectifs convenus.</translation>
    </message>
    <message>
        <source>No calls after 18:00 on working days</source>
        <translation>Pas d’appel après 18:00 les jours ouvrés</translation>
    </message>
    <message>
        <source>Questions by email, answered next working day</source>
        <translation>Questions par e-mail, réponse le jour ouvré suivant</translation>
    </message>
    <message>
        <source>One late call in two weeks, down from four.</source>
        <translation>Un appel tardif en deux semaines, contre quatre auparavant.</translation>
    </message>
    <message>
        <source>Called at 21:45 about a missed session.</source>
        <translation>A appelé à 21:45 au sujet d’une séance manquée.</translation>
    </message>
    <message>
        <source>Talked again; Daniel asked for a clearer arrangement. A behavioural contract is next.</source>
        <translation>Nouvel entretien&#xa0;; Daniel a demandé un arrangement plus clair. Prochaine étape&#xa0;: un contrat de comportement.</translation>
    </message>
    <message>
        <source>Long emails every day asking for reassurance between sessions.</source>
        <translation>Longs e-mails chaque jour pour être rassuré entre les séances.</translation>
    </message>
    <message>
        <source>Agreed to bring worries to the session and to use the support line in a crisis.</source>
        <translation>A accepté d’apporter ses inquiétudes en séance et d’utiliser la ligne d’écoute en cas de crise.</translation>
    </message>
    <message>
        <source>Asked about the practitioner&apos;s relationship and family plans during a session.</source>
        <translation>A posé des questions sur la vie de couple et les projets familiaux du praticien pendant une séance.</translation>
    </message>
    <message>
        <source>Sofia apologised; she meant to be friendly.</source>
        <translation>Sofia s’est excusée&#xa0;; elle voulait être amicale.</translation>
    </message>
    <message>
        <source>Sessions stay on the coaching agenda</source>
        <translation>Les séances restent centrées sur le programme de coaching</translation>
    </message>
    <message>
        <source>No further personal questions.</source>
        <translation>Plus de questions personnelles.</translation>
    </message>
    <message>
        <source>Resolved after one conversation; goal met.</source>
        <translation>Résolu après un entretien&#xa0;; objectif atteint.</translation>
    </message>
    <message>
        <source>Raised his voice and swore when a mock exam went badly.</source>
        <translation>A élevé la voix et juré quand un examen blanc s’est mal passé.</translation>
    </message>
    <message>
        <source>Exam stress; agreed to ask for a pause instead.</source>
        <translation>Stress des examens&#xa0;; a accepté de demander une pause à la place.</translation>
    </message>
    <message>
        <source>Summary of our conversation.</source>
        <translation>Compte rendu de notre entretien.</translation>
    </message>
    <message>
        <source>Ask for a pause when frustrated</source>
        <translation>Demander une pause en cas de frustration</translation>
    </message>
    <message>
        <source>Shouted again at the next session.</source>
        <translation>A de nouveau crié à la séance suivante.</translation>
    </message>
    <message>
        <source>We speak calmly, even when a session is frustrating.</source>
        <translation>Nous parlons calmement, même quand une séance est frustrante.</translation>
    </message>
    <message>
        <source>Saying &quot;I need a pause&quot; and taking five minutes.</source>
        <translation>Dire «&#xa0;j’ai besoin d’une pause&#xa0;» et prendre cinq minutes.</translation>
    </message>
    <message>
        <source>No raised voice or swearing in the next eight sessions.</source>
        <translation>Ni voix élevée ni jurons lors des huit prochaines séances.</translation>
    </message>
    <message>
        <source>A pause is asked for at least once when frustrated.</source>
        <translation>Une pause est demandée au moins une fois en cas de frustration.</translation>
    </message>
    <message>
        <source>Another outburst means a review of whether to continue tutoring.</source>
        <translation>Un nouvel emportement entraînera un réexamen de la poursuite du soutien scolaire.</translation>
    </message>
    <message>
        <source>Sent the course link.</source>
        <translation>Lien vers le cours envoyé.</translation>
    </message>
    <message>
        <source>Discussed with my supervisor; continue with the contract.</source>
        <translation>Discuté avec ma superviseuse&#xa0;; poursuite du contrat.</translation>
    </message>
    <message>
        <source>Sent several messages through a social network over the weekend.</source>
        <translation>A envoyé plusieurs messages via un réseau social pendant le week-end.</translation>
    </message>
    <message>
        <source>Agreed to use the messaging app only.</source>
        <translation>A accepté de n’utiliser que la messagerie.</translation>
    </message>
    <message>
        <source>Messages through the agreed app only</source>
        <translation>Messages uniquement via la messagerie convenue</translation>
    </message>
    <message>
        <source>Repeatedly belittled the practitioner&apos;s advice in front of his team.</source>
        <translation>A dénigré à plusieurs reprises les conseils du praticien devant son équipe.</translation>
    </message>
    <message>
        <source>Talked privately.</source>
        <translation>Entretien en privé.</translation>
    </message>
    <message>
        <source>Consulted a colleague after it continued.</source>
        <translation>Consultation d’un collègue après la poursuite du comportement.</translation>
    </message>
    <message>
        <source>Ended the engagement in writing, with a referral.</source>
        <translation>Collaboration terminée par écrit, avec une orientation vers un confrère.</translation>
    </message>
    <message>
        <source>I replied to Priya&apos;s message at 23:40; it could have waited for the morning.</source>
        <translation>J’ai répondu au message de Priya à 23:40&#xa0;; cela aurait pu attendre le matin.</translation>
    </message>
    <message>
        <source>Told Amy in two sentences that I changed careers at 35 too; we were back on her plan within a minute.</source>
        <translation>J’ai dit à Amy en deux phrases que j’avais moi aussi changé de carrière à 35 ans&#xa0;; une minute plus tard, nous étions de retour sur son plan.</translation>
    </message>
    <message>
        <source>Wanted to tell Daniel about my own knee operation. It would have been about me, not his training.</source>
        <translation>J’ai eu envie de parler à Daniel de ma propre opération du genou. Cela aurait porté sur moi, pas sur son entraînement.</translation>
    </message>
    <message>
        <source>My own studio closed in 2019. Relevant to Priya&apos;s opening, but I am not sure I can keep it short; raising it in supervision first.</source>
        <translation>Mon propre studio a fermé en 2019. C’est pertinent pour l’ouverture de Priya, mais je doute de pouvoir faire court&#xa0;; j’en parle d’abord en supervision.</translation>
    </message>
    <message>
        <source>I answered Daniel&apos;s questions on a Sunday twice; he took it as an open line.</source>
        <translation>J’ai répondu deux fois aux questions de Daniel un dimanche&#xa0;; il y a vu une ligne toujours ouverte.</translation>
    </message>
    <message>
        <source>Wanting to be helpful. Saying when I would answer helped.</source>
        <translation>L’envie de rendre service. Annoncer quand je répondrais a aidé.</translation>
    </message>
    <message>
        <source>Replies on working days only; take the Sunday messages to supervision.</source>
        <translation>Réponses les jours ouvrés uniquement&#xa0;; aborder les messages du dimanche en supervision.</translation>
    </message>
    <message>
        <source>Priya&apos;s late messages, and my own reply at 23:40.</source>
        <translation>Les messages tardifs de Priya, et ma propre réponse à 23:40.</translation>
    </message>
    <message>
        <source>Her opening date was close and I felt her stress. Muting notifications after 19:00 helped.</source>
        <translation>Son ouverture approchait et je ressentais son stress. Couper les notifications après 19:00 a aidé.</translation>
    </message>
    <message>
        <source>Keep notifications off in the evening; talk about the studio story in supervision.</source>
        <translation>Garder les notifications coupées le soir&#xa0;; parler de l’histoire du studio en supervision.</translation>
    </message>
    <message>
        <source>The working hours apply to quick questions too. Text me your questions in the evening, and I&apos;ll answer them in the morning.</source>
        <translation>Les horaires de travail valent aussi pour les petites questions. Envoyez-moi vos questions par SMS le soir, et j’y répondrai le matin.</translation>
    </message>
    <message>
        <source>You bring your worries to our sessions, and in a crisis you call the support line, which is there day and night.</source>
        <translation>Vous apportez vos inquiétudes en séance et, en cas de crise, vous appelez la ligne d’écoute, joignable jour et nuit.</translation>
    </message>
</context>
<context>
    <name>DisclosureCheck</name>
    <message>
        <source>Whose need does sharing this serve?</source>
        <translation>À quel besoin répond le fait de partager cela&#xa0;?</translation>
    </message>
    <message>
        <source>Is it relevant to what the client is working on?</source>
        <translation>Est-ce pertinent pour ce sur quoi le client travaille&#xa0;?</translation>
    </message>
    <message>
        <source>Can you say it in a sentence or two?</source>
        <translation>Pouvez-vous le dire en une ou deux phrases&#xa0;?</translation>
    </message>
    <message>
        <source>Will the focus come straight back to the client?</source>
        <translation>L’attention reviendra-t-elle aussitôt au client&#xa0;?</translation>
    </message>
    <message>
        <source>Would you be comfortable seeing it in the record?</source>
        <translation>Seriez-vous à l’aise de le voir consigné dans le dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Wanting to vent, to be supported or to be understood is a need of your own.</source>
        <translation>Vouloir vider son sac, être soutenu ou être compris est un besoin qui vous appartient.</translation>
    </message>
    <message>
        <source>A short experience can give hope or understanding when it speaks to their goal.</source>
        <translation>Une courte expérience peut donner de l’espoir ou de la compréhension quand elle rejoint son objectif.</translation>
    </message>
    <message>
        <source>How much is enough: the point, not the story.</source>
        <translation>Juste ce qu’il faut&#xa0;: l’idée, pas l’histoire.</translation>
    </message>
    <message>
        <source>Share, then hand the conversation back with a question about them.</source>
        <translation>Partagez, puis rendez-lui la parole avec une question sur lui.</translation>
    </message>
    <message>
        <source>Imagine it written in your notes of the session.</source>
        <translation>Imaginez-le écrit dans vos notes de séance.</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Pas sûr</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>Celui du client</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>It would meet a need of your own, and clients are not confidants: take it to a colleague, your supervisor or the people who support you.</source>
        <translation>Cela répondrait à un besoin qui vous appartient, et les clients ne sont pas des confidents&#xa0;: parlez-en à un collègue, à votre superviseur ou aux personnes qui vous soutiennent.</translation>
    </message>
    <message>
        <source>It is not relevant to what the client is working on, so it would spend their time on your story.</source>
        <translation>Ce n’est pas pertinent pour ce sur quoi le client travaille&#xa0;: cela consacrerait son temps à votre histoire.</translation>
    </message>
    <message>
        <source>It cannot be told briefly, and a long story turns the session towards you.</source>
        <translation>Cela ne peut pas se dire brièvement, et une longue histoire tourne la séance vers vous.</translation>
    </message>
    <message>
        <source>The focus would stay with you instead of coming straight back to the client.</source>
        <translation>L’attention resterait sur vous au lieu de revenir aussitôt au client.</translation>
    </message>
    <message>
        <source>You would not be comfortable seeing it in the record, a sign that it does not belong in the session.</source>
        <translation>Vous ne seriez pas à l’aise de le voir dans le dossier&#xa0;: signe que cela n’a pas sa place dans la séance.</translation>
    </message>
    <message>
        <source>You are not sure whose need it would serve.</source>
        <translation>Vous n’êtes pas sûr du besoin auquel cela répondrait.</translation>
    </message>
    <message>
        <source>You are not sure it is relevant to what the client is working on.</source>
        <translation>Vous n’êtes pas sûr que ce soit pertinent pour ce sur quoi le client travaille.</translation>
    </message>
    <message>
        <source>You are not sure you can keep it brief.</source>
        <translation>Vous n’êtes pas sûr de pouvoir rester bref.</translation>
    </message>
    <message>
        <source>You are not sure the focus would come straight back to the client.</source>
        <translation>Vous n’êtes pas sûr que l’attention revienne aussitôt au client.</translation>
    </message>
    <message>
        <source>You are not sure you would be comfortable seeing it in the record.</source>
        <translation>Vous n’êtes pas sûr d’être à l’aise de le voir dans le dossier.</translation>
    </message>
    <message>
        <source>When in doubt, don&apos;t: hold it back for now and talk it over with your supervisor.</source>
        <translation>Dans le doute, abstenez-vous&#xa0;: gardez-le pour vous pour l’instant et parlez-en à votre superviseur.</translation>
    </message>
    <message>
        <source>It serves the client, speaks to their goal and can be said briefly: share it in a sentence or two, then turn the conversation back to them.</source>
        <translation>Cela sert le client, rejoint son objectif et peut se dire brièvement&#xa0;: partagez-le en une ou deux phrases, puis rendez-lui la parole.</translation>
    </message>
    <message>
        <source>Go ahead, briefly</source>
        <translation>Allez-y, brièvement</translation>
    </message>
    <message>
        <source>Better not</source>
        <translation>Mieux vaut s’abstenir</translation>
    </message>
    <message>
        <source>Talk to your supervisor first</source>
        <translation>Parlez-en d’abord à votre superviseur</translation>
    </message>
</context>
<context>
    <name>DisclosureDecisions</name>
    <message>
        <source>I shared it briefly</source>
        <translation>Je l’ai partagé brièvement</translation>
    </message>
    <message>
        <source>I kept it to myself</source>
        <translation>Je l’ai gardé pour moi</translation>
    </message>
    <message>
        <source>I&apos;ll talk it over with my supervisor</source>
        <translation>J’en parlerai à mon superviseur</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>Signed on paper.</source>
        <translation>Signé sur papier.</translation>
    </message>
    <message>
        <source>Name not recorded</source>
        <translation>Nom non consigné</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Signé le %1</translation>
    </message>
    <message>
        <source>Date: ____________________</source>
        <translation>Date&#xa0;: ____________________</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>The practice</source>
        <translation>Le cabinet</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>No practitioner was named.</source>
        <translation>Aucun praticien n’a été nommé.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>No contact details were given.</source>
        <translation>Aucune coordonnée n’a été indiquée.</translation>
    </message>
    <message>
        <source>Consent to sign electronically</source>
        <translation>Consentement à la signature électronique</translation>
    </message>
    <message>
        <source>No consent statement was recorded.</source>
        <translation>Aucune déclaration de consentement n’a été consignée.</translation>
    </message>
    <message>
        <source>The client gave this consent.</source>
        <translation>Le client a donné ce consentement.</translation>
    </message>
    <message>
        <source>The client has not given this consent.</source>
        <translation>Le client n’a pas donné ce consentement.</translation>
    </message>
    <message>
        <source>Statement of intent</source>
        <translation>Déclaration d’intention</translation>
    </message>
    <message>
        <source>No statement of intent was recorded.</source>
        <translation>Aucune déclaration d’intention n’a été consignée.</translation>
    </message>
    <message>
        <source>Practitioner (countersignature)</source>
        <translation>Praticien (contreseing)</translation>
    </message>
    <message>
        <source>Not countersigned yet</source>
        <translation>Pas encore contresigné</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
    <message>
        <source>Document ID</source>
        <translation>ID du document</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Electronic, with the client&apos;s consent</source>
        <translation>Électronique, avec le consentement du client</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>Client&apos;s signature</source>
        <translation>Signature du client</translation>
    </message>
    <message>
        <source>Practitioner&apos;s signature</source>
        <translation>Signature du praticien</translation>
    </message>
    <message>
        <source>Countersigned by</source>
        <translation>Contresigné par</translation>
    </message>
    <message>
        <source>Practice time zone</source>
        <translation>Fuseau horaire du cabinet</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Practice time</source>
        <translation>Heure du cabinet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>No events were recorded.</source>
        <translation>Aucun événement n’a été consigné.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Détails techniques</translation>
    </message>
    <message>
        <source>Computer: %1. Account on it: %2.</source>
        <translation>Ordinateur&#xa0;: %1. Compte utilisé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Verifying this document</source>
        <translation>Vérifier ce document</translation>
    </message>
    <message>
        <source>Verify this document with Boundary Keeper: choose File ▸ Verify a PDF… in the app, or run &quot;boundary-keeper-cli verify FILE.pdf&quot;. The SHA-256 of the final PDF file is stored in the practice&apos;s records when it is produced; a file cannot contain its own hash, so this page carries the document ID instead. A file whose hash does not match the stored one has been altered.</source>
        <translation>Vérifiez ce document avec Boundary Keeper&#xa0;: choisissez Fichier ▸ Vérifier un PDF… dans l’application, ou exécutez «&#xa0;boundary-keeper-cli verify FILE.pdf&#xa0;». Le SHA-256 du fichier PDF final est enregistré dans les dossiers du cabinet au moment où il est produit&#xa0;; un fichier ne pouvant pas contenir sa propre empreinte, cette page porte à la place l’ID du document. Un fichier dont l’empreinte ne correspond pas à celle enregistrée a été modifié.</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n’a pas pu être terminé.</translation>
    </message>
    <message>
        <source>The PDF came out empty.</source>
        <translation>Le PDF est vide.</translation>
    </message>
    <message>
        <source>Unsigned copy · Document ID %1</source>
        <translation>Exemplaire non signé · ID du document %1</translation>
    </message>
    <message>
        <source>%1 · Document ID %2</source>
        <translation>%1 · ID du document %2</translation>
    </message>
    <message>
        <source>To ask for a paper copy or to withdraw this consent: %1.</source>
        <translation>Pour demander un exemplaire papier ou retirer ce consentement&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Signing electronically</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>Paper copy: the client may ask for a paper copy of this document at any time, free of charge, from %1.</source>
        <translation>Exemplaire papier&#xa0;: le client peut demander à tout moment, gratuitement, un exemplaire papier de ce document auprès de %1.</translation>
    </message>
    <message>
        <source>Withdrawing consent: the client may withdraw the consent to sign electronically at any time by telling the practice. Documents are then given on paper; what was signed before stays valid.</source>
        <translation>Retrait du consentement&#xa0;: le client peut retirer à tout moment son consentement à la signature électronique en le signalant au cabinet. Les documents lui sont alors remis sur papier&#xa0;; ce qui a été signé auparavant reste valable.</translation>
    </message>
    <message>
        <source>Reading and keeping it: a computer, tablet or phone that opens PDF files, and somewhere to save or print the file.</source>
        <translation>Pour le lire et le conserver&#xa0;: un ordinateur, une tablette ou un téléphone capable d’ouvrir les fichiers PDF, et un endroit où enregistrer ou imprimer le fichier.</translation>
    </message>
    <message>
        <source>Record trail at signing: %1</source>
        <translation>Journal d’audit lors de la signature&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EscalationLadder</name>
    <message>
        <source>Follow up on the goal: %1</source>
        <translation>Faire le suivi de l’objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review the behavioural contract</source>
        <translation>Faire le bilan du contrat de comportement</translation>
    </message>
    <message>
        <source>Talk about it in private</source>
        <translation>En parler en privé</translation>
    </message>
    <message>
        <source>Record the outcome and close the incident</source>
        <translation>Consigner le résultat et clore l’incident</translation>
    </message>
    <message>
        <source>The goals were met: record the outcome and close the incident</source>
        <translation>Les objectifs ont été atteints&#xa0;: consigner le résultat et clore l’incident</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>--out is required: a new or empty folder to write the export to.</source>
        <translation>--out est obligatoire&#xa0;: un dossier nouveau ou vide dans lequel écrire l’export.</translation>
    </message>
    <message>
        <source>Every file in %1 matches its manifest.</source>
        <translation>Chaque fichier de %1 correspond à son manifeste.</translation>
    </message>
    <message>
        <source>Write the whole practice as CSV, JSON and PDF files any program reads, with a manifest.</source>
        <translation>Écrire l’ensemble du cabinet sous forme de fichiers CSV, JSON et PDF lisibles par tout programme, avec un manifeste.</translation>
    </message>
    <message>
        <source>A new or empty folder to write to (required).</source>
        <translation>Un dossier nouveau ou vide dans lequel écrire (obligatoire).</translation>
    </message>
    <message>
        <source>DIR gets tables/NAME.csv and tables/NAME.json for every table, pdf/agreements/ and pdf/contracts/
with every signed PDF (named by its document ID), policy/version-N.json with each published
policy&apos;s canonical text, and manifest.json: every file with its size and SHA-256, the schema
version, the time of the export, the row counts and whose view it is (on a server a practitioner
exports only what they may see). Every file is readable by you only (0600).</source>
        <translation>DIR reçoit tables/NAME.csv et tables/NAME.json pour chaque table, pdf/agreements/ et pdf/contracts/
avec chaque PDF signé (nommé d’après son ID de document), policy/version-N.json avec le texte canonique
de chaque version publiée de la politique, et manifest.json&#xa0;: chaque fichier avec sa taille et son SHA-256, la
version du schéma, l’heure de l’export, le nombre de lignes et le point de vue de qui exporte (sur un serveur, un
praticien n’exporte que ce qu’il peut voir). Chaque fichier n’est lisible que par vous (0600).</translation>
    </message>
    <message>
        <source>Check an exported folder against its manifest.</source>
        <translation>Vérifier un dossier exporté par rapport à son manifeste.</translation>
    </message>
    <message>
        <source>Exit status 0 when every file the manifest lists is there with its size and
SHA-256 and there is no other file; 1 naming the first mismatch otherwise.</source>
        <translation>Code de sortie 0 si chaque fichier listé par le manifeste est présent avec sa taille et son
SHA-256 et qu’il n’y a aucun autre fichier&#xa0;; sinon 1, en nommant la première différence.</translation>
    </message>
    <message>
        <source>Exported %1 with %2 and %3 to %4.</source>
        <translation>Export vers %4&#xa0;: %1 avec %2 et %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>%1 is a file; name a new or empty folder.</source>
        <translation>%1 est un fichier&#xa0;; indiquez un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>%1 is not empty; name a new or empty folder, so that nothing in it is overwritten.</source>
        <translation>%1 n’est pas vide&#xa0;; indiquez un dossier nouveau ou vide, afin que rien n’y soit écrasé.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 holds no %2.</source>
        <translation>%1 ne contient pas de %2.</translation>
    </message>
    <message>
        <source>%1 is not a manifest of an export.</source>
        <translation>%1 n’est pas le manifeste d’un export.</translation>
    </message>
    <message>
        <source>The manifest names %1, which is not a file in the folder.</source>
        <translation>Le manifeste nomme %1, qui n’est pas un fichier du dossier.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 est manquant.</translation>
    </message>
    <message>
        <source>%1 differs from the manifest.</source>
        <translation>%1 diffère du manifeste.</translation>
    </message>
    <message>
        <source>%1 is not in the manifest.</source>
        <translation>%1 ne figure pas dans le manifeste.</translation>
    </message>
</context>
<context>
    <name>FollowUpCommands</name>
    <message>
        <source>“%1” is not a number of days; give a whole number from 1 to %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours&#xa0;; indiquez un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>--out is required: the calendar file to write.</source>
        <translation>--out est obligatoire&#xa0;: le fichier de calendrier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n follow-up(s) to %1.</source>
        <translation>
            <numerusform>%n suivi écrit dans %1.</numerusform>
            <numerusform>%n suivis écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>Remplace FILE s’il existe déjà.</translation>
    </message>
    <message>
        <source>List the next actions due on open incidents: overdue, today, upcoming.</source>
        <translation>Liste les prochaines actions à mener sur les incidents ouverts&#xa0;: en retard, aujourd’hui, à venir.</translation>
    </message>
    <message>
        <source>How many days after today count as upcoming (default %1).</source>
        <translation>Nombre de jours après aujourd’hui considérés comme à venir (par défaut %1).</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>Overdue follow-ups come first, then those due today, then the upcoming ones; each group
earliest first. CSV and JSON keys: when (overdue, today or upcoming), due (YYYY-MM-DD),
incident_id, client_id, client_name, boundary (key), next_action.</source>
        <translation>Les suivis en retard viennent en premier, puis ceux d’aujourd’hui, puis ceux à venir&#xa0;; dans chaque groupe,
le plus proche en premier. Clés CSV et JSON&#xa0;: when (overdue, today ou upcoming), due (AAAA-MM-JJ),
incident_id, client_id, client_name, boundary (clé), next_action.</translation>
    </message>
    <message>
        <source>Write the follow-ups as an iCalendar file that calendar programs import.</source>
        <translation>Écrit les suivis dans un fichier iCalendar que les logiciels d’agenda peuvent importer.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Le fichier à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Only upcoming follow-ups due within N days after today (default: all).</source>
        <translation>Uniquement les suivis à venir dont l’échéance tombe dans les N jours suivant aujourd’hui (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>One all-day event (RFC 5545) per follow-up on its due date: overdue ones, those due today and
the upcoming ones. An event&apos;s UID is made of its incident and due date, so importing the same
follow-ups again does not duplicate them. Your periods of reduced availability in that time are
events over their days, saying what changes (never why). The file is readable by you only (0600);
an existing file is only replaced with --force.</source>
        <translation>Un événement sur toute la journée (RFC 5545) par suivi, à sa date d’échéance&#xa0;: ceux en retard, ceux dus aujourd’hui et
ceux à venir. L’UID d’un événement est formé de son incident et de sa date d’échéance, si bien qu’importer à nouveau
les mêmes suivis ne les duplique pas. Vos périodes de disponibilité réduite sur cet intervalle sont des événements
qui couvrent leurs jours et indiquent ce qui change (jamais pourquoi). Le fichier n’est lisible que par vous (0600)&#xa0;;
un fichier existant n’est remplacé qu’avec --force.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>listing follow-ups</source>
        <translation>liste des suivis</translation>
    </message>
    <message>
        <source>counting follow-ups</source>
        <translation>comptage des suivis</translation>
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
        <translation>Client&#xa0;: %1
Limite&#xa0;: %2
Incident %3 dans Boundary Keeper</translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation>Aucune séance.</translation>
    </message>
    <message>
        <source>Slower replies.</source>
        <translation>Réponses plus lentes.</translation>
    </message>
    <message>
        <source>Covered by %1.</source>
        <translation>Remplacement assuré par %1.</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Disponibilité réduite</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>Line %1: %2 matches client %3 (%4).</source>
        <translation>Ligne %1&#xa0;: %2 correspond au client %3 (%4).</translation>
    </message>
    <message>
        <source>Line %1 rejected: %2</source>
        <translation>Ligne %1 rejetée&#xa0;: %2</translation>
    </message>
    <message>
        <source>--format: “%1” is not csv or vcard.</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n’est ni csv ni vcard.</translation>
    </message>
    <message>
        <source>--duplicates: “%1” is not skip, update-empty or new.</source>
        <translation>--duplicates&#xa0;: «&#xa0;%1&#xa0;» n’est ni skip, ni update-empty, ni new.</translation>
    </message>
    <message>
        <source>Cannot read the mapping %1: %2</source>
        <translation>Impossible de lire la correspondance des colonnes %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No column of %1 gives the clients&apos; names. Write a mapping (--mapping) that maps one to full_name, given_name or family_name.</source>
        <translation>Aucune colonne de %1 ne donne le nom des clients. Écrivez une correspondance des colonnes (--mapping) qui associe l’une d’elles à full_name, given_name ou family_name.</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the register: %1</source>
        <translation>Déjà dans le registre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Import these clients? [y/N] </source>
        <translation>Importer ces clients&#xa0;? [o/N] </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Mis à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import clients from a CSV file or a vCard address book.</source>
        <translation>Importer des clients depuis un fichier CSV ou un carnet d’adresses vCard.</translation>
    </message>
    <message>
        <source>How the file is written; by default its name and start tell.</source>
        <translation>Le format du fichier&#xa0;; par défaut, son nom et son début l’indiquent.</translation>
    </message>
    <message>
        <source>A JSON file naming the field each column fills, e.g. {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}; by default the headers tell.</source>
        <translation>Un fichier JSON indiquant le champ que remplit chaque colonne, p. ex. {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}&#xa0;; par défaut, les en-têtes l’indiquent.</translation>
    </message>
    <message>
        <source>What to do with rows that match a client by email or phone: skip them (default), fill the client&apos;s empty fields, or import them as new clients.</source>
        <translation>Que faire des lignes qui correspondent à un client par e-mail ou téléphone&#xa0;: les ignorer (par défaut), remplir les champs vides du client, ou les importer comme nouveaux clients.</translation>
    </message>
    <message>
        <source>Save the rejected rows, with line and reason, as CSV to correct and import again.</source>
        <translation>Enregistrer les lignes rejetées, avec leur numéro de ligne et leur motif, au format CSV pour les corriger et les importer à nouveau.</translation>
    </message>
    <message>
        <source>Show what the import would do; write nothing.</source>
        <translation>Montrer ce que ferait l’import&#xa0;; ne rien écrire.</translation>
    </message>
    <message>
        <source>Import without asking for confirmation.</source>
        <translation>Importer sans demander de confirmation.</translation>
    </message>
    <message>
        <source>Reads Google Contacts and Outlook CSV exports, Excel and LibreOffice CSV in any encoding and with comma, semicolon or tab, and vCard 2.1, 3.0 and 4.0. Phone numbers are read in the practice&apos;s region. Every rejected row is listed with its line and reason. The clients are written in one transaction: all or none.</source>
        <translation>Lit les exports CSV de Google Contacts et d’Outlook, les CSV d’Excel et de LibreOffice dans n’importe quel encodage, avec virgule, point-virgule ou tabulation, ainsi que les vCard 2.1, 3.0 et 4.0. Les numéros de téléphone sont lus selon la région du cabinet. Chaque ligne rejetée est listée avec son numéro de ligne et son motif. Les clients sont écrits en une seule transaction&#xa0;: tous ou aucun.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file&apos;s encoding when the one detected reads its names wrongly, e.g. windows-1252 or macintosh (Mac Roman); by default its bytes tell.</source>
        <translation>L’encodage du fichier quand celui détecté lit mal ses noms, p. ex. windows-1252 ou macintosh (Mac Roman)&#xa0;; par défaut, ses octets le disent.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d’usage</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>This is not a column mapping: it should be JSON like {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}.</source>
        <translation>Ce n’est pas une correspondance de colonnes&#xa0;: elle devrait être du JSON comme {&quot;columns&quot;: {&quot;E-mail Address&quot;: &quot;email&quot;}}.</translation>
    </message>
    <message>
        <source>The column “%1” is mapped to “%2”, which is not a field; use one of: %3.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» est associée à «&#xa0;%2&#xa0;», qui n’est pas un champ&#xa0;; utilisez l’un de&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message numerus="yes">
        <source>Imported %n client(s), updated %1, skipped %2, rejected %3.</source>
        <translation>
            <numerusform>%n client importé&#xa0;; mis à jour&#xa0;: %1, ignorés&#xa0;: %2, rejetés&#xa0;: %3.</numerusform>
            <numerusform>%n clients importés&#xa0;; mis à jour&#xa0;: %1, ignorés&#xa0;: %2, rejetés&#xa0;: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>La lecture du fichier a été annulée.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns; is a quote or delimiter misplaced?</source>
        <translation>La ligne contient %1 valeurs mais l’en-tête nomme %2 colonnes&#xa0;; un guillemet ou un séparateur est-il mal placé&#xa0;?</translation>
    </message>
    <message>
        <source>Same email address</source>
        <translation>Même adresse e-mail</translation>
    </message>
    <message>
        <source>Same phone number</source>
        <translation>Même numéro de téléphone</translation>
    </message>
    <message>
        <source>The same email address as line %1.</source>
        <translation>La même adresse e-mail qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>The same phone number as line %1.</source>
        <translation>Le même numéro de téléphone qu’à la ligne %1.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>The file holds more than %1 rows; an import reads at most %1. Split it into smaller files and import them one after the other.</source>
        <translation>Le fichier contient plus de %1 lignes&#xa0;; une importation en lit au plus %1. Divisez-le en fichiers plus petits et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>%1 has changed since it was read: read it again and check what it would import now.</source>
        <translation>%1 a changé depuis sa lecture&#xa0;: relisez-le et vérifiez ce qu’il importerait maintenant.</translation>
    </message>
    <message>
        <source>This plan was not read from a file and cannot be read again.</source>
        <translation>Ce plan n’a pas été lu depuis un fichier et ne peut pas être relu.</translation>
    </message>
    <message>
        <source>Saving the rejected rows was cancelled.</source>
        <translation>L’enregistrement des lignes rejetées a été annulé.</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an import reads files of up to %3 MB. Split it into smaller files and import them one after the other.</source>
        <translation>%1 fait %2 Mo&#xa0;; un import lit des fichiers de %3 Mo au plus. Divisez-le en fichiers plus petits et importez-les l’un après l’autre.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>Le fichier est vide&#xa0;: il n’y a rien à importer.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data. Export the address book or spreadsheet as CSV or vCard (.vcf) and import that file.</source>
        <translation>Ce n’est pas un fichier texte&#xa0;: il contient des données binaires. Exportez le carnet d’adresses ou le tableur au format CSV ou vCard (.vcf) et importez ce fichier.</translation>
    </message>
    <message>
        <source>The file is written in the encoding %1, which cannot be read here. Save it as UTF-8 and import it again.</source>
        <translation>Le fichier est écrit dans l’encodage %1, qui ne peut pas être lu ici. Enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 characters; address books and spreadsheets do not write such lines. Is this really a CSV or vCard file?</source>
        <translation>La ligne %1 dépasse %2 caractères&#xa0;; les carnets d’adresses et les tableurs n’écrivent pas de telles lignes. S’agit-il vraiment d’un fichier CSV ou vCard&#xa0;?</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, little-endian: Excel&apos;s &quot;Unicode text&quot;)</source>
        <translation>Unicode (UTF-16, little-endian&#xa0;: «&#xa0;Texte Unicode&#xa0;» d’Excel)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16, big-endian)</source>
        <translation>Unicode (UTF-16, big-endian)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Europe occidentale (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Europe occidentale (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15, with €)</source>
        <translation>Europe occidentale (ISO-8859-15, avec €)</translation>
    </message>
    <message>
        <source>Western European (Mac Roman: Excel for Mac)</source>
        <translation>Europe occidentale (Mac Roman&#xa0;: Excel pour Mac)</translation>
    </message>
    <message>
        <source>Western European (DOS, code page 850)</source>
        <translation>Europe occidentale (DOS, page de codes 850)</translation>
    </message>
    <message>
        <source>Central European (Windows-1250)</source>
        <translation>Europe centrale (Windows-1250)</translation>
    </message>
    <message>
        <source>Central European (ISO-8859-2)</source>
        <translation>Europe centrale (ISO-8859-2)</translation>
    </message>
    <message>
        <source>Cyrillic (Windows-1251)</source>
        <translation>Cyrillique (Windows-1251)</translation>
    </message>
    <message>
        <source>Cyrillic (KOI8-R)</source>
        <translation>Cyrillique (KOI8-R)</translation>
    </message>
    <message>
        <source>Greek (Windows-1253)</source>
        <translation>Grec (Windows-1253)</translation>
    </message>
    <message>
        <source>Turkish (Windows-1254)</source>
        <translation>Turc (Windows-1254)</translation>
    </message>
    <message>
        <source>Baltic (Windows-1257)</source>
        <translation>Balte (Windows-1257)</translation>
    </message>
    <message>
        <source>In %1 this file reads as binary data (bytes of zero, as UTF-16 writes them): choose another encoding.</source>
        <translation>Lu en %1, ce fichier contient des données binaires (des octets nuls, comme en écrit UTF-16)&#xa0;: choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>“%1” is not an encoding that can be read here. Choose one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un encodage lisible ici. Choisissez-en un parmi&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Major</source>
        <translation>Majeure</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineure</translation>
    </message>
    <message>
        <source>Practitioner (self-reported)</source>
        <translation>Praticien (écart personnel)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partiellement atteint</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Rédigé</translation>
    </message>
    <message>
        <source>To be signed on paper</source>
        <translation>À signer sur papier</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Outside hours</source>
        <translation>Hors horaires</translation>
    </message>
    <message>
        <source>Outside channels</source>
        <translation>Hors canaux</translation>
    </message>
    <message>
        <source>Self-reported</source>
        <translation>Écart personnel</translation>
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
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>--%1 is required; an incident needs a client, a boundary and a description.</source>
        <translation>--%1 est obligatoire&#xa0;; un incident nécessite un client, une limite et une description.</translation>
    </message>
    <message>
        <source>Only the incidents of this client.</source>
        <translation>Uniquement les incidents de ce client.</translation>
    </message>
    <message>
        <source>Log a crossed boundary and print the new incident&apos;s id.</source>
        <translation>Consigne une limite franchie et affiche l’id du nouvel incident.</translation>
    </message>
    <message>
        <source>The client concerned (required).</source>
        <translation>Le client concerné (obligatoire).</translation>
    </message>
    <message>
        <source>The boundary crossed, by its key in the current policy (required; “policy show” lists the keys).</source>
        <translation>La limite franchie, par sa clé dans la politique en vigueur (obligatoire&#xa0;; «&#xa0;policy show&#xa0;» liste les clés).</translation>
    </message>
    <message>
        <source>What happened, in a few factual words (required).</source>
        <translation>Ce qui s’est passé, en quelques mots factuels (obligatoire).</translation>
    </message>
    <message>
        <source>How it happened: %1 (default in_person).</source>
        <translation>Comment cela s’est passé&#xa0;: %1 (par défaut in_person).</translation>
    </message>
    <message>
        <source>When it happened (default now), ISO 8601: 2026-03-01T21:30Z or 2026-03-01T21:30+01:00; a time without Z or an offset is in the practice&apos;s time zone (see “practice show”).</source>
        <translation>Quand cela s’est passé (par défaut maintenant), en ISO 8601&#xa0;: 2026-03-01T21:30Z ou 2026-03-01T21:30+01:00&#xa0;; une heure sans Z ni décalage est dans le fuseau horaire du cabinet (voir «&#xa0;practice show&#xa0;»).</translation>
    </message>
    <message>
        <source>%1 (default minor).</source>
        <translation>%1 (par défaut minor).</translation>
    </message>
    <message>
        <source>Who crossed it: %1 (a self-reported lapse; default client).</source>
        <translation>Qui l’a franchie&#xa0;: %1 (un écart personnel&#xa0;; par défaut client).</translation>
    </message>
    <message>
        <source>The incident is flagged automatically when it happened outside the agreed working hours or
through a channel that is not agreed, and gets its first next action on the escalation ladder.
An unknown client, a boundary that is not in the current policy, an empty description or a time
in the future is refused (exit status 1) and nothing is stored.</source>
        <translation>L’incident est signalé automatiquement lorsqu’il a eu lieu en dehors des horaires de travail convenus ou
par un canal non convenu, et reçoit sa première action sur l’échelle des conséquences.
Un client inconnu, une limite absente de la politique en vigueur, une description vide ou une heure
dans le futur sont refusés (code de sortie 1) et rien n’est enregistré.</translation>
    </message>
    <message>
        <source>List incidents, newest first.</source>
        <translation>Liste les incidents, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only incidents with this status: %1.</source>
        <translation>Uniquement les incidents ayant ce statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only open incidents whose next action is overdue.</source>
        <translation>Uniquement les incidents ouverts dont la prochaine action est en retard.</translation>
    </message>
    <message>
        <source>Only incidents about this boundary.</source>
        <translation>Uniquement les incidents portant sur cette limite.</translation>
    </message>
    <message>
        <source>Only incidents where this side crossed the boundary: %1.</source>
        <translation>Uniquement les incidents où cette partie a franchi la limite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only incidents on or after this day.</source>
        <translation>Uniquement les incidents de ce jour ou postérieurs.</translation>
    </message>
    <message>
        <source>Only incidents on or before this day.</source>
        <translation>Uniquement les incidents de ce jour ou antérieurs.</translation>
    </message>
    <message>
        <source>table (default), csv (RFC 4180, with a header row) or json (an array of objects).</source>
        <translation>table (par défaut), csv (RFC 4180, avec une ligne d’en-tête) ou json (un tableau d’objets).</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, client_id, client_name, occurred_at (UTC, ISO 8601 ending in Z),
boundary (key), policy_version, channel, severity (minor or major), by (client or
practitioner), description, outside_hours, outside_channel (true or false), step (the furthest
ladder step recorded; null before the first), next_action, next_due (YYYY-MM-DD; null when
closed), status (open or closed). Rows are read a page at a time, so any number of incidents
can be listed.</source>
        <translation>Clés CSV et JSON&#xa0;: id, client_id, client_name, occurred_at (UTC, ISO 8601 se terminant par Z),
boundary (clé), policy_version, channel, severity (minor ou major), by (client ou
practitioner), description, outside_hours, outside_channel (true ou false), step (l’étape la plus
avancée consignée sur l’échelle&#xa0;; null avant la première), next_action, next_due (AAAA-MM-JJ&#xa0;; null si
clos), status (open ou closed). Les lignes sont lues page par page&#xa0;: n’importe quel nombre d’incidents
peut donc être listé.</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Crossed by:</source>
        <translation>Franchie par&#xa0;:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <source>Boundary:</source>
        <translation>Limite&#xa0;:</translation>
    </message>
    <message>
        <source>Logged:</source>
        <translation>Consigné&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Responsible practitioner:</source>
        <translation>Praticien responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>IncidentListQuery</name>
    <message>
        <source>listing incidents</source>
        <translation>liste des incidents</translation>
    </message>
    <message>
        <source>counting incidents</source>
        <translation>comptage des incidents</translation>
    </message>
    <message>
        <source>finding the incident</source>
        <translation>recherche de l’incident</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>logging the incident</source>
        <translation>consignation de l’incident</translation>
    </message>
    <message>
        <source>reading the incident</source>
        <translation>lecture de l’incident</translation>
    </message>
    <message>
        <source>Incident %1 does not exist.</source>
        <translation>L’incident %1 n’existe pas.</translation>
    </message>
    <message>
        <source>saving the incident&apos;s next step</source>
        <translation>enregistrement de la prochaine étape de l’incident</translation>
    </message>
    <message>
        <source>closing the incident</source>
        <translation>clôture de l’incident</translation>
    </message>
    <message>
        <source>recording the step</source>
        <translation>consignation de l’étape</translation>
    </message>
    <message>
        <source>recording a goal</source>
        <translation>consignation d’un objectif</translation>
    </message>
    <message>
        <source>reading the step</source>
        <translation>lecture de l’étape</translation>
    </message>
    <message>
        <source>Step entry %1 does not exist.</source>
        <translation>L’entrée d’étape %1 n’existe pas.</translation>
    </message>
    <message>
        <source>reading the incident&apos;s steps</source>
        <translation>lecture des étapes de l’incident</translation>
    </message>
    <message>
        <source>reading the incident&apos;s goals</source>
        <translation>lecture des objectifs de l’incident</translation>
    </message>
    <message>
        <source>reading the follow-up</source>
        <translation>lecture du suivi</translation>
    </message>
    <message>
        <source>Follow-up %1 does not exist.</source>
        <translation>Le suivi %1 n’existe pas.</translation>
    </message>
    <message>
        <source>recording the follow-up</source>
        <translation>consignation du suivi</translation>
    </message>
    <message>
        <source>reading the follow-up outcome</source>
        <translation>lecture du résultat du suivi</translation>
    </message>
    <message>
        <source>Follow-up outcome %1 does not exist.</source>
        <translation>Le résultat de suivi %1 n’existe pas.</translation>
    </message>
    <message>
        <source>reading the follow-up outcomes</source>
        <translation>lecture des résultats des suivis</translation>
    </message>
    <message>
        <source>reading the client&apos;s incidents</source>
        <translation>lecture des incidents du client</translation>
    </message>
    <message>
        <source>reading the client&apos;s steps</source>
        <translation>lecture des étapes du client</translation>
    </message>
    <message>
        <source>reading the client&apos;s timeline</source>
        <translation>lecture de la chronologie du client</translation>
    </message>
    <message>
        <source>moving the due date</source>
        <translation>report de la date d’échéance</translation>
    </message>
    <message>
        <source>reading the moved due dates</source>
        <translation>lecture des dates d’échéance reportées</translation>
    </message>
    <message>
        <source>reading what the incident is checked against</source>
        <translation>lecture de ce à quoi l’incident est confronté</translation>
    </message>
</context>
<context>
    <name>IncidentService</name>
    <message>
        <source>Choose the client the incident concerns.</source>
        <translation>Choisissez le client concerné par l’incident.</translation>
    </message>
    <message>
        <source>The chosen client no longer exists.</source>
        <translation>Le client choisi n’existe plus.</translation>
    </message>
    <message>
        <source>Choose the boundary that was crossed.</source>
        <translation>Choisissez la limite qui a été franchie.</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is not part of the current policy (version %2).</source>
        <translation>La limite «&#xa0;%1&#xa0;» ne fait pas partie de la politique en vigueur (version %2).</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is not part of the policy.</source>
        <translation>La limite «&#xa0;%1&#xa0;» ne fait pas partie de la politique.</translation>
    </message>
    <message>
        <source>Describe what happened, in a few factual words.</source>
        <translation>Décrivez ce qui s’est passé, en quelques mots factuels.</translation>
    </message>
    <message>
        <source>An incident cannot be logged for a time in the future.</source>
        <translation>Un incident ne peut pas être consigné à une heure future.</translation>
    </message>
    <message>
        <source>This incident is closed; new steps can no longer be recorded on it.</source>
        <translation>Cet incident est clos&#xa0;; aucune nouvelle étape ne peut plus y être consignée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step of the practice&apos;s ladder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape de l’échelle du cabinet.</translation>
    </message>
    <message>
        <source>Note the gist of the conversation.</source>
        <translation>Notez l’essentiel de l’entretien.</translation>
    </message>
    <message>
        <source>The written summary has no text.</source>
        <translation>Le compte rendu écrit ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Set at least one goal with a follow-up date.</source>
        <translation>Fixez au moins un objectif avec une date de suivi.</translation>
    </message>
    <message>
        <source>Every goal needs a description.</source>
        <translation>Chaque objectif doit avoir une description.</translation>
    </message>
    <message>
        <source>The goal &quot;%1&quot; needs a follow-up date.</source>
        <translation>L’objectif «&#xa0;%1&#xa0;» doit avoir une date de suivi.</translation>
    </message>
    <message>
        <source>This follow-up already has an outcome; record a correction instead.</source>
        <translation>Ce suivi a déjà un résultat&#xa0;; consignez plutôt une correction.</translation>
    </message>
    <message>
        <source>Say in the contract what appropriate behaviour is.</source>
        <translation>Indiquez dans le contrat ce qu’est un comportement approprié.</translation>
    </message>
    <message>
        <source>Give the contract at least one measurable goal.</source>
        <translation>Donnez au contrat au moins un objectif mesurable.</translation>
    </message>
    <message>
        <source>Give the contract a review date.</source>
        <translation>Donnez au contrat une date de bilan.</translation>
    </message>
    <message>
        <source>Choose the provided resources from the practice library.</source>
        <translation>Choisissez les ressources fournies dans la bibliothèque du cabinet.</translation>
    </message>
    <message>
        <source>Add a short note about this step.</source>
        <translation>Ajoutez une courte note sur cette étape.</translation>
    </message>
    <message>
        <source>Describe the outcome before closing the incident.</source>
        <translation>Décrivez le résultat avant de clore l’incident.</translation>
    </message>
    <message>
        <source>This incident is already closed.</source>
        <translation>Cet incident est déjà clos.</translation>
    </message>
    <message>
        <source>The boundary of this incident is no longer part of the policy.</source>
        <translation>La limite de cet incident ne fait plus partie de la politique.</translation>
    </message>
    <message>
        <source>Record the conversation first; the summary is written from it.</source>
        <translation>Consignez d’abord l’entretien&#xa0;; le compte rendu est rédigé à partir de celui-ci.</translation>
    </message>
    <message>
        <source>Choose the date to move the follow-up to.</source>
        <translation>Choisissez la date à laquelle reporter le suivi.</translation>
    </message>
    <message>
        <source>Incident %1 has no follow-up due to move.</source>
        <translation>L’incident %1 n’a aucun suivi à échéance à reporter.</translation>
    </message>
    <message>
        <source>The follow-up of incident %1 is already due on %2.</source>
        <translation>Le suivi de l’incident %1 est déjà à échéance le %2.</translation>
    </message>
</context>
<context>
    <name>IncidentShowCommand</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Sent as: %1</source>
        <translation>Envoyé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objectifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Review on %1</source>
        <translation>Bilan le %1</translation>
    </message>
    <message>
        <source>Provided: %1</source>
        <translation>Fourni&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (aujourd’hui)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (client %2)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Crossed by</source>
        <translation>Franchie par</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Étape de l’échelle</translation>
    </message>
    <message>
        <source>none recorded yet</source>
        <translation>aucune consignée pour l’instant</translation>
    </message>
    <message>
        <source>%1 [%2], step %3 of %4</source>
        <translation>%1 [%2], étape %3 sur %4</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>Recorded steps (%1)</source>
        <translation>Étapes consignées (%1)</translation>
    </message>
    <message>
        <source>#%1  %2  %3 [%4]</source>
        <translation>#%1  %2  %3 [%4]</translation>
    </message>
    <message>
        <source>(correction of #%1)</source>
        <translation>(correction de #%1)</translation>
    </message>
    <message>
        <source>(corrected later; no longer in force)</source>
        <translation>(corrigée ensuite&#xa0;; n’est plus en vigueur)</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Consigné le %1</translation>
    </message>
    <message>
        <source>Goals (%1)</source>
        <translation>Objectifs (%1)</translation>
    </message>
    <message>
        <source>#%1  %2, follow up on %3</source>
        <translation>#%1  %2, suivi le %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(recorded %1)</source>
        <translation>(consigné le %1)</translation>
    </message>
    <message>
        <source>(correction)</source>
        <translation>(correction)</translation>
    </message>
    <message>
        <source>No outcome recorded yet.</source>
        <translation>Aucun résultat consigné pour l’instant.</translation>
    </message>
    <message>
        <source>“%1” is not an incident id; ids are whole numbers above 0, as “incidents list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id d’incident&#xa0;; les id sont des nombres entiers supérieurs à 0, comme l’affiche «&#xa0;incidents list&#xa0;».</translation>
    </message>
    <message>
        <source>Show one incident: its flags, where it stands on the ladder, every recorded step and its goals.</source>
        <translation>Affiche un incident&#xa0;: ses indicateurs, sa position sur l’échelle, chaque étape consignée et ses objectifs.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>JSON keys: those of “incidents list”, and boundary_title, next_step, outcome, closed_at,
created_at, recorded_by, responsible, created_by, changed_by (logins of practitioners), steps [{id, step, happened_at, note, details, corrects_id, corrected,
recorded_at, recorded_by}] and goals [{id, step_id, goal, due, result (in force; null before
any), outcomes [{id, result (met, partly_met or not_met), note, corrects_id, corrected,
recorded_at, recorded_by}]}]. Recorded steps and outcomes never change: a correction is a new
entry naming the one it corrects (corrects_id), and the corrected entry is marked corrected.</source>
        <translation>Clés JSON&#xa0;: celles de «&#xa0;incidents list&#xa0;», ainsi que boundary_title, next_step, outcome, closed_at,
created_at, recorded_by, responsible, created_by, changed_by (identifiants de praticiens), steps [{id, step, happened_at, note, details, corrects_id, corrected,
recorded_at, recorded_by}] et goals [{id, step_id, goal, due, result (en vigueur&#xa0;; null avant
le premier), outcomes [{id, result (met, partly_met ou not_met), note, corrects_id, corrected,
recorded_at, recorded_by}]}]. Les étapes et résultats consignés ne changent jamais&#xa0;: une correction est une nouvelle
entrée qui désigne celle qu’elle corrige (corrects_id), et l’entrée corrigée est marquée corrected.</translation>
    </message>
</context>
<context>
    <name>MetaRepository</name>
    <message>
        <source>reading settings</source>
        <translation>lecture des paramètres</translation>
    </message>
    <message>
        <source>saving settings</source>
        <translation>enregistrement des paramètres</translation>
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
        <translation>Le trousseau de clés du système a refusé l’accès au mot de passe.</translation>
    </message>
    <message>
        <source>No system keyring is available on this desktop.</source>
        <translation>Aucun trousseau de clés du système n’est disponible sur ce bureau.</translation>
    </message>
</context>
<context>
    <name>PolicyCommands</name>
    <message>
        <source>“%1” is not a policy version; versions are the whole numbers “policy versions” lists.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une version de la politique&#xa0;; les versions sont les nombres entiers que liste «&#xa0;policy versions&#xa0;».</translation>
    </message>
    <message>
        <source>Boundaries (%1)</source>
        <translation>Limites (%1)</translation>
    </message>
    <message>
        <source>%1. %2 [%3]</source>
        <translation>%1. %2 [%3]</translation>
    </message>
    <message>
        <source>Appropriate: %1</source>
        <translation>Approprié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Consequence: %1</source>
        <translation>Conséquence&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Consequence ladder (%n step(s))</source>
        <translation>
            <numerusform>Échelle des conséquences (%n étape)</numerusform>
            <numerusform>Échelle des conséquences (%n étapes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Boundary policy: draft (not published)</source>
        <translation>Politique des limites&#xa0;: brouillon (non publié)</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Dernière version</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>SHA-256 if published</source>
        <translation>SHA-256 en cas de publication</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirées</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Choose either --version or --draft, not both.</source>
        <translation>Choisissez --version ou --draft, pas les deux.</translation>
    </message>
    <message>
        <source>No policy version has been published yet. “%1 policy show --draft” shows the draft; “%1 policy publish” publishes it.</source>
        <translation>Aucune version de la politique n’a encore été publiée. «&#xa0;%1 policy show --draft&#xa0;» affiche le brouillon&#xa0;; «&#xa0;%1 policy publish&#xa0;» le publie.</translation>
    </message>
    <message>
        <source>Boundary policy, version %1</source>
        <translation>Politique des limites, version %1</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
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
        <translation>Limites</translation>
    </message>
    <message>
        <source>No policy version has been published yet.</source>
        <translation>Aucune version de la politique n’a encore été publiée.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Added: %1 [%2], at position %3</source>
        <translation>Ajoutée&#xa0;: %1 [%2], en position %3</translation>
    </message>
    <message>
        <source>Removed: %1 [%2], was at position %3</source>
        <translation>Supprimée&#xa0;: %1 [%2], était en position %3</translation>
    </message>
    <message>
        <source>Changed: %1 [%2]</source>
        <translation>Modifiée&#xa0;: %1 [%2]</translation>
    </message>
    <message>
        <source>(moved from position %1 to %2)</source>
        <translation>(déplacée de la position %1 à la position %2)</translation>
    </message>
    <message>
        <source>Versions %1 and %2 have the same content.</source>
        <translation>Les versions %1 et %2 ont le même contenu.</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2</source>
        <translation>Modifications de la version %1 à la version %2</translation>
    </message>
    <message>
        <source>Boundaries:</source>
        <translation>Limites&#xa0;:</translation>
    </message>
    <message>
        <source>Consequence ladder:</source>
        <translation>Échelle des conséquences&#xa0;:</translation>
    </message>
    <message>
        <source>Published version %1.</source>
        <translation>Version %1 publiée.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) acknowledged an older version and now need to acknowledge this one.</source>
        <translation>
            <numerusform>%n client a confirmé une version antérieure et doit maintenant confirmer celle-ci.</numerusform>
            <numerusform>%n clients ont confirmé une version antérieure et doivent maintenant confirmer celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show a published version of the boundary policy, the latest by default.</source>
        <translation>Affiche une version publiée de la politique des limites, la dernière par défaut.</translation>
    </message>
    <message>
        <source>The published version to show.</source>
        <translation>La version publiée à afficher.</translation>
    </message>
    <message>
        <source>Show the draft, which is not published yet.</source>
        <translation>Affiche le brouillon, qui n’est pas encore publié.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256 (of the canonical text),
draft (true with --draft: then version and published_at are null, sha256 is the hash the draft
would be published with, and based_on_version and retired_keys are added), boundaries [{key,
title, description, appropriate, consequence}] and ladder [{key, title, description}], in
policy order.</source>
        <translation>Clés JSON&#xa0;: version, published_at (UTC, ISO 8601 se terminant par Z), sha256 (du texte canonique),
draft (true avec --draft&#xa0;: version et published_at sont alors null, sha256 est l’empreinte avec laquelle le
brouillon serait publié, et based_on_version et retired_keys sont ajoutés), boundaries [{key,
title, description, appropriate, consequence}] et ladder [{key, title, description}], dans
l’ordre de la politique.</translation>
    </message>
    <message>
        <source>List the published versions of the boundary policy, oldest first.</source>
        <translation>Liste les versions publiées de la politique des limites, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>table (default, with a shortened hash), csv or json.</source>
        <translation>table (par défaut, avec une empreinte abrégée), csv ou json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: version, published_at (UTC, ISO 8601 ending in Z), sha256, boundary_count.</source>
        <translation>Clés CSV et JSON&#xa0;: version, published_at (UTC, ISO 8601 se terminant par Z), sha256, boundary_count.</translation>
    </message>
    <message>
        <source>Show what changed from published version A to version B.</source>
        <translation>Affiche ce qui a changé entre la version publiée A et la version B.</translation>
    </message>
    <message>
        <source>JSON keys: from and to ({version, sha256}), identical, boundaries and ladder: arrays of
{change (added, removed or changed), key, old_title, new_title, old_position, new_position
(counting from 1; null when absent), moved, fields [{field, old, new}]}. Changed items list
only the fields that differ; added and removed items list every field.</source>
        <translation>Clés JSON&#xa0;: from et to ({version, sha256}), identical, boundaries et ladder&#xa0;: des tableaux de
{change (added, removed ou changed), key, old_title, new_title, old_position, new_position
(à partir de 1&#xa0;; null si absent), moved, fields [{field, old, new}]}. Les éléments modifiés ne listent
que les champs qui diffèrent&#xa0;; les éléments ajoutés et supprimés listent tous les champs.</translation>
    </message>
    <message>
        <source>Publish the draft as the next version and print its number and SHA-256.</source>
        <translation>Publie le brouillon comme version suivante et affiche son numéro et son SHA-256.</translation>
    </message>
    <message>
        <source>A published version never changes. Publishing is refused when the draft is the
same as the latest version.</source>
        <translation>Une version publiée ne change jamais. La publication est refusée si le brouillon est
identique à la dernière version.</translation>
    </message>
</context>
<context>
    <name>PolicyField</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Appropriate behaviour</source>
        <translation>Comportement approprié</translation>
    </message>
    <message>
        <source>Consequence</source>
        <translation>Conséquence</translation>
    </message>
</context>
<context>
    <name>PolicyHtml</name>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Moved from position %1 to %2.</source>
        <translation>Déplacée de la position %1 à la position %2.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>appropriate behaviour</source>
        <translation>comportement approprié</translation>
    </message>
    <message>
        <source>consequence</source>
        <translation>conséquence</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <source>Appropriate behaviour:</source>
        <translation>Comportement approprié&#xa0;:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Conséquence&#xa0;:</translation>
    </message>
    <message>
        <source>Consequence ladder</source>
        <translation>Échelle des conséquences</translation>
    </message>
    <message>
        <source>%1 and %2 have the same content.</source>
        <translation>%1 et %2 ont le même contenu.</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>• %1 added: %2</source>
        <translation>• %1 ajoutée&#xa0;: %2</translation>
    </message>
    <message>
        <source>• %1 removed: %2</source>
        <translation>• %1 supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>• %1 changed: %2 (%3)</source>
        <translation>• %1 modifiée&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Étape de l’échelle</translation>
    </message>
</context>
<context>
    <name>PolicyRepository</name>
    <message>
        <source>reading the draft policy</source>
        <translation>lecture du brouillon de la politique</translation>
    </message>
    <message>
        <source>saving the draft policy</source>
        <translation>enregistrement du brouillon de la politique</translation>
    </message>
    <message>
        <source>publishing the policy</source>
        <translation>publication de la politique</translation>
    </message>
    <message>
        <source>reading the policy versions</source>
        <translation>lecture des versions de la politique</translation>
    </message>
    <message>
        <source>reading policy version %1</source>
        <translation>lecture de la version %1 de la politique</translation>
    </message>
    <message>
        <source>There is no published policy version %1.</source>
        <translation>Il n’existe aucune version %1 publiée de la politique.</translation>
    </message>
</context>
<context>
    <name>PolicyService</name>
    <message>
        <source>Nothing has been published yet, so there is no version to return the draft to.</source>
        <translation>Rien n’a encore été publié&#xa0;: il n’y a donc aucune version à laquelle ramener le brouillon.</translation>
    </message>
    <message>
        <source>The draft has no active boundaries. Add or restore at least one before publishing.</source>
        <translation>Le brouillon ne contient aucune limite active. Ajoutez-en ou restaurez-en au moins une avant de publier.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1, so there is nothing new to publish.</source>
        <translation>Le brouillon est identique à la version %1&#xa0;: il n’y a donc rien de nouveau à publier.</translation>
    </message>
</context>
<context>
    <name>PracticeCommands</name>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>The practice has not described itself yet; these are the defaults.</source>
        <translation>Le cabinet ne s’est pas encore décrit&#xa0;; voici les valeurs par défaut.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>present (%1 bytes)</source>
        <translation>présent (%1 octets)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Practitioner&apos;s role</source>
        <translation>Rôle du praticien</translation>
    </message>
    <message>
        <source>Client&apos;s role</source>
        <translation>Rôle du client</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services proposés</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Non proposés</translation>
    </message>
    <message>
        <source>Working hours (%1):</source>
        <translation>Horaires de travail (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Contact channels:</source>
        <translation>Canaux de contact&#xa0;:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>allowed, answered: %1</source>
        <translation>autorisé, réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Délais de réponse</translation>
    </message>
    <message>
        <source>Emergencies</source>
        <translation>Urgences</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En cas d’urgence</translation>
    </message>
    <message>
        <source>a format for the practice profile</source>
        <translation>un format pour le profil du cabinet</translation>
    </message>
    <message>
        <source>Show the practice profile: who you are, the roles, the services and the communication terms clients agree to.</source>
        <translation>Affiche le profil du cabinet&#xa0;: qui vous êtes, les rôles, les services et les conditions de communication que les clients acceptent.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>JSON keys: saved (false while the defaults are shown), name, contact_line, logo_bytes (0 when there
is no logo), practitioners [{name, title}], practitioner_role, client_role, services_offered,
services_not_offered, time_zone (IANA id), working_hours [{weekday, open, start, end}] from monday
to sunday with HH:mm times (null when closed), channels [{channel, allowed, response_time,
response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 or
us_letter).</source>
        <translation>Clés JSON&#xa0;: saved (false tant que les valeurs par défaut sont affichées), name, contact_line, logo_bytes (0 s’il
n’y a pas de logo), practitioners [{name, title}], practitioner_role, client_role, services_offered,
services_not_offered, time_zone (id IANA), working_hours [{weekday, open, start, end}] de monday
à sunday avec des heures HH:mm (null si fermé), channels [{channel, allowed, response_time,
response_hours}], response_times, emergency_definition, emergency_contact, paper_size (a4 ou
us_letter).</translation>
    </message>
</context>
<context>
    <name>PracticeCopy</name>
    <message>
        <source>listing the tables</source>
        <translation>la liste des tables</translation>
    </message>
    <message>
        <source>The tables refer to each other in a circle: %1.</source>
        <translation>Les tables se réfèrent les unes aux autres en cercle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>la lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>le décompte des lignes de %1</translation>
    </message>
    <message>
        <source>checking the signed documents of %1</source>
        <translation>la vérification des documents signés de %1</translation>
    </message>
    <message>
        <source>A practice is copied from its file to a server.</source>
        <translation>Un cabinet se copie de son fichier vers un serveur.</translation>
    </message>
    <message numerus="yes">
        <source>The practice at %1 is not empty (%2 holds %n row(s)); nothing was copied. Copy into a new, empty database.</source>
        <translation>
            <numerusform>Le cabinet à l’adresse %1 n’est pas vide (%2 contient %n ligne)&#xa0;; rien n’a été copié. Copiez vers une base de données nouvelle et vide.</numerusform>
            <numerusform>Le cabinet à l’adresse %1 n’est pas vide (%2 contient %n lignes)&#xa0;; rien n’a été copié. Copiez vers une base de données nouvelle et vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>preparing %1 for the copy</source>
        <translation>la préparation de %1 pour la copie</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>la lecture de %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>la copie de %1</translation>
    </message>
    <message>
        <source>continuing the ids of %1</source>
        <translation>la reprise des identifiants de %1</translation>
    </message>
    <message>
        <source>checking the copied references</source>
        <translation>la vérification des références copiées</translation>
    </message>
    <message>
        <source>finishing the copy of %1</source>
        <translation>la finalisation de la copie de %1</translation>
    </message>
    <message>
        <source>%1 has %2 rows in the file but %3 on the server; nothing was copied.</source>
        <translation>%1 compte %2 lignes dans le fichier mais %3 sur le serveur&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>A signed document of %1 differs after the copy (its SHA-256 does not match); nothing was copied.</source>
        <translation>Un document signé de %1 diffère après la copie (son SHA-256 ne concorde pas)&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was copied.</source>
        <translation>La copie a été annulée&#xa0;; rien n’a été copié.</translation>
    </message>
    <message>
        <source>preparing the copy</source>
        <translation>la préparation de la copie</translation>
    </message>
    <message>
        <source>recording the copy in the audit trail</source>
        <translation>consignation de la copie dans le journal d’audit</translation>
    </message>
</context>
<context>
    <name>PracticeExport</name>
    <message>
        <source>reading the table %1</source>
        <translation>lecture de la table %1</translation>
    </message>
    <message>
        <source>The export was cancelled; the folder %1 is incomplete.</source>
        <translation>L’export a été annulé&#xa0;; le dossier %1 est incomplet.</translation>
    </message>
    <message>
        <source>Exported %1 and %2 to %3.</source>
        <translation>Export vers %3&#xa0;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticeMove</name>
    <message>
        <source>Enter the address of the server&apos;s database, e.g. postgresql://anna@db.example.org/practice.</source>
        <translation>Saisissez l’adresse de la base de données du serveur, p. ex. postgresql://anna@db.example.org/cabinet.</translation>
    </message>
    <message>
        <source>A server address begins with postgresql://, e.g. postgresql://anna@db.example.org/practice.</source>
        <translation>Une adresse de serveur commence par postgresql://, p. ex. postgresql://anna@db.example.org/cabinet.</translation>
    </message>
    <message>
        <source>The move was cancelled; nothing was copied and the server&apos;s database is still empty.</source>
        <translation>Le déplacement a été annulé&#xa0;; rien n’a été copié et la base de données du serveur est toujours vide.</translation>
    </message>
</context>
<context>
    <name>PracticeProfile</name>
    <message>
        <source>Every practitioner needs a name.</source>
        <translation>Chaque praticien doit avoir un nom.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not known on this computer.</source>
        <translation>Le fuseau horaire «&#xa0;%1&#xa0;» est inconnu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose the time zone the working hours are in.</source>
        <translation>Choisissez le fuseau horaire des horaires de travail.</translation>
    </message>
    <message>
        <source>Enter the opening and closing time for %1.</source>
        <translation>Saisissez l’heure d’ouverture et de fermeture pour le %1.</translation>
    </message>
    <message>
        <source>On %1 the working hours must end after they start.</source>
        <translation>Le %1, les horaires de travail doivent se terminer après leur début.</translation>
    </message>
    <message>
        <source>The response time for %1 cannot be negative.</source>
        <translation>Le délai de réponse pour %1 ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Le logo doit être une image PNG.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; please use a smaller image.</source>
        <translation>Le logo dépasse 2 Mo&#xa0;; utilisez une image plus petite.</translation>
    </message>
</context>
<context>
    <name>PracticeProfileConflict</name>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Contact line</source>
        <translation>Ligne de contact</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Practitioner&apos;s role</source>
        <translation>Rôle du praticien</translation>
    </message>
    <message>
        <source>Client&apos;s role</source>
        <translation>Rôle du client</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services proposés</translation>
    </message>
    <message>
        <source>Services not offered</source>
        <translation>Services non proposés</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canaux de contact</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Délais de réponse</translation>
    </message>
    <message>
        <source>What counts as an emergency</source>
        <translation>Ce qui constitue une urgence</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d’urgence</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>A logo (%1)</source>
        <translation>Un logo (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1&#xa0;: %2–%3</translation>
    </message>
    <message>
        <source>%1 closed</source>
        <translation>%1&#xa0;: fermé</translation>
    </message>
    <message>
        <source>%1: not used</source>
        <translation>%1&#xa0;: non utilisé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PracticeRepository</name>
    <message>
        <source>reading the practice profile</source>
        <translation>lecture du profil du cabinet</translation>
    </message>
    <message>
        <source>saving the practice profile</source>
        <translation>enregistrement du profil du cabinet</translation>
    </message>
    <message>
        <source>The practice profile was changed elsewhere after it was read.</source>
        <translation>Le profil du cabinet a été modifié ailleurs après avoir été lu.</translation>
    </message>
</context>
<context>
    <name>PracticeRoles</name>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>owner</source>
        <comment>the role within a sentence</comment>
        <translation>propriétaire</translation>
    </message>
    <message>
        <source>practitioner</source>
        <comment>the role within a sentence</comment>
        <translation>praticien</translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>the role within a sentence</comment>
        <translation>administrateur</translation>
    </message>
</context>
<context>
    <name>PractitionerCommands</name>
    <message>
        <source>“%1” is not a practice role; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle du cabinet&#xa0;; utilisez l’un des rôles suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a client id; ids are whole numbers above 0, as “clients list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id de client&#xa0;; les id sont des nombres entiers supérieurs à 0, comme l’affiche «&#xa0;clients list&#xa0;».</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input held no password.</source>
        <translation>--password-stdin a été indiqué, mais l’entrée standard ne contenait aucun mot de passe.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Mot de passe de %1&#xa0;: </translation>
    </message>
    <message>
        <source>No password was given; nothing was changed.</source>
        <translation>Aucun mot de passe n’a été indiqué&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Le même mot de passe, une seconde fois&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for %1&apos;s password on; give it on standard input with --password-stdin.</source>
        <translation>Aucun terminal ne permet de demander le mot de passe de %1&#xa0;; fournissez-le sur l’entrée standard avec --password-stdin.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, not starting with a digit, “pg_” or “bk_”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant de connexion&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et «&#xa0;_&#xa0;», sans commencer par un chiffre, «&#xa0;pg_&#xa0;» ni «&#xa0;bk_&#xa0;».</translation>
    </message>
    <message>
        <source>adding a practitioner</source>
        <translation>ajout d’un praticien</translation>
    </message>
    <message>
        <source>Added %1 as %2; they sign in to the server as “%1” with their password.</source>
        <translation>%1 a été ajouté en tant que %2&#xa0;; la connexion au serveur se fait sous le nom «&#xa0;%1&#xa0;», avec son mot de passe.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>Practitioners work on a practice server, where each signs in as their own PostgreSQL role and
the server itself enforces what they may see and do (README, “Who may do what”). A database
file is a solo practice: these commands refuse it.</source>
        <translation>Les praticiens travaillent sur un serveur de cabinet, où chacun se connecte avec son propre rôle PostgreSQL
et où le serveur lui-même fait respecter ce que chacun peut voir et faire (README, «&#xa0;Who may do what&#xa0;»). Un fichier
de base de données est un cabinet individuel&#xa0;: ces commandes le refusent.</translation>
    </message>
    <message>
        <source>List the practice&apos;s practitioners and their roles.</source>
        <translation>Liste les praticiens du cabinet et leurs rôles.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>CSV and JSON keys: id, login, name, role (owner, practitioner, administrator), active,
created_at.</source>
        <translation>Clés CSV et JSON&#xa0;: id, login, name, role (owner, practitioner, administrator), active,
created_at.</translation>
    </message>
    <message>
        <source>Add a practitioner and create their sign-in on the server (owners only).</source>
        <translation>Ajoute un praticien et crée son identifiant de connexion sur le serveur (propriétaires uniquement).</translation>
    </message>
    <message>
        <source>Their name as the practice shows it.</source>
        <translation>Son nom tel que le cabinet l’affiche.</translation>
    </message>
    <message>
        <source>owner, practitioner (default) or administrator.</source>
        <translation>owner, practitioner (par défaut) ou administrator.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input instead of asking for it on the terminal.</source>
        <translation>Lit le mot de passe sur la première ligne de l’entrée standard au lieu de le demander dans le terminal.</translation>
    </message>
    <message>
        <source>Creates the PostgreSQL role LOGIN (LOGIN, with the password) as a member of the practice&apos;s
group role for ROLE, creating the practice&apos;s group roles and their grants the first time.
The password is asked for on the terminal, or read from standard input with
--password-stdin; it is never taken from the command line. Needs an owner with CREATEROLE.</source>
        <translation>Crée le rôle PostgreSQL LOGIN (LOGIN, avec le mot de passe) comme membre du rôle de groupe du cabinet
correspondant à ROLE, en créant les rôles de groupe du cabinet et leurs droits la première fois.
Le mot de passe est demandé dans le terminal, ou lu sur l’entrée standard avec
--password-stdin&#xa0;; il n’est jamais accepté sur la ligne de commande. Nécessite un propriétaire disposant de CREATEROLE.</translation>
    </message>
    <message>
        <source>Give a practitioner another role (owners only).</source>
        <translation>Attribue un autre rôle à un praticien (propriétaires uniquement).</translation>
    </message>
    <message>
        <source>ROLE is owner, practitioner or administrator. The practice keeps at least one owner.</source>
        <translation>ROLE vaut owner, practitioner ou administrator. Le cabinet garde toujours au moins un propriétaire.</translation>
    </message>
    <message>
        <source>Share a client with a practitioner (owners only).</source>
        <translation>Partage un client avec un praticien (propriétaires uniquement).</translation>
    </message>
    <message>
        <source>The practitioner then sees the client and everything that belongs to them: incidents and
their steps, agreements, contracts, acknowledgements and follow-ups.</source>
        <translation>Le praticien voit alors le client et tout ce qui s’y rattache&#xa0;: les incidents et
leurs étapes, les accords, les contrats, les confirmations et les suivis.</translation>
    </message>
    <message>
        <source>Client %1 is now shared with %2.</source>
        <translation>Le client %1 est désormais partagé avec %2.</translation>
    </message>
    <message>
        <source>Stop sharing a client with a practitioner (owners only).</source>
        <translation>Cesse de partager un client avec un praticien (propriétaires uniquement).</translation>
    </message>
    <message>
        <source>Client %1 is no longer shared with %2.</source>
        <translation>Le client %1 n’est plus partagé avec %2.</translation>
    </message>
    <message>
        <source>Make another practitioner responsible for a client (an owner, or the responsible one).</source>
        <translation>Rend un autre praticien responsable d’un client (un propriétaire, ou le praticien responsable).</translation>
    </message>
    <message>
        <source>A practitioner who hands their own client over no longer sees it, unless it is shared
with them.</source>
        <translation>Un praticien qui transfère son propre client ne le voit plus, sauf si ce client est partagé
avec lui.</translation>
    </message>
    <message>
        <source>%2 is now responsible for client %1.</source>
        <translation>%2 est désormais responsable du client %1.</translation>
    </message>
    <message>
        <source>%1 is now responsible for %2&apos;s clients.</source>
        <translation>%1 est désormais responsable des clients de %2.</translation>
    </message>
    <message>
        <source>%1 is inactive and can no longer sign in; their records keep their name.</source>
        <translation>%1 est inactif et ne peut plus se connecter&#xa0;; ses enregistrements gardent son nom.</translation>
    </message>
    <message>
        <source>%1 is active again and can sign in.</source>
        <translation>%1 est de nouveau actif et peut se connecter.</translation>
    </message>
    <message>
        <source>Deactivate a practitioner who leaves the practice; they can no longer sign in (owners only).</source>
        <translation>Désactiver un praticien qui quitte le cabinet&#xa0;; il ne peut plus se connecter (propriétaires uniquement).</translation>
    </message>
    <message>
        <source>Make this practitioner responsible for all of their clients in the same change.</source>
        <translation>Rendre ce praticien responsable de tous ses clients dans la même modification.</translation>
    </message>
    <message>
        <source>The server refuses the role&apos;s sign-in from then on (NOLOGIN) and takes it out of the
practice&apos;s group roles, so a session still open is refused at its next statement. Their
records and the audit trail keep their name. A practitioner still responsible for clients
is refused unless --hand-over-to names who takes them over; nobody deactivates themselves
or the practice&apos;s last active owner. “practitioners reactivate” undoes it.</source>
        <translation>Le serveur refuse dès lors la connexion du rôle (NOLOGIN) et le retire des rôles de groupe
du cabinet, de sorte qu’une session encore ouverte est refusée à sa prochaine instruction.
Ses enregistrements et le journal d’audit gardent son nom. Un praticien encore responsable
de clients est refusé, sauf si --hand-over-to désigne qui les reprend&#xa0;; personne ne se
désactive soi-même ni ne désactive le dernier propriétaire actif du cabinet.
«&#xa0;practitioners reactivate&#xa0;» l’annule.</translation>
    </message>
    <message>
        <source>Let a deactivated practitioner sign in again (owners only).</source>
        <translation>Permettre à nouveau à un praticien désactivé de se connecter (propriétaires uniquement).</translation>
    </message>
    <message>
        <source>They come back in the role they had, with their old password.</source>
        <translation>Il revient avec le rôle qu’il avait et son ancien mot de passe.</translation>
    </message>
</context>
<context>
    <name>PractitionerRepository</name>
    <message>
        <source>reading who is signed in</source>
        <translation>lecture de l’utilisateur connecté</translation>
    </message>
    <message>
        <source>recording the practitioner</source>
        <translation>enregistrement du praticien</translation>
    </message>
    <message>
        <source>reading the practitioners</source>
        <translation>lecture des praticiens</translation>
    </message>
    <message>
        <source>reading the practitioner</source>
        <translation>lecture du praticien</translation>
    </message>
    <message>
        <source>There is no practitioner with id %1.</source>
        <translation>Il n’existe aucun praticien avec l’id %1.</translation>
    </message>
    <message>
        <source>There is no practitioner “%1” in this practice.</source>
        <translation>Il n’y a aucun praticien «&#xa0;%1&#xa0;» dans ce cabinet.</translation>
    </message>
    <message>
        <source>the new practitioner</source>
        <translation>ajout du nouveau praticien</translation>
    </message>
    <message>
        <source>the practitioner&apos;s new role</source>
        <translation>changement de rôle du praticien</translation>
    </message>
    <message>
        <source>naming the practice&apos;s roles</source>
        <translation>détermination des noms des rôles du cabinet</translation>
    </message>
    <message>
        <source>granting the practice&apos;s roles their rights</source>
        <translation>attribution de leurs droits aux rôles du cabinet</translation>
    </message>
    <message>
        <source>creating the practice&apos;s roles</source>
        <translation>création des rôles du cabinet</translation>
    </message>
    <message>
        <source>creating the sign-in of %1</source>
        <translation>création de l’identifiant de connexion de %1</translation>
    </message>
    <message>
        <source>The database refused %1: %2</source>
        <translation>La base de données a refusé l’opération (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>no connection to the server</source>
        <translation>aucune connexion au serveur</translation>
    </message>
    <message>
        <source>changing the role of %1</source>
        <translation>changement du rôle de %1</translation>
    </message>
    <message>
        <source>The practice&apos;s role %1 does not exist on the server; “practitioners add” creates it.</source>
        <translation>Le rôle %1 du cabinet n’existe pas sur le serveur&#xa0;; «&#xa0;practitioners add&#xa0;» le crée.</translation>
    </message>
    <message>
        <source>sharing the client</source>
        <translation>partage du client</translation>
    </message>
    <message>
        <source>ending the sharing of the client</source>
        <translation>fin du partage du client</translation>
    </message>
    <message>
        <source>The client is not shared with that practitioner.</source>
        <translation>Le client n’est pas partagé avec ce praticien.</translation>
    </message>
    <message>
        <source>reading with whom the client is shared</source>
        <translation>lecture des praticiens avec qui le client est partagé</translation>
    </message>
    <message>
        <source>handing the client over</source>
        <translation>transfert du client</translation>
    </message>
    <message>
        <source>There is no client with id %1.</source>
        <translation>Il n’existe aucun client avec l’id %1.</translation>
    </message>
    <message>
        <source>reading who keeps the client&apos;s record</source>
        <translation>lecture des praticiens qui tiennent le dossier du client</translation>
    </message>
    <message>
        <source>reading who keeps the incident&apos;s record</source>
        <translation>lecture des praticiens qui tiennent le dossier de l’incident</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Il n’existe aucun incident avec l’id %1.</translation>
    </message>
    <message>
        <source>whether the practitioner is active</source>
        <translation>si le praticien est actif</translation>
    </message>
    <message>
        <source>letting %1 sign in again</source>
        <translation>autoriser à nouveau la connexion de %1</translation>
    </message>
    <message>
        <source>ending the sign-in of %1</source>
        <translation>fin de la connexion de %1</translation>
    </message>
    <message>
        <source>counting the practitioner&apos;s clients</source>
        <translation>décompte des clients du praticien</translation>
    </message>
    <message>
        <source>handing the practitioner&apos;s clients over</source>
        <translation>transfert des clients du praticien</translation>
    </message>
    <message>
        <source>reading whether you may still sign in</source>
        <translation>lecture de votre droit de vous connecter</translation>
    </message>
</context>
<context>
    <name>PractitionerService</name>
    <message>
        <source>Managing practitioners needs a practice server: a database file is a solo practice, whose one practitioner is the computer&apos;s user. Move the practice to a server first (“migrate --to”).</source>
        <translation>La gestion des praticiens nécessite un serveur de cabinet&#xa0;: un fichier de base de données est un cabinet individuel, dont le seul praticien est l’utilisateur de l’ordinateur. Déplacez d’abord le cabinet vers un serveur («&#xa0;migrate --to&#xa0;»).</translation>
    </message>
    <message>
        <source>Only an owner of the practice can do this (%1); you are signed in as %2.</source>
        <translation>Seul un propriétaire du cabinet peut effectuer cette opération (%1)&#xa0;; vous êtes connecté en tant que %2.</translation>
    </message>
    <message>
        <source>someone who is not a practitioner here</source>
        <translation>une personne qui n’est pas praticien de ce cabinet</translation>
    </message>
    <message>
        <source>%1 is an administrator or no longer active and cannot work with clients.</source>
        <translation>%1 est administrateur ou n’est plus actif, et ne peut pas travailler avec des clients.</translation>
    </message>
    <message>
        <source>adding a practitioner</source>
        <translation>ajout d’un praticien</translation>
    </message>
    <message>
        <source>“%1” cannot be a sign-in name: use 1 to 63 lower-case letters, digits and “_”, not starting with a digit, “pg_” or “bk_”.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un identifiant de connexion&#xa0;: utilisez de 1 à 63 lettres minuscules, chiffres et «&#xa0;_&#xa0;», sans commencer par un chiffre, «&#xa0;pg_&#xa0;» ni «&#xa0;bk_&#xa0;».</translation>
    </message>
    <message>
        <source>A new practitioner needs a password to sign in with.</source>
        <translation>Un nouveau praticien a besoin d’un mot de passe pour se connecter.</translation>
    </message>
    <message>
        <source>%1 is already a practitioner of this practice.</source>
        <translation>%1 est déjà praticien de ce cabinet.</translation>
    </message>
    <message>
        <source>changing a practitioner&apos;s role</source>
        <translation>changement du rôle d’un praticien</translation>
    </message>
    <message>
        <source>%1 is the practice&apos;s only owner; make someone else an owner first.</source>
        <translation>%1 est le seul propriétaire du cabinet&#xa0;; désignez d’abord un autre propriétaire.</translation>
    </message>
    <message>
        <source>sharing a client</source>
        <translation>partage d’un client</translation>
    </message>
    <message>
        <source>ending the sharing of a client</source>
        <translation>fin du partage d’un client</translation>
    </message>
    <message>
        <source>handing a client over</source>
        <translation>transfert d’un client</translation>
    </message>
    <message>
        <source>Only an owner or the practitioner responsible for the client can hand it over.</source>
        <translation>Seul un propriétaire ou le praticien responsable du client peut le transférer.</translation>
    </message>
    <message>
        <source>deactivating a practitioner</source>
        <translation>désactivation d’un praticien</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 est déjà inactif.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; another owner can.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même&#xa0;; un autre propriétaire le peut.</translation>
    </message>
    <message>
        <source>%1&apos;s clients go to someone who stays in the practice.</source>
        <translation>Les clients de %1 vont à quelqu’un qui reste au cabinet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still responsible for %n client(s): hand them over first, or choose who takes them over.</source>
        <translation>
            <numerusform>%1 est encore responsable de %n client&#xa0;: transférez-le d’abord ou choisissez qui le reprend.</numerusform>
            <numerusform>%1 est encore responsable de %n clients&#xa0;: transférez-les d’abord ou choisissez qui les reprend.</numerusform>
        </translation>
    </message>
    <message>
        <source>reactivating a practitioner</source>
        <translation>réactivation d’un praticien</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 est déjà actif.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 is a symbolic link; name a file, not a link.</source>
        <translation>%1 est un lien symbolique&#xa0;; indiquez un fichier, pas un lien.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n’a pas pu être enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceRules</name>
    <message>
        <source>The same boundary was crossed again after a written summary about it was sent.</source>
        <translation>La même limite a de nouveau été franchie après l’envoi d’un compte rendu écrit à son sujet.</translation>
    </message>
    <message numerus="yes">
        <source>%n incidents within %1 days.</source>
        <translation>
            <numerusform>%n incident en %1 jours.</numerusform>
            <numerusform>%n incidents en %1 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No further incident concerning &quot;%1&quot; before the review date.</source>
        <translation>Plus aucun incident concernant «&#xa0;%1&#xa0;» avant la date de bilan.</translation>
    </message>
    <message>
        <source>When something cannot wait, use the agreed channels within working hours, or write and expect an answer on the next working day.</source>
        <translation>Quand quelque chose ne peut pas attendre, utilisez les canaux convenus pendant les horaires de travail, ou écrivez et attendez une réponse le jour ouvré suivant.</translation>
    </message>
    <message>
        <source>Every follow-up meeting before the review date is attended.</source>
        <translation>Chaque rendez-vous de suivi avant la date de bilan est honoré.</translation>
    </message>
    <message>
        <source>If the contract is not kept, the next step of the practice&apos;s ladder follows, up to ending the engagement.</source>
        <translation>Si le contrat n’est pas respecté, l’étape suivante de l’échelle du cabinet s’applique, jusqu’à la fin de la collaboration.</translation>
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
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>La vérification disait</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>J’ai décidé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>List your private reflection entries (disclosure checks), newest first.</source>
        <translation>Liste vos entrées de réflexion privées (vérifications avant de partager), de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Only the entries about this client.</source>
        <translation>Uniquement les entrées concernant ce client.</translation>
    </message>
    <message>
        <source>Each entry is a disclosure check you took before sharing something personal with a client: the
check&apos;s recommendation, what you decided and your note. Entries are yours alone: they are never part
of an agreement, a contract, a written summary or any export of a client&apos;s records.
CSV and JSON keys: id, date (YYYY-MM-DD), client_id and client_name (null without a client),
recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),
serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),
note.</source>
        <translation>Chaque entrée est une vérification faite avant de partager quelque chose de personnel avec un client&#xa0;: la
recommandation de la vérification, ce que vous avez décidé et votre note. Les entrées n’appartiennent qu’à vous&#xa0;:
elles ne font jamais partie d’un accord, d’un contrat, d’un compte rendu écrit ni d’aucune exportation du dossier
d’un client. Clés CSV et JSON&#xa0;: id, date (AAAA-MM-JJ), client_id et client_name (null sans client),
recommendation (go_ahead, better_not, supervisor), decision (shared, held_back, supervisor),
serves_client, relevant_to_goal, brief, focus_returns, comfortable_in_record (yes, no, not_sure),
note.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>--out is required: the PDF file to write.</source>
        <translation>--out est obligatoire&#xa0;: le fichier PDF à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote your reflection (%n month(s) reflected on, %1 disclosure check(s)) to %2.</source>
        <translation>
            <numerusform>Votre réflexion (%n mois avec réflexion, %1 vérification(s) avant de partager) a été écrite dans %2.</numerusform>
            <numerusform>Votre réflexion (%n mois avec réflexion, %1 vérification(s) avant de partager) a été écrite dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write your monthly reflections and disclosure checks as a PDF for supervision.</source>
        <translation>Écrire vos réflexions mensuelles et vos vérifications avant de partager dans un PDF pour la supervision.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Le fichier à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Replace FILE when it already exists.</source>
        <translation>Remplace FILE s’il existe déjà.</translation>
    </message>
    <message>
        <source>Every monthly reflection with what the month looked like (your own lapses, contacts you
initiated outside hours, clients with repeated incidents, disclosure checks taken) and your
answers, then every disclosure check. The file is readable by you only (0600).</source>
        <translation>Chaque réflexion mensuelle avec l’aperçu du mois (vos écarts personnels, les contacts que vous avez initiés
hors horaires, les clients aux incidents répétés, les vérifications avant de partager effectuées) et vos
réponses, puis chaque vérification avant de partager. Le fichier n’est lisible que par vous (0600).</translation>
    </message>
    <message>
        <source>“%1” is not a reflection entry id; use the id “reflect list” shows.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un id d’entrée de réflexion&#xa0;; utilisez l’id qu’affiche «&#xa0;reflect list&#xa0;».</translation>
    </message>
    <message>
        <source>Give either --client or --no-client, not both.</source>
        <translation>Indiquez soit --client, soit --no-client, pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not an answer for --%2; use yes, no or not_sure.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une réponse valable pour --%2&#xa0;; utilisez yes, no ou not_sure.</translation>
    </message>
    <message>
        <source>“%1” is not a decision; use shared, held_back or supervisor.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une décision&#xa0;; utilisez shared, held_back ou supervisor.</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>Saved reflection entry %1 of %2: the check said “%3”; you decided “%4”.</source>
        <translation>Entrée de réflexion %1 du %2 enregistrée&#xa0;: la vérification disait «&#xa0;%3&#xa0;»&#xa0;; vous avez décidé «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>Deleting reflection entry %1 of %2 cannot be undone; give --yes to confirm.</source>
        <translation>La suppression de l’entrée de réflexion %1 du %2 est irréversible&#xa0;; indiquez --yes pour confirmer.</translation>
    </message>
    <message>
        <source>Deleted reflection entry %1 of %2.</source>
        <translation>Entrée de réflexion %1 du %2 supprimée.</translation>
    </message>
    <message>
        <source>Only the entries of this day or later.</source>
        <translation>Uniquement les entrées de ce jour ou postérieures.</translation>
    </message>
    <message>
        <source>Only the entries of this day or earlier.</source>
        <translation>Uniquement les entrées de ce jour ou antérieures.</translation>
    </message>
    <message>
        <source>Change one of your reflection entries; what is not given stays as it is.</source>
        <translation>Modifier l’une de vos entrées de réflexion&#xa0;; ce qui n’est pas indiqué reste inchangé.</translation>
    </message>
    <message>
        <source>The client the entry is about.</source>
        <translation>Le client concerné par l’entrée.</translation>
    </message>
    <message>
        <source>The entry is about no particular client.</source>
        <translation>L’entrée ne concerne aucun client en particulier.</translation>
    </message>
    <message>
        <source>The day of the check; not in the future.</source>
        <translation>Le jour de la vérification&#xa0;; pas dans le futur.</translation>
    </message>
    <message>
        <source>yes, no or not_sure: %1</source>
        <translation>yes, no ou not_sure&#xa0;: %1</translation>
    </message>
    <message>
        <source>What you decided: shared, held_back or supervisor.</source>
        <translation>Ce que vous avez décidé&#xa0;: shared, held_back ou supervisor.</translation>
    </message>
    <message>
        <source>Your note; an empty one removes it.</source>
        <translation>Votre note&#xa0;; une note vide la supprime.</translation>
    </message>
    <message>
        <source>The check&apos;s recommendation is worked out again from the answers. Only your own entries can be
changed; the audit trail records that the entry changed, never its text.</source>
        <translation>La recommandation de la vérification est recalculée à partir des réponses. Seules vos propres entrées peuvent être
modifiées&#xa0;; le journal d’audit consigne que l’entrée a changé, jamais son texte.</translation>
    </message>
    <message>
        <source>Delete one of your reflection entries for good.</source>
        <translation>Supprimer définitivement l’une de vos entrées de réflexion.</translation>
    </message>
    <message>
        <source>Confirm the deletion; it cannot be undone.</source>
        <translation>Confirmer la suppression&#xa0;; elle est irréversible.</translation>
    </message>
    <message>
        <source>Only your own entries can be deleted; the audit trail keeps that the entry existed and was
deleted, never its text.</source>
        <translation>Seules vos propres entrées peuvent être supprimées&#xa0;; le journal d’audit conserve le fait que l’entrée a existé et a été
supprimée, jamais son texte.</translation>
    </message>
</context>
<context>
    <name>ReflectionPeriods</name>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>Les trois derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
</context>
<context>
    <name>ReflectionReport</name>
    <message>
        <source>Reflection for supervision</source>
        <translation>Réflexion pour la supervision</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>No practitioner was named.</source>
        <translation>Aucun praticien n’a été nommé.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Months reflected on</source>
        <translation>Mois avec réflexion</translation>
    </message>
    <message>
        <source>Disclosure checks</source>
        <translation>Vérifications avant de partager</translation>
    </message>
    <message>
        <source>Private: this is your own reflection, for you and your supervisor. It is never part of anything a client receives.</source>
        <translation>Privé&#xa0;: il s’agit de votre propre réflexion, pour vous et votre superviseur. Elle ne fait jamais partie de ce qu’un client reçoit.</translation>
    </message>
    <message>
        <source>Monthly reflections</source>
        <translation>Réflexions mensuelles</translation>
    </message>
    <message>
        <source>No monthly reflection recorded yet.</source>
        <translation>Aucune réflexion mensuelle consignée pour l’instant.</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>Mois ignoré.</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source> (outside working hours)</source>
        <translation> (hors horaires de travail)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln incident)</numerusform>
            <numerusform>%1 (%Ln incidents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Own lapses</source>
        <translation>Écarts personnels</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien de consigné.</translation>
    </message>
    <message>
        <source>Contacts you initiated outside hours</source>
        <translation>Contacts que vous avez initiés hors horaires</translation>
    </message>
    <message>
        <source>Clients with repeated incidents</source>
        <translation>Clients aux incidents répétés</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Disclosure checks taken</source>
        <translation>Vérifications avant de partager effectuées</translation>
    </message>
    <message>
        <source>%1 (shared after %2)</source>
        <translation>%1 (partagé après %2)</translation>
    </message>
    <message>
        <source>Not answered.</source>
        <translation>Sans réponse.</translation>
    </message>
    <message>
        <source>No disclosure check recorded yet.</source>
        <translation>Aucune vérification avant de partager consignée pour l’instant.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No particular client</source>
        <translation>Aucun client en particulier</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>La vérification disait</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>J’ai décidé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Aucune note.</translation>
    </message>
    <message>
        <source>Reflection for supervision (%1)</source>
        <translation>Réflexion pour la supervision (%1)</translation>
    </message>
    <message>
        <source>Private reflection · %1</source>
        <translation>Réflexion privée · %1</translation>
    </message>
</context>
<context>
    <name>ReflectionRepository</name>
    <message>
        <source>the reflection entry</source>
        <translation>l’entrée de réflexion</translation>
    </message>
    <message>
        <source>reading the reflection entry</source>
        <translation>lecture de l’entrée de réflexion</translation>
    </message>
    <message>
        <source>There is no reflection entry with id %1.</source>
        <translation>Il n’existe aucune entrée de réflexion avec l’id %1.</translation>
    </message>
    <message>
        <source>counting reflection entries</source>
        <translation>comptage des entrées de réflexion</translation>
    </message>
    <message>
        <source>listing reflection entries</source>
        <translation>liste des entrées de réflexion</translation>
    </message>
    <message>
        <source>finding the reflection entry</source>
        <translation>recherche de l’entrée de réflexion</translation>
    </message>
    <message>
        <source>reading the redirect phrases</source>
        <translation>lecture des phrases de recentrage</translation>
    </message>
    <message>
        <source>saving the redirect phrases</source>
        <translation>enregistrement des phrases de recentrage</translation>
    </message>
    <message>
        <source>reading your own lapses</source>
        <translation>lecture de vos écarts personnels</translation>
    </message>
    <message>
        <source>reading the clients with repeated incidents</source>
        <translation>lecture des clients aux incidents répétés</translation>
    </message>
    <message>
        <source>counting the disclosure checks</source>
        <translation>décompte des vérifications avant de partager</translation>
    </message>
    <message>
        <source>the monthly reflection</source>
        <translation>la réflexion mensuelle</translation>
    </message>
    <message>
        <source>reading the monthly reflection</source>
        <translation>lecture de la réflexion mensuelle</translation>
    </message>
    <message>
        <source>listing the monthly reflections</source>
        <translation>liste des réflexions mensuelles</translation>
    </message>
    <message>
        <source>reading when the practice started</source>
        <translation>lecture de la date de début du cabinet</translation>
    </message>
    <message>
        <source>saving the reflection entry</source>
        <translation>enregistrement de l’entrée de réflexion</translation>
    </message>
    <message>
        <source>deleting the reflection entry</source>
        <translation>suppression de l’entrée de réflexion</translation>
    </message>
</context>
<context>
    <name>ReflectionService</name>
    <message>
        <source>Answer all five questions of the check (“Not sure” is an answer) before recording it.</source>
        <translation>Répondez aux cinq questions de la vérification («&#xa0;Pas sûr&#xa0;» est une réponse) avant de la consigner.</translation>
    </message>
    <message>
        <source>Say what you decided: whether you shared it, kept it to yourself or will talk it over with your supervisor.</source>
        <translation>Indiquez ce que vous avez décidé&#xa0;: si vous l’avez partagé, gardé pour vous ou si vous allez en parler à votre superviseur.</translation>
    </message>
    <message>
        <source>The date %1 is in the future; a reflection looks back.</source>
        <translation>La date %1 est dans le futur&#xa0;; une réflexion porte sur le passé.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The note holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>La note contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables, les tabulations et les sauts de ligne sont autorisés.</translation>
    </message>
    <message>
        <source>“%1…” is longer than %2 characters; a redirect phrase is one short sentence.</source>
        <translation>«&#xa0;%1…&#xa0;» dépasse %2 caractères&#xa0;; une phrase de recentrage tient en une courte phrase.</translation>
    </message>
    <message>
        <source>A phrase holds a control character (%1); only printable characters are allowed.</source>
        <translation>Une phrase contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables sont autorisés.</translation>
    </message>
    <message>
        <source>That&apos;s enough about me — what matters for you here is…</source>
        <translation>Assez parlé de moi&#xa0;: ce qui compte pour vous ici, c’est…</translation>
    </message>
    <message>
        <source>I appreciate you asking. Let&apos;s come back to what you wanted from today.</source>
        <translation>Merci de la question. Revenons à ce que vous souhaitiez tirer de cette séance.</translation>
    </message>
    <message>
        <source>That&apos;s a story for another time; I&apos;d rather hear how this week went for you.</source>
        <translation>C’est une histoire pour une autre fois&#xa0;; je préfère savoir comment s’est passée votre semaine.</translation>
    </message>
    <message>
        <source>Thank you for sharing that. How does it connect with the goal we set?</source>
        <translation>Merci de m’avoir confié cela. Quel lien avec l’objectif que nous avons fixé&#xa0;?</translation>
    </message>
    <message>
        <source>Let&apos;s keep this time for you: where would you like to pick up?</source>
        <translation>Gardons ce temps pour vous&#xa0;: où aimeriez-vous reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>Where did a boundary blur this month, on your side or a client&apos;s?</source>
        <translation>Où une limite s’est-elle estompée ce mois-ci, de votre côté ou de celui d’un client&#xa0;?</translation>
    </message>
    <message>
        <source>What tempted you to reply out of hours or to share something personal, and what helped?</source>
        <translation>Qu’est-ce qui vous a incité à répondre hors horaires ou à partager quelque chose de personnel, et qu’est-ce qui vous a aidé&#xa0;?</translation>
    </message>
    <message>
        <source>What will you do differently next month, and what will you take to supervision?</source>
        <translation>Que ferez-vous différemment le mois prochain, et qu’apporterez-vous en supervision&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is still to come; a reflection looks back.</source>
        <translation>%1 n’est pas encore terminé&#xa0;; une réflexion regarde en arrière.</translation>
    </message>
    <message>
        <source>An answer is longer than %1 characters; a few lines are enough.</source>
        <translation>Une réponse dépasse %1 caractères&#xa0;; quelques lignes suffisent.</translation>
    </message>
    <message>
        <source>An answer holds a control character (%1); only printable characters, tabs and line breaks are allowed.</source>
        <translation>Une réponse contient un caractère de contrôle (%1)&#xa0;; seuls les caractères imprimables, les tabulations et les sauts de ligne sont autorisés.</translation>
    </message>
    <message>
        <source>Answer at least one question in a few lines, or skip the month.</source>
        <translation>Répondez à au moins une question en quelques lignes, ou ignorez ce mois.</translation>
    </message>
    <message>
        <source>You reflected on %1 already; it is not skipped.</source>
        <translation>Vous avez déjà fait votre réflexion sur %1&#xa0;; ce mois n’est pas ignoré.</translation>
    </message>
    <message>
        <source>Reflection entry %1 is another practitioner&apos;s; only its author can change it.</source>
        <translation>L’entrée de réflexion %1 appartient à un autre praticien&#xa0;; seul son auteur peut la modifier.</translation>
    </message>
</context>
<context>
    <name>ResourceLibraryService</name>
    <message>
        <source>Give the resource a title.</source>
        <translation>Donnez un titre à la ressource.</translation>
    </message>
    <message>
        <source>Tick at least one boundary the resource helps with, so it is offered for those incidents.</source>
        <translation>Cochez au moins une limite pour laquelle la ressource est utile, afin qu’elle soit proposée pour ces incidents.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>A resource needs a title.</source>
        <translation>Une ressource doit avoir un titre.</translation>
    </message>
    <message>
        <source>saving the resource</source>
        <translation>enregistrement de la ressource</translation>
    </message>
    <message>
        <source>reading the resource library</source>
        <translation>lecture de la bibliothèque de ressources</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 is not a server address: it must begin with postgresql://.</source>
        <translation>%1 n’est pas une adresse de serveur&#xa0;: elle doit commencer par postgresql://.</translation>
    </message>
    <message>
        <source>The server address %1 cannot be read: %2</source>
        <translation>L’adresse de serveur %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server address %1 has a semicolon in its %2 setting, which cannot be passed on to the server.</source>
        <translation>L’adresse de serveur %1 contient, dans son paramètre %2, un point-virgule qui ne peut pas être transmis au serveur.</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Drawn by hand on screen</source>
        <translation>Tracée à la main à l’écran</translation>
    </message>
    <message>
        <source>Full name typed</source>
        <translation>Nom complet saisi</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Signé sur papier</translation>
    </message>
    <message>
        <source>Signed by hand on a printed copy; the paper original is kept by the practice.</source>
        <translation>Signé à la main sur un exemplaire imprimé&#xa0;; le cabinet conserve l’original papier.</translation>
    </message>
    <message>
        <source>The signer&apos;s name is missing.</source>
        <translation>Le nom du signataire est manquant.</translation>
    </message>
    <message>
        <source>The time of signing is missing.</source>
        <translation>L’heure de signature est manquante.</translation>
    </message>
    <message>
        <source>Nothing has been drawn.</source>
        <translation>Rien n’a été tracé.</translation>
    </message>
    <message>
        <source>No name has been typed.</source>
        <translation>Aucun nom n’a été saisi.</translation>
    </message>
</context>
<context>
    <name>SigningRecord</name>
    <message>
        <source>Document opened</source>
        <translation>Document ouvert</translation>
    </message>
    <message>
        <source>Step completed</source>
        <translation>Étape terminée</translation>
    </message>
    <message>
        <source>Consent to sign electronically given</source>
        <translation>Consentement à la signature électronique donné</translation>
    </message>
    <message>
        <source>Signing on paper chosen</source>
        <translation>Signature sur papier choisie</translation>
    </message>
    <message>
        <source>Signed by the client</source>
        <translation>Signé par le client</translation>
    </message>
    <message>
        <source>Countersigned by the practitioner</source>
        <translation>Contresigné par le praticien</translation>
    </message>
    <message>
        <source>Signed PDF produced</source>
        <translation>PDF signé produit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown computer</source>
        <translation>Ordinateur inconnu</translation>
    </message>
    <message>
        <source>Unknown user</source>
        <translation>Utilisateur inconnu</translation>
    </message>
    <message>
        <source>The client has not consented to sign electronically.</source>
        <translation>Le client n’a pas consenti à la signature électronique.</translation>
    </message>
    <message>
        <source>It has not been confirmed that the signed paper original exists.</source>
        <translation>Il n’a pas été confirmé que l’original papier signé existe.</translation>
    </message>
    <message>
        <source>The statement of intent to sign is missing.</source>
        <translation>La déclaration d’intention de signer est manquante.</translation>
    </message>
    <message>
        <source>When signing on paper, %1 must be recorded as signed on paper.</source>
        <translation>En cas de signature sur papier, %1 doit être consigné comme signé sur papier.</translation>
    </message>
    <message>
        <source>%1 signed on paper, but the document is signed electronically.</source>
        <translation>%1 a signé sur papier, mais le document est signé électroniquement.</translation>
    </message>
    <message>
        <source>The client has not signed.</source>
        <translation>Le client n’a pas signé.</translation>
    </message>
    <message>
        <source>The practitioner has not countersigned.</source>
        <translation>Le praticien n’a pas contresigné.</translation>
    </message>
</context>
<context>
    <name>SigningRows</name>
    <message>
        <source>The terms stored with document %1 cannot be read.</source>
        <translation>Les conditions enregistrées avec le document %1 ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>enregistrement du brouillon</translation>
    </message>
    <message>
        <source>saving a signature</source>
        <translation>enregistrement d’une signature</translation>
    </message>
    <message>
        <source>saving the timeline</source>
        <translation>enregistrement de la chronologie</translation>
    </message>
    <message>
        <source>reading the signatures</source>
        <translation>lecture des signatures</translation>
    </message>
    <message>
        <source>The strokes of a signature on document %1 cannot be read.</source>
        <translation>Les tracés d’une signature du document %1 ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>reading the timeline</source>
        <translation>lecture de la chronologie</translation>
    </message>
    <message>
        <source>signing the document</source>
        <translation>signature du document</translation>
    </message>
    <message>
        <source>The draft no longer exists or is already signed.</source>
        <translation>Le brouillon n’existe plus ou est déjà signé.</translation>
    </message>
    <message>
        <source>The document cannot be signed without its final PDF.</source>
        <translation>Le document ne peut pas être signé sans son PDF final.</translation>
    </message>
    <message>
        <source>reading the signed PDFs</source>
        <translation>lecture des PDF signés</translation>
    </message>
    <message>
        <source>The draft was discarded; it can no longer be changed or signed.</source>
        <translation>Le brouillon a été abandonné&#xa0;; il ne peut plus être modifié ni signé.</translation>
    </message>
    <message>
        <source>The draft has already been discarded.</source>
        <translation>Le brouillon a déjà été abandonné.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format (QLocale): day, month name, year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Not dated</source>
        <translation>Non daté</translation>
    </message>
    <message>
        <source>Written summary – %1 – %2 (%3)</source>
        <translation>Compte rendu écrit – %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Written summary</source>
        <translation>Compte rendu écrit</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>The client&apos;s name was not recorded.</source>
        <translation>Le nom du client n’a pas été consigné.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>The summary has no text.</source>
        <translation>Le compte rendu ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Written summary · %1 · %2</source>
        <translation>Compte rendu écrit · %1 · %2</translation>
    </message>
    <message>
        <source>Change in availability</source>
        <translation>Changement de disponibilité</translation>
    </message>
    <message>
        <source>Change in availability – %1 – %2 (%3)</source>
        <translation>Changement de disponibilité – %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Change in availability · %1 · %2</source>
        <translation>Changement de disponibilité · %1 · %2</translation>
    </message>
</context>
<context>
    <name>SupportedDates</name>
    <message>
        <source>Dates from %1 to %2 are supported.</source>
        <translation>Les dates du %1 au %2 sont prises en charge.</translation>
    </message>
</context>
<context>
    <name>VCardReader</name>
    <message>
        <source>The property that starts on line %1 is longer than %2 characters; address books do not write such values.</source>
        <translation>La propriété qui commence à la ligne %1 dépasse %2 caractères&#xa0;; les carnets d’adresses n’écrivent pas de telles valeurs.</translation>
    </message>
    <message>
        <source>The entry that starts on line %1 has no END:VCARD: the file may be cut short.</source>
        <translation>L’entrée qui commence à la ligne %1 n’a pas de END:VCARD&#xa0;: le fichier est peut-être tronqué.</translation>
    </message>
</context>
<context>
    <name>bk::ActivityDialog</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any change</source>
        <translation>Toute modification</translation>
    </message>
    <message>
        <source>Any record</source>
        <translation>Tout enregistrement</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Modification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind of record:</source>
        <translation>&amp;Type d’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record number:</source>
        <translation>&amp;Numéro d’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
</context>
<context>
    <name>bk::AddPractitionerDialog</name>
    <message>
        <source>Add practitioner</source>
        <translation>Ajouter un praticien</translation>
    </message>
    <message>
        <source>The new practitioner signs in to the practice server with this name and password. Tell them the password in person, never by email.</source>
        <translation>Le nouveau praticien se connecte au serveur du cabinet avec cet identifiant et ce mot de passe. Communiquez-lui le mot de passe en personne, jamais par e-mail.</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>p. ex. anna</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and “_”, not starting with a digit</source>
        <translation>Lettres minuscules, chiffres et «&#xa0;_&#xa0;», sans commencer par un chiffre</translation>
    </message>
    <message>
        <source>e.g. Anna Berg</source>
        <translation>p. ex. Anna Berg</translation>
    </message>
    <message>
        <source>&amp;Sign-in name:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add practitioner</source>
        <translation>&amp;Ajouter le praticien</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: saisissez le même mot de passe dans les deux champs.</translation>
    </message>
</context>
<context>
    <name>bk::AuditEventModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Recorded as it was</source>
        <translation>Consigné tel quel</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>bk::AvailabilityDialog</name>
    <message>
        <source>contract review on %1</source>
        <translation>bilan du contrat le %1</translation>
    </message>
    <message>
        <source>goal due on %1</source>
        <translation>objectif à échéance le %1</translation>
    </message>
    <message>
        <source>follow-up on %1</source>
        <translation>suivi le %1</translation>
    </message>
    <message>
        <source>%1, moved to %2</source>
        <translation>%1, reporté au %2</translation>
    </message>
    <message>
        <source>Reduced availability</source>
        <translation>Disponibilité réduite</translation>
    </message>
    <message>
        <source>When something personal affects your work, tell the clients concerned in good time what changes for them and whom to contact — without the personal detail.</source>
        <translation>Lorsqu’un événement personnel affecte votre travail, indiquez suffisamment à l’avance aux clients concernés ce qui change pour eux et qui contacter — sans détail personnel.</translation>
    </message>
    <message>
        <source>The period</source>
        <translation>La période</translation>
    </message>
    <message>
        <source>&amp;No sessions</source>
        <translation>Aucu&amp;ne séance</translation>
    </message>
    <message>
        <source>S&amp;lower replies to messages</source>
        <translation>Réponses aux messages p&amp;lus lentes</translation>
    </message>
    <message>
        <source>A colleague&apos;s name, if one covers</source>
        <translation>Nom d’un collègue, s’il vous remplace</translation>
    </message>
    <message>
        <source>How clients reach them</source>
        <translation>Comment les clients le joignent</translation>
    </message>
    <message>
        <source>Kept for your own record only: no notice names it.</source>
        <translation>Conservé uniquement pour votre propre dossier&#xa0;: aucun avis ne le mentionne.</translation>
    </message>
    <message>
        <source>The reason is private: it never appears in a notice.</source>
        <translation>Le motif est privé&#xa0;: il n’apparaît jamais dans un avis.</translation>
    </message>
    <message>
        <source>Recor&amp;d the period</source>
        <translation>Consi&amp;gner la période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Ce qui change&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Covered by:</source>
        <translation>&amp;Collègue remplaçant&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>C&amp;oordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>The clients affected</source>
        <translation>Les clients concernés</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>Clients concernés</translation>
    </message>
    <message>
        <source>&amp;Move their follow-ups to the day after</source>
        <translation>&amp;Reporter leurs suivis au lendemain</translation>
    </message>
    <message>
        <source>Each move is recorded; the original date stays in the record</source>
        <translation>Chaque report est consigné&#xa0;; la date d’origine reste dans le dossier</translation>
    </message>
    <message>
        <source>The notice for the client</source>
        <translation>L’avis destiné au client</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans le logiciel de messagerie</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the notice with the practice&apos;s letterhead as a PDF in the client&apos;s folder</source>
        <translation>Enregistrer l’avis en PDF, avec l’en-tête du cabinet, dans le dossier du client</translation>
    </message>
    <message>
        <source>Record as &amp;sent</source>
        <translation>Consigner comme &amp;envoyé</translation>
    </message>
    <message>
        <source>Sent as:</source>
        <translation>Envoyé sous forme de&#xa0;:</translation>
    </message>
    <message>
        <source>A new period</source>
        <translation>Une nouvelle période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(notice sent)</source>
        <translation>(avis envoyé)</translation>
    </message>
    <message numerus="yes">
        <source>The clients affected: %Ln</source>
        <translation>
            <numerusform>Client concerné&#xa0;: %Ln</numerusform>
            <numerusform>Clients concernés&#xa0;: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Move %Ln follow-up(s) to the day after</source>
        <translation>
            <numerusform>&amp;Reporter %Ln suivi au lendemain</numerusform>
            <numerusform>&amp;Reporter les %Ln suivis au lendemain</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the period to see the clients it affects.</source>
        <translation>Consignez la période pour voir les clients concernés.</translation>
    </message>
    <message>
        <source>No client has anything due in this period.</source>
        <translation>Aucun client n’a d’échéance dans cette période.</translation>
    </message>
    <message>
        <source>A notice was recorded as sent on %1.</source>
        <translation>Un avis a été consigné comme envoyé le %1.</translation>
    </message>
    <message>
        <source>No notice recorded as sent yet.</source>
        <translation>Aucun avis consigné comme envoyé pour l’instant.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the notice instead and paste it into a message.</source>
        <translation>Aucun programme de messagerie n’a pu être ouvert. Copiez plutôt l’avis et collez-le dans un message.</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Le PDF n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Saved as %1 in &lt;a href=&quot;%2&quot;&gt;the client&apos;s folder&lt;/a&gt;.</source>
        <translation>Enregistré sous %1 dans &lt;a href=&quot;%2&quot;&gt;le dossier du client&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>bk::BackupActions</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write a checked copy of the whole practice to a file you choose.</source>
        <translation>Écrire une copie vérifiée de l’ensemble du cabinet dans un fichier de votre choix.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>Replace the practice with a backup; the practice as it is now is kept as a backup first.</source>
        <translation>Remplacer le cabinet par une sauvegarde&#xa0;; le cabinet dans son état actuel est d’abord conservé comme sauvegarde.</translation>
    </message>
    <message>
        <source>Back up the practice</source>
        <translation>Sauvegarder le cabinet</translation>
    </message>
    <message>
        <source>Server backups (*.pgdump *.pgdump.bkenc)</source>
        <translation>Sauvegardes de serveur (*.pgdump *.pgdump.bkenc)</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.sqlite.bkenc)</source>
        <translation>Sauvegardes (*.sqlite *.sqlite.bkenc)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde dans %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>La sauvegarde a été annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Backed up to %1; the copy was checked.</source>
        <translation>Sauvegarde effectuée dans %1&#xa0;; la copie a été vérifiée.</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)</source>
        <translation>Sauvegardes (*.sqlite *.sqlite.bkenc *.pgdump *.pgdump.bkenc)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice on a server; this practice is kept in a file.</source>
        <translation>%1 est la sauvegarde d’un cabinet sur un serveur&#xa0;; ce cabinet-ci est conservé dans un fichier.</translation>
    </message>
    <message>
        <source>%1 is a backup of a practice kept in a file; this practice is on a server.</source>
        <translation>%1 est la sauvegarde d’un cabinet conservé dans un fichier&#xa0;; ce cabinet-ci est sur un serveur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was made %2 (database schema %3) and holds %4.

Restoring replaces the practice with it. The practice as it is now is kept as a backup first. Boundary Keeper closes the window, restores and opens the practice again.</source>
        <translation>La sauvegarde %1 a été créée le %2 (schéma de base de données %3) et contient %4.

La restauration remplace le cabinet par cette sauvegarde. Le cabinet dans son état actuel est d’abord conservé comme sauvegarde. Boundary Keeper ferme la fenêtre, restaure la sauvegarde, puis rouvre le cabinet.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
</context>
<context>
    <name>bk::BarChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>bk::BoundariesStepPage</name>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Go through each boundary together: what it means, what happens when it is crossed, and any questions. Tick each one once it has been discussed.</source>
        <translation>Passez en revue chaque limite ensemble&#xa0;: ce qu’elle signifie, ce qui se passe si elle est franchie, et toute question. Cochez chacune une fois qu’elle a été discutée.</translation>
    </message>
    <message>
        <source>The policy has changed since the client last signed. Go through the changes together and tick each added or changed boundary once it has been discussed.</source>
        <translation>La politique a changé depuis la dernière signature du client. Passez en revue les changements ensemble et cochez chaque limite ajoutée ou modifiée une fois qu’elle a été discutée.</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Modifications depuis la version %1</translation>
    </message>
    <message>
        <source>Version %1 (signed)</source>
        <translation>Version %1 (signée)</translation>
    </message>
    <message>
        <source>Version %1 (now)</source>
        <translation>Version %1 (actuelle)</translation>
    </message>
    <message numerus="yes">
        <source>No boundary was added or changed. The %n boundaries were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>Aucune limite n’a été ajoutée ni modifiée. La limite a été discutée lors de la signature de la version %1 et est consignée comme discutée.</numerusform>
            <numerusform>Aucune limite n’a été ajoutée ni modifiée. Les %n limites ont été discutées lors de la signature de la version %1 et sont consignées comme discutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n boundaries that did not change were discussed when version %1 was signed and are recorded as discussed.</source>
        <translation>
            <numerusform>La limite qui n’a pas changé a été discutée lors de la signature de la version %1 et est consignée comme discutée.</numerusform>
            <numerusform>Les %n limites qui n’ont pas changé ont été discutées lors de la signature de la version %1 et sont consignées comme discutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The policy version the client signed beside the current one: what was added, changed and removed.</source>
        <translation>La version de la politique signée par le client, mise en regard de la version actuelle&#xa0;: ce qui a été ajouté, modifié et supprimé.</translation>
    </message>
</context>
<context>
    <name>bk::BoundaryCatalogueWidget</name>
    <message>
        <source>Retire</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A short name, e.g. Contact outside working hours</source>
        <translation>Un nom court, p. ex. Contact en dehors des horaires de travail</translation>
    </message>
    <message>
        <source>Retired: kept in earlier versions, left out of the next one. Restore it to publish it again.</source>
        <translation>Retirée&#xa0;: conservée dans les versions antérieures, exclue de la suivante. Restaurez-la pour la publier à nouveau.</translation>
    </message>
    <message>
        <source>The boundary in plain language, as the client will read it</source>
        <translation>La limite en langage simple, telle que le client la lira</translation>
    </message>
    <message>
        <source>What respecting it looks like, for both of you</source>
        <translation>À quoi ressemble son respect, pour vous deux</translation>
    </message>
    <message>
        <source>What happens when it is crossed, e.g. a conversation first, then a written summary</source>
        <translation>Ce qui se passe si elle est franchie, p. ex. d’abord un entretien, puis un compte rendu écrit</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appropriate behaviour:</source>
        <translation>Comportement &amp;approprié&#xa0;:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>The language whose texts you see and edit: clients receive their documents in their own language, so each boundary needs its texts in it</source>
        <translation>La langue dont vous voyez et modifiez les textes&#xa0;: les clients reçoivent leurs documents dans leur propre langue, chaque limite a donc besoin de ses textes dans cette langue</translation>
    </message>
    <message>
        <source>Te&amp;xts in:</source>
        <translation>Te&amp;xtes en&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (main language)</source>
        <translation>%1 (langue principale)</translation>
    </message>
    <message>
        <source>Every boundary has its %1 texts.</source>
        <translation>Chaque limite a ses textes en %1.</translation>
    </message>
    <message>
        <source>Boundaries without %1 texts: %2. Agreements in %1 need them.</source>
        <translation>Limites sans textes en %1&#xa0;: %2. Les accords en %1 en ont besoin.</translation>
    </message>
    <message>
        <source>%1 (no %2 text)</source>
        <translation>%1 (pas de texte en %2)</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Co&amp;nsequence:</source>
        <translation>Co&amp;nséquence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bk::BoundaryDiscussionWidget</name>
    <message>
        <source>Boundaries; tick each one once it has been discussed</source>
        <translation>Limites&#xa0;; cochez chacune une fois qu’elle a été discutée</translation>
    </message>
    <message>
        <source>What the client asked, in their words</source>
        <translation>Ce que le client a demandé, avec ses mots</translation>
    </message>
    <message>
        <source>The answer you gave</source>
        <translation>La réponse que vous avez donnée</translation>
    </message>
    <message>
        <source>Discussed – &amp;go to the next</source>
        <translation>Discutée – &amp;limite suivante</translation>
    </message>
    <message>
        <source>Tick this boundary as discussed and go on to the next one</source>
        <translation>Cocher cette limite comme discutée et passer à la suivante</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;questions:</source>
        <translation>&amp;Questions du client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Answers given:</source>
        <translation>&amp;Réponses données&#xa0;:</translation>
    </message>
    <message>
        <source>What it looks like:</source>
        <translation>Concrètement&#xa0;:</translation>
    </message>
    <message>
        <source>If it is crossed:</source>
        <translation>En cas de dépassement&#xa0;:</translation>
    </message>
    <message>
        <source>No consequence is stated.</source>
        <translation>Aucune conséquence n’est indiquée.</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discutée</translation>
    </message>
    <message>
        <source>%1 of %2 discussed</source>
        <translation>%1 sur %2 discutées</translation>
    </message>
    <message>
        <source>Every boundary of your policy. Talk each one through with the client; a tick marks those discussed.</source>
        <translation>Toutes les limites de votre politique. Discutez de chacune avec le client&#xa0;; une coche indique celles qui ont été discutées.</translation>
    </message>
    <message>
        <source>Tick once you have talked this boundary through and the client understands it and what happens when it is crossed. Next is enabled when every boundary is ticked.</source>
        <translation>Cochez une fois que vous avez discuté de cette limite et que le client la comprend, ainsi que ce qui se passe si elle est franchie. Le bouton Suivant s’active lorsque toutes les limites sont cochées.</translation>
    </message>
    <message>
        <source>The client&apos;s questions about this boundary, in their words. They are printed in the agreement.</source>
        <translation>Les questions du client sur cette limite, avec ses mots. Elles sont imprimées dans l’accord.</translation>
    </message>
    <message>
        <source>The answers you gave. They are printed in the agreement beside the questions.</source>
        <translation>Les réponses que vous avez données. Elles sont imprimées dans l’accord, en regard des questions.</translation>
    </message>
    <message>
        <source>The boundary</source>
        <translation>La limite</translation>
    </message>
    <message>
        <source>Discussed &amp;with the client, questions answered</source>
        <translation>Discutée &amp;avec le client, questions traitées</translation>
    </message>
</context>
<context>
    <name>bk::ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Client – %1</source>
        <translation>Client – %1</translation>
    </message>
    <message>
        <source>Edit client – %1</source>
        <translation>Modifier le client – %1</translation>
    </message>
    <message>
        <source>Save and start &amp;agreement…</source>
        <translation>En&amp;registrer et démarrer l’accord…</translation>
    </message>
    <message>
        <source>Save the client and walk through the boundary agreement together</source>
        <translation>Enregistrer le client et parcourir ensemble l’accord sur les limites</translation>
    </message>
    <message>
        <source>Added %1 · last changed %2</source>
        <translation>Ajouté le %1 · dernière modification le %2</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>%1 Your changes are still here: save again to compare them with the newer version, or cancel to discard them.</source>
        <translation>%1 Vos modifications sont toujours là&#xa0;: enregistrez à nouveau pour les comparer à la version plus récente, ou annulez pour les abandonner.</translation>
    </message>
    <message>
        <source>Client deleted elsewhere</source>
        <translation>Client supprimé ailleurs</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere after you opened it, so your changes could not be saved. Save what you typed as a new client?</source>
        <translation>La fiche de %1 a été supprimée ailleurs après que vous l’avez ouverte&#xa0;; vos modifications n’ont donc pas pu être enregistrées. Enregistrer ce que vous avez saisi comme nouveau client&#xa0;?</translation>
    </message>
    <message>
        <source>Save as new client</source>
        <translation>Enregistrer comme nouveau client</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere; nothing was saved. Cancel to discard your changes.</source>
        <translation>La fiche de %1 a été supprimée ailleurs&#xa0;; rien n’a été enregistré. Annulez pour abandonner vos modifications.</translation>
    </message>
</context>
<context>
    <name>bk::ClientFormWidget</name>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>How the client likes to be addressed</source>
        <translation>Comment le client aime être appelé</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.com</translation>
    </message>
    <message>
        <source>+44 7700 900123</source>
        <translation>+33 6 12 34 56 78</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Aucune préférence</translation>
    </message>
    <message>
        <source>Goals, context, anything worth remembering about working together</source>
        <translation>Objectifs, contexte, tout ce qu’il est utile de retenir sur le travail ensemble</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom co&amp;mplet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Nom d’&amp;usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse e-ma&amp;il&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Té&amp;léphone&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>&amp;Canal préféré&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <source>Start &amp;date:</source>
        <translation>&amp;Date de début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the client&apos;s agreements, contracts and written summaries.</source>
        <translation>La langue des accords, contrats et comptes rendus écrits du client.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>Lan&amp;gue des documents&#xa0;:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
</context>
<context>
    <name>bk::ClientPicker</name>
    <message>
        <source>Type part of a name, email or phone</source>
        <translation>Saisissez une partie d’un nom, d’un e-mail ou d’un téléphone</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several clients match “%1”: choose one from the list.</source>
        <translation>Plusieurs clients correspondent à «&#xa0;%1&#xa0;»&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
</context>
<context>
    <name>bk::ClientPractitionersWidget</name>
    <message>
        <source>Share &amp;with…</source>
        <translation>&amp;Partager avec…</translation>
    </message>
    <message>
        <source>Let another practitioner see and work with this client (at once)</source>
        <translation>Permettre à un autre praticien de voir ce client et de travailler avec lui (immédiatement)</translation>
    </message>
    <message>
        <source>Stop sharin&amp;g…</source>
        <translation>C&amp;esser de partager…</translation>
    </message>
    <message>
        <source>Stop sharing this client with a practitioner (at once)</source>
        <translation>Cesser de partager ce client avec un praticien (immédiatement)</translation>
    </message>
    <message>
        <source>Hand &amp;over to…</source>
        <translation>&amp;Transférer à…</translation>
    </message>
    <message>
        <source>Make another practitioner responsible for this client (at once)</source>
        <translation>Confier la responsabilité de ce client à un autre praticien (immédiatement)</translation>
    </message>
    <message>
        <source>Responsible practitioner: %1 (you)</source>
        <translation>Praticien responsable&#xa0;: %1 (vous)</translation>
    </message>
    <message>
        <source>You no longer see this client: they are neither yours nor shared with you.</source>
        <translation>Vous n’avez plus accès à ce client&#xa0;: vous n’en êtes pas le praticien responsable et il n’est pas partagé avec vous.</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>Responsible practitioner: %1</source>
        <translation>Praticien responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created by %1 · last changed by %2</source>
        <translation>Créé par %1 · dernière modification par %2</translation>
    </message>
    <message>
        <source>Shared with nobody</source>
        <translation>Partagé avec personne</translation>
    </message>
    <message>
        <source>Shared with: %1</source>
        <translation>Partagé avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share the client</source>
        <translation>Partager le client</translation>
    </message>
    <message>
        <source>Every practitioner who works with clients already sees this client. Add a practitioner first (File ▸ Practitioners…).</source>
        <translation>Tous les praticiens qui travaillent avec des clients voient déjà ce client. Ajoutez d’abord un praticien (Fichier ▸ Gérer les praticiens…).</translation>
    </message>
    <message>
        <source>Share the client with:</source>
        <translation>Partager le client avec&#xa0;:</translation>
    </message>
    <message>
        <source>Stop sharing the client</source>
        <translation>Cesser de partager le client</translation>
    </message>
    <message>
        <source>The client is not shared with anyone.</source>
        <translation>Le client n’est partagé avec personne.</translation>
    </message>
    <message>
        <source>Stop sharing the client with:</source>
        <translation>Cesser de partager le client avec&#xa0;:</translation>
    </message>
    <message>
        <source>Hand the client over</source>
        <translation>Transférer le client</translation>
    </message>
    <message>
        <source>There is no other practitioner to hand the client over to. Add a practitioner first (File ▸ Practitioners…).</source>
        <translation>Il n’y a aucun autre praticien à qui transférer le client. Ajoutez d’abord un praticien (Fichier ▸ Gérer les praticiens…).</translation>
    </message>
    <message>
        <source>Make responsible for the client:</source>
        <translation>Confier la responsabilité du client à&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bk::ClientStepPage</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Who is the agreement with? Choose a client from your register or add a new one.</source>
        <translation>Avec qui l’accord est-il conclu&#xa0;? Choisissez un client dans votre registre ou ajoutez-en un nouveau.</translation>
    </message>
    <message>
        <source>An &amp;existing client</source>
        <translation>Un client &amp;existant</translation>
    </message>
    <message>
        <source>A ne&amp;w client</source>
        <translation>Un &amp;nouveau client</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Rechercher un nom, un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>The client was not saved. %1</source>
        <translation>Le client n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Make the agreement with someone already in your register. A client who has an agreement or a draft is asked about first.</source>
        <translation>Concluez l’accord avec une personne déjà inscrite dans votre registre. Si ce client a déjà un accord ou un brouillon, une question vous est d’abord posée à ce sujet.</translation>
    </message>
    <message>
        <source>Add the client here, with the same checks as the client form, and make the agreement with them.</source>
        <translation>Ajoutez le client ici, avec les mêmes vérifications que dans le formulaire client, et concluez l’accord avec lui.</translation>
    </message>
    <message>
        <source>Type part of the client&apos;s name, email address or phone number to find them in your register.</source>
        <translation>Saisissez une partie du nom, de l’adresse e-mail ou du numéro de téléphone du client pour le retrouver dans votre registre.</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Recherche de clients</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
</context>
<context>
    <name>bk::ClientTableModel</name>
    <message>
        <source>%1, archived</source>
        <translation>%1, archivé</translation>
    </message>
    <message>
        <source>Signed version %1 of the policy; a newer version has been published since. A draft agreement is open.</source>
        <translation>A signé la version %1 de la politique&#xa0;; une version plus récente a été publiée depuis. Un brouillon d’accord est ouvert.</translation>
    </message>
    <message>
        <source>Signed version %1 of the policy; a newer version has been published since.</source>
        <translation>A signé la version %1 de la politique&#xa0;; une version plus récente a été publiée depuis.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Canal préféré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
</context>
<context>
    <name>bk::ClientTimelineWidget</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Select a client to see their history.</source>
        <translation>Sélectionnez un client pour voir son historique.</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Agreement signed (policy version %1)</source>
        <translation>Accord signé (version de la politique %1)</translation>
    </message>
    <message>
        <source>Agreement drafted (policy version %1)</source>
        <translation>Brouillon d’accord (version de la politique %1)</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Incident&#xa0;: %1</translation>
    </message>
    <message>
        <source>Corrected: %1</source>
        <translation>Corrigé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Follow-up corrected: %1</source>
        <translation>Suivi corrigé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Follow-up: %1</source>
        <translation>Suivi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contract signed (review on %1)</source>
        <translation>Contrat signé (révision le %1)</translation>
    </message>
    <message>
        <source>Contract drafted</source>
        <translation>Contrat rédigé</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the signed PDF</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le PDF signé</translation>
    </message>
    <message>
        <source>No incidents, agreements or contracts yet.</source>
        <translation>Aucun incident, accord ni contrat pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>&amp;Abandonner le brouillon…</translation>
    </message>
    <message>
        <source>Discard this draft agreement? It stays in the records, marked discarded, and can no longer be finished.</source>
        <translation>Abandonner ce brouillon d’accord&#xa0;? Il reste dans le dossier, marqué comme abandonné, et ne pourra plus être terminé.</translation>
    </message>
    <message>
        <source>Discard this draft contract? It stays in the records, marked discarded, and can no longer be finished.</source>
        <translation>Abandonner ce brouillon de contrat&#xa0;? Il reste dans le dossier, marqué comme abandonné, et ne pourra plus être terminé.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Le brouillon n’a pas été abandonné</translation>
    </message>
    <message>
        <source>Agreement draft discarded (policy version %1)</source>
        <translation>Brouillon d’accord abandonné (version de la politique %1)</translation>
    </message>
    <message>
        <source>Contract draft discarded</source>
        <translation>Brouillon de contrat abandonné</translation>
    </message>
    <message>
        <source>Right-click or press Delete to discard the draft</source>
        <translation>Faites un clic droit ou appuyez sur Suppr pour abandonner le brouillon</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>bk::ClientsPage</name>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>Add a client to the register (%1)</source>
        <translation>Ajouter un client au registre (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected client (Enter)</source>
        <translation>Modifier le client sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>Arc&amp;hiver…</translation>
    </message>
    <message>
        <source>&amp;Delete for good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message>
        <source>Delete the selected client and everything kept about them (Shift+Delete)</source>
        <translation>Supprimer le client sélectionné et tout ce qui est conservé à son sujet (Maj+Suppr)</translation>
    </message>
    <message>
        <source>Start &amp;agreement…</source>
        <translation>Démarrer l’acc&amp;ord…</translation>
    </message>
    <message>
        <source>Walk through the boundary agreement with the selected client</source>
        <translation>Parcourir l’accord sur les limites avec le client sélectionné</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Trouver un client</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>Consi&amp;gner un incident…</translation>
    </message>
    <message>
        <source>Log a crossed boundary with the selected client</source>
        <translation>Consigner une limite franchie avec le client sélectionné</translation>
    </message>
    <message>
        <source>Check &amp;before sharing…</source>
        <translation>&amp;Vérifier avant de partager…</translation>
    </message>
    <message>
        <source>Five questions before sharing something personal with the selected client</source>
        <translation>Cinq questions avant de partager quelque chose de personnel avec le client sélectionné</translation>
    </message>
    <message>
        <source>Search name, email or phone</source>
        <translation>Rechercher un nom, un e-mail ou un téléphone</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nouvelle confirmation requise</translation>
    </message>
    <message>
        <source>Clients who acknowledged an older version of the policy</source>
        <translation>Clients ayant confirmé une version antérieure de la politique</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Afficher les archivés</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>No clients yet</source>
        <translation>Aucun client pour l’instant</translation>
    </message>
    <message>
        <source>Add the people you work with to keep their contact details, status and notes in one place.</source>
        <translation>Ajoutez les personnes avec qui vous travaillez pour garder leurs coordonnées, leur statut et vos notes au même endroit.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Resume &amp;agreement…</source>
        <translation>Reprendre l’acc&amp;ord…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>Bring the selected client back into the register</source>
        <translation>Remettre le client sélectionné dans le registre</translation>
    </message>
    <message>
        <source>Archive the selected client: kept, but out of the list (Delete)</source>
        <translation>Archiver le client sélectionné&#xa0;: conservé, mais retiré de la liste (Suppr)</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Aucun client ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No client needs to acknowledge the policy again.</source>
        <translation>Aucun client ne doit confirmer à nouveau la politique.</translation>
    </message>
    <message>
        <source>No client matches the chosen status.</source>
        <translation>Aucun client n’a le statut choisi.</translation>
    </message>
    <message>
        <source>Every client is archived. Tick “Show archived” to see them.</source>
        <translation>Tous les clients sont archivés. Cochez «&#xa0;Afficher les archivés&#xa0;» pour les voir.</translation>
    </message>
    <message>
        <source>Client not restored</source>
        <translation>Client non restauré</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Archiver le client</translation>
    </message>
    <message>
        <source>Archive %1? The client leaves the list but everything kept about them stays, and you can restore them at any time with “Show archived”.</source>
        <translation>Archiver %1&#xa0;? Le client quitte la liste, mais tout ce qui est conservé à son sujet reste, et vous pouvez le restaurer à tout moment avec «&#xa0;Afficher les archivés&#xa0;».</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Client not archived</source>
        <translation>Client non archivé</translation>
    </message>
    <message>
        <source>Delete client for good</source>
        <translation>Supprimer définitivement le client</translation>
    </message>
    <message>
        <source>Delete %1 for good? Their details and notes are erased from this database and cannot be brought back. To keep the record but take it out of the list, archive the client instead.</source>
        <translation>Supprimer définitivement %1&#xa0;? Ses coordonnées et ses notes sont effacées de cette base de données et ne pourront pas être récupérées. Pour garder le dossier tout en le retirant de la liste, archivez plutôt le client.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Client not deleted</source>
        <translation>Client non supprimé</translation>
    </message>
    <message>
        <source>Open si&amp;gned agreement</source>
        <translation>Ouvrir l’accord sig&amp;né</translation>
    </message>
    <message>
        <source>Show the selected client&apos;s signed agreement as it was signed, to save a copy or print it</source>
        <translation>Afficher l’accord signé du client sélectionné tel qu’il a été signé, pour en enregistrer une copie ou l’imprimer</translation>
    </message>
    <message>
        <source>Erase perso&amp;nal data…</source>
        <translation>Effacer les données &amp;personnelles…</translation>
    </message>
    <message>
        <source>Erase the selected client&apos;s personal data on their request; anonymised incident counts stay</source>
        <translation>Effacer les données personnelles du client sélectionné à sa demande&#xa0;; les décomptes anonymisés des incidents restent</translation>
    </message>
    <message>
        <source>E&amp;xport client&apos;s data…</source>
        <translation>E&amp;xporter les données du client…</translation>
    </message>
    <message>
        <source>Write everything held about the selected client to a folder, for their access request</source>
        <translation>Écrire toutes les données détenues sur le client sélectionné dans un dossier, pour sa demande d’accès</translation>
    </message>
    <message>
        <source>Client&apos;s data not erased</source>
        <translation>Données du client non effacées</translation>
    </message>
    <message>
        <source>Export client&apos;s data to a new folder</source>
        <translation>Exporter les données du client vers un nouveau dossier</translation>
    </message>
    <message>
        <source>client-%1-data-%2</source>
        <translation>client-%1-donnees-%2</translation>
    </message>
    <message>
        <source>Client&apos;s data not exported</source>
        <translation>Données du client non exportées</translation>
    </message>
    <message>
        <source>Client&apos;s data exported</source>
        <translation>Données du client exportées</translation>
    </message>
    <message numerus="yes">
        <source>Everything held about %1 is in %2: report.html to read or print, data.json for programs, and %n signed PDF(s).</source>
        <translation>
            <numerusform>Toutes les données détenues sur %1 se trouvent dans %2&#xa0;: report.html à lire ou imprimer, data.json pour les programmes, et %n PDF signé.</numerusform>
            <numerusform>Toutes les données détenues sur %1 se trouvent dans %2&#xa0;: report.html à lire ou imprimer, data.json pour les programmes, et %n PDF signés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Recherche de clients</translation>
    </message>
</context>
<context>
    <name>bk::CommunicationWidget</name>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Contact channels</source>
        <translation>Canaux de contact</translation>
    </message>
    <message>
        <source>When clients can expect an answer, e.g. messages within two working days; nothing is answered outside working hours</source>
        <translation>Quand les clients peuvent attendre une réponse, p. ex. messages sous deux jours ouvrés&#xa0;; rien n’est traité en dehors des horaires de travail</translation>
    </message>
    <message>
        <source>What counts as an emergency, e.g. a risk to someone&apos;s life or safety</source>
        <translation>Ce qui constitue une urgence, p. ex. un danger pour la vie ou la sécurité de quelqu’un</translation>
    </message>
    <message>
        <source>Whom to contact in an emergency and how, e.g. the local emergency number or a crisis line</source>
        <translation>Qui contacter en cas d’urgence et comment, p. ex. le numéro d’urgence local ou une ligne d’écoute</translation>
    </message>
    <message>
        <source>What counts as an &amp;emergency:</source>
        <translation>Ce qui constitue une &amp;urgence&#xa0;:</translation>
    </message>
    <message>
        <source>Whom to c&amp;ontact:</source>
        <translation>Qui &amp;contacter&#xa0;:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisé</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>What the client can expect, in words, e.g. &quot;By the next working day&quot;</source>
        <translation>Ce que le client peut attendre, en toutes lettres, p. ex. «&#xa0;Le jour ouvré suivant&#xa0;»</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>The same promise in hours, for reminders; &quot;none&quot; when no promise is made</source>
        <translation>La même promesse en heures, pour les rappels&#xa0;; «&#xa0;aucun&#xa0;» si rien n’est promis</translation>
    </message>
    <message>
        <source>Must end after it starts</source>
        <translation>Doit se terminer après le début</translation>
    </message>
    <message>
        <source>The time zone your working hours are in. Contact outside them is flagged, across daylight-saving changes too.</source>
        <translation>Le fuseau horaire de vos horaires de travail. Les contacts en dehors de ces horaires sont signalés, y compris lors des changements d’heure.</translation>
    </message>
    <message>
        <source>How soon clients can expect an answer, on which channels and days.</source>
        <translation>Dans quel délai les clients peuvent attendre une réponse, sur quels canaux et quels jours.</translation>
    </message>
    <message>
        <source>What counts as an emergency, the one reason to reach you outside the agreed hours and channels.</source>
        <translation>Ce qui constitue une urgence, seule raison de vous joindre en dehors des horaires et des canaux convenus.</translation>
    </message>
    <message>
        <source>Whom the client contacts in an emergency, and how.</source>
        <translation>Qui le client contacte en cas d’urgence, et comment.</translation>
    </message>
    <message>
        <source>Whether you work on this day, and from when to when. Contact outside these hours is flagged as after hours.</source>
        <translation>Si vous travaillez ce jour-là, et de quelle heure à quelle heure. Les contacts en dehors de ces horaires sont signalés comme hors horaires.</translation>
    </message>
    <message>
        <source>Response ti&amp;mes:</source>
        <translation>&amp;Délais de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1, à partir de</translation>
    </message>
    <message>
        <source>%1, until</source>
        <translation>%1, jusqu’à</translation>
    </message>
    <message>
        <source>%1: response time in hours</source>
        <translation>%1&#xa0;: délai de réponse en heures</translation>
    </message>
</context>
<context>
    <name>bk::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Changed elsewhere – %1</source>
        <translation>Modifié ailleurs – %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was saved by someone else after you opened it. Nothing of yours has been saved yet. Choose for each field which version to keep; saving stores the combination.</source>
        <translation>Quelqu’un d’autre a enregistré &lt;b&gt;%1&lt;/b&gt; depuis que vous avez ouvert ce dossier. Rien de ce que vous avez saisi n’a encore été enregistré. Choisissez pour chaque champ la version à garder&#xa0;; l’enregistrement conserve la combinaison obtenue.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Enregistré ailleurs</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>%1
(changed on both sides)</source>
        <translation>%1
(modifié des deux côtés)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Take the value saved elsewhere for %1</source>
        <translation>Prendre la valeur enregistrée ailleurs pour %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Keep your value for %1</source>
        <translation>Garder votre valeur pour %1</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Garder toute &amp;ma version</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Prendre toute &amp;leur version</translation>
    </message>
    <message>
        <source>Save the chosen values on top of the version saved elsewhere</source>
        <translation>Enregistrer les valeurs choisies par-dessus la version enregistrée ailleurs</translation>
    </message>
</context>
<context>
    <name>bk::ConnectDialog</name>
    <message>
        <source>Connect to practice server</source>
        <translation>Se connecter au serveur du cabinet</translation>
    </message>
    <message>
        <source>Where is the practice&apos;s PostgreSQL server? Ask whoever runs it for these details, or paste the whole address they gave you.</source>
        <translation>Où se trouve le serveur PostgreSQL du cabinet&#xa0;? Demandez ces informations à la personne qui le gère, ou collez l’adresse complète qu’elle vous a donnée.</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (vide&#xa0;: cet ordinateur)</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>cabinet</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation>Chiffrer si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Always encrypt (require)</source>
        <translation>Toujours chiffrer (require)</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate and name (verify-full; for a server outside the practice)</source>
        <translation>Chiffrer et vérifier le certificat et le nom du serveur (verify-full&#xa0;; pour un serveur extérieur au cabinet)</translation>
    </message>
    <message>
        <source>Never encrypt (disable)</source>
        <translation>Ne jamais chiffrer (disable)</translation>
    </message>
    <message>
        <source>postgresql://anna@db.example.org/practice?sslmode=verify-full</source>
        <translation>postgresql://anna@db.example.org/cabinet?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Remember password in the system keyring</source>
        <translation>Mémoriser le mot de passe dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>Or &amp;address:</source>
        <translation>Ou &amp;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>%1 The password is asked for each time (or taken from PGPASSWORD or your PostgreSQL password file).</source>
        <translation>%1 Le mot de passe sera demandé à chaque fois (ou lu dans PGPASSWORD ou dans votre fichier de mots de passe PostgreSQL).</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A server&apos;s address begins with postgresql:// (or postgres://).</source>
        <translation>L’adresse d’un serveur commence par postgresql:// (ou postgres://).</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>bk::ContractFormWidget</name>
    <message>
        <source>What appropriate behaviour is, in plain words</source>
        <translation>Ce qu’est un comportement approprié, en termes simples</translation>
    </message>
    <message>
        <source>What the client does instead</source>
        <translation>Ce que le client fait à la place</translation>
    </message>
    <message>
        <source>One measurable goal a line</source>
        <translation>Un objectif mesurable par ligne</translation>
    </message>
    <message>
        <source>What happens if the contract is not kept</source>
        <translation>Ce qui se passe si le contrat n’est pas respecté</translation>
    </message>
    <message>
        <source>A&amp;ppropriate:</source>
        <translation>A&amp;pproprié&#xa0;:</translation>
    </message>
    <message>
        <source>Rep&amp;lacement:</source>
        <translation>À &amp;la place&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Measurable goals:</source>
        <translation>Objectifs &amp;mesurables&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;onsequences:</source>
        <translation>C&amp;onséquences&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>&amp;Bilan le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bk::ContractSigningDialog</name>
    <message>
        <source>Sign the behavioural contract</source>
        <translation>Signer le contrat de comportement</translation>
    </message>
    <message>
        <source>The client consents to signing electronically:</source>
        <translation>Le client consent à la signature électronique&#xa0;:</translation>
    </message>
    <message>
        <source>Who countersigns for the practice</source>
        <translation>Qui contresigne pour le cabinet</translation>
    </message>
    <message>
        <source>The client signs</source>
        <translation>Le client signe</translation>
    </message>
    <message>
        <source>The practitioner countersigns</source>
        <translation>Le praticien contresigne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>The contract cannot be prepared. %1</source>
        <translation>Le contrat ne peut pas être préparé. %1</translation>
    </message>
    <message>
        <source>Sign and save PDF</source>
        <translation>Signer et enregistrer le PDF</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Garder comme brouillon</translation>
    </message>
    <message>
        <source>Not signed yet. %1</source>
        <translation>Pas encore signé. %1</translation>
    </message>
    <message>
        <source>Nothing was signed. %1</source>
        <translation>Rien n’a été signé. %1</translation>
    </message>
    <message>
        <source>The contract is signed and stored, but its PDF could not be saved to the client&apos;s folder. %1 Save a copy from the contract step.</source>
        <translation>Le contrat est signé et enregistré, mais son PDF n’a pas pu être enregistré dans le dossier du client. %1 Enregistrez-en une copie depuis l’étape du contrat.</translation>
    </message>
    <message>
        <source>Draft not kept</source>
        <translation>Brouillon non conservé</translation>
    </message>
    <message>
        <source>The contract draft could not be kept; signing starts afresh next time. %1</source>
        <translation>Le brouillon du contrat n’a pas pu être conservé&#xa0;; la signature reprendra de zéro la prochaine fois. %1</translation>
    </message>
    <message>
        <source>Record the contract signed on paper</source>
        <translation>Consigner le contrat signé sur papier</translation>
    </message>
    <message>
        <source>Record and save PDF</source>
        <translation>Consigner et enregistrer le PDF</translation>
    </message>
    <message>
        <source>Print the contract with blank signature lines, sign it together by hand and keep the paper original. Boundary Keeper records that the original exists and, if you like, a scan of it.</source>
        <translation>Imprimez le contrat avec des lignes de signature vierges, signez-le ensemble à la main et conservez l’original papier. Boundary Keeper consigne l’existence de l’original et, si vous le souhaitez, un scan de celui-ci.</translation>
    </message>
    <message>
        <source>P&amp;rint unsigned copy…</source>
        <translation>&amp;Imprimer un exemplaire non signé…</translation>
    </message>
    <message>
        <source>Both have &amp;signed the printed copy, and the practice keeps the paper original</source>
        <translation>Les deux parties ont si&amp;gné l’exemplaire imprimé, et le cabinet conserve l’original papier</translation>
    </message>
    <message>
        <source>Where the original is kept, e.g. the client file in the office cabinet</source>
        <translation>Où l’original est conservé, p. ex. le dossier du client dans l’armoire du bureau</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Countersigned by:</source>
        <translation>&amp;Contresigné par&#xa0;:</translation>
    </message>
    <message>
        <source>Original &amp;kept:</source>
        <translation>Lieu de l’o&amp;riginal&#xa0;:</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Scan (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>Le contrat</translation>
    </message>
    <message>
        <source>Statement of in&amp;tent:</source>
        <translation>&amp;Déclaration d’intention&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bk::ContractStepWidget</name>
    <message>
        <source>Draft from the proposal</source>
        <translation>Brouillon à partir de la proposition</translation>
    </message>
    <message>
        <source>The contract</source>
        <translation>Le contrat</translation>
    </message>
    <message>
        <source>Record the contract</source>
        <translation>Consigner le contrat</translation>
    </message>
    <message>
        <source>Optional: how the meeting went</source>
        <translation>Facultatif&#xa0;: comment s’est passé le rendez-vous</translation>
    </message>
    <message>
        <source>Record contract</source>
        <translation>Consigner le contrat</translation>
    </message>
    <message>
        <source>Record the contract as agreed, without signing it here</source>
        <translation>Consigner le contrat comme convenu, sans le signer ici</translation>
    </message>
    <message>
        <source>Sign with the client…</source>
        <translation>Signer avec le client…</translation>
    </message>
    <message>
        <source>Both sign on screen; the signed PDF is stored, saved to the client&apos;s folder and recorded on the ladder</source>
        <translation>Les deux signent à l’écran&#xa0;; le PDF signé est conservé, enregistré dans le dossier du client et consigné sur l’échelle</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>The signed contract:</source>
        <translation>Le contrat signé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreed:</source>
        <translation>&amp;Convenu le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Rule: the same boundary crossed again after a written summary.</source>
        <translation>Règle&#xa0;: la même limite a de nouveau été franchie après un compte rendu écrit.</translation>
    </message>
    <message>
        <source>Rule: repeated incidents within the practice&apos;s window.</source>
        <translation>Règle&#xa0;: incidents répétés dans la fenêtre définie par le cabinet.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (this incident)</source>
        <translation>%1 (cet incident)</translation>
    </message>
    <message>
        <source>A behavioural contract is proposed.</source>
        <translation>Un contrat de comportement est proposé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Proposed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Proposition&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The practice&apos;s rules do not call for a contract with %1 at the moment. You can still write one if the behaviour continues.</source>
        <translation>Les règles du cabinet ne demandent pas de contrat avec %1 pour le moment. Vous pouvez tout de même en rédiger un si le comportement persiste.</translation>
    </message>
    <message>
        <source>Draft from this incident</source>
        <translation>Brouillon à partir de cet incident</translation>
    </message>
    <message>
        <source>Signed by both on %1; review on %2.</source>
        <translation>Signé par les deux parties le %1&#xa0;; bilan le %2.</translation>
    </message>
    <message>
        <source>Recorded: agreed on %1, review on %2; not signed here.</source>
        <translation>Consigné&#xa0;: convenu le %1, bilan le %2&#xa0;; non signé ici.</translation>
    </message>
    <message>
        <source>No behavioural contract recorded yet.</source>
        <translation>Aucun contrat de comportement consigné pour l’instant.</translation>
    </message>
    <message>
        <source>No contract could be drafted. %1</source>
        <translation>Aucun contrat n’a pu être rédigé. %1</translation>
    </message>
    <message>
        <source>The behavioural contract was recorded.</source>
        <translation>Le contrat de comportement a été consigné.</translation>
    </message>
    <message>
        <source>The behavioural contract was signed by both and saved as %1.</source>
        <translation>Le contrat de comportement a été signé par les deux parties et enregistré sous %1.</translation>
    </message>
    <message>
        <source>The signed contract is not in the database.</source>
        <translation>Le contrat signé ne se trouve pas dans la base de données.</translation>
    </message>
    <message>
        <source>The signed contract could not be read. %1</source>
        <translation>Le contrat signé n’a pas pu être lu. %1</translation>
    </message>
    <message>
        <source>Save the signed contract</source>
        <translation>Enregistrer le contrat signé</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Le PDF n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Signed on paper…</source>
        <translation>Signé sur papier…</translation>
    </message>
    <message>
        <source>Print the contract, both sign it by hand, then record the paper original here (and a scan of it, if you like)</source>
        <translation>Imprimez le contrat, signez-le tous les deux à la main, puis consignez ici l’original papier (et un scan de celui-ci, si vous le souhaitez)</translation>
    </message>
    <message>
        <source>Open the signed PDF…</source>
        <translation>Ouvrir le PDF signé…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next on the ladder:&lt;/b&gt; the behaviour continued, so a contract with %1 is the next step for this incident.</source>
        <translation>&lt;b&gt;Suite de l’échelle&#xa0;:&lt;/b&gt; le comportement a persisté&#xa0;; un contrat avec %1 est donc l’étape suivante pour cet incident.</translation>
    </message>
</context>
<context>
    <name>bk::ConversationStepWidget</name>
    <message>
        <source>Prepare: a script in five moves</source>
        <translation>Préparer&#xa0;: une trame en cinq temps</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Rédiger à nouveau</translation>
    </message>
    <message>
        <source>Replace the text with a fresh draft from the incident and the policy</source>
        <translation>Remplacer le texte par un nouveau brouillon tiré de l’incident et de la politique</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Copier la trame dans le presse-papiers</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Conversation plan</source>
        <translation>Plan d’entretien</translation>
    </message>
    <message>
        <source>Record that it happened</source>
        <translation>Consigner qu’il a eu lieu</translation>
    </message>
    <message>
        <source>What was said and agreed, and any root cause that came up</source>
        <translation>Ce qui a été dit et convenu, et toute cause profonde apparue</translation>
    </message>
    <message>
        <source>Record conversation</source>
        <translation>Consigner l’entretien</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gist:</source>
        <translation>&amp;L’essentiel&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded: a conversation on %1. %2</source>
        <translation>Consigné&#xa0;: un entretien le %1. %2</translation>
    </message>
    <message>
        <source>No conversation recorded yet.</source>
        <translation>Aucun entretien consigné pour l’instant.</translation>
    </message>
    <message>
        <source>No script could be drafted. %1</source>
        <translation>Aucune trame n’a pu être rédigée. %1</translation>
    </message>
    <message>
        <source>The conversation was recorded.</source>
        <translation>L’entretien a été consigné.</translation>
    </message>
    <message>
        <source>Record another conversation…</source>
        <translation>Consigner un autre entretien…</translation>
    </message>
</context>
<context>
    <name>bk::DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Suivis en retard</translation>
    </message>
    <message>
        <source>Re-acknowledgement due</source>
        <translation>Nouvelle confirmation requise</translation>
    </message>
    <message>
        <source>Onboarding drafts</source>
        <translation>Brouillons d’accueil</translation>
    </message>
    <message>
        <source>Client incidents in the period</source>
        <translation>Incidents de clients sur la période</translation>
    </message>
    <message>
        <source>Median time to resolution</source>
        <translation>Délai médian de résolution</translation>
    </message>
    <message>
        <source>Self-reported lapses</source>
        <translation>Écarts personnels signalés</translation>
    </message>
    <message>
        <source>Incidents per active client per 30 days, by month</source>
        <translation>Incidents par client actif sur 30 jours, par mois</translation>
    </message>
    <message>
        <source>Early warning: 2 or more incidents in the last 30 days</source>
        <translation>Alerte précoce&#xa0;: 2 incidents ou plus au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>By boundary</source>
        <translation>Par limite</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>By weekday and hour (working hours outlined; after-hours in orange)</source>
        <translation>Par jour de la semaine et heure (horaires de travail encadrés&#xa0;; hors horaires en orange)</translation>
    </message>
    <message>
        <source>Clients with the most incidents</source>
        <translation>Clients ayant le plus d’incidents</translation>
    </message>
    <message>
        <source>Repeat bands: clients by number of incidents</source>
        <translation>Tranches de répétition&#xa0;: clients par nombre d’incidents</translation>
    </message>
    <message>
        <source>The period starts after it ends: choose a first day on or before the last.</source>
        <translation>La période commence après sa fin&#xa0;: choisissez un premier jour antérieur ou égal au dernier.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Le tableau de bord n’a pas pu être calculé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show these incidents</source>
        <translation>Afficher ces incidents</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>Client %1</source>
        <translation>Client %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln incident(s)</source>
        <translation>
            <numerusform>%1 — %Ln incident</numerusform>
            <numerusform>%1 — %Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1&apos;s record</source>
        <translation>Ouvrir le dossier de %1</translation>
    </message>
    <message>
        <source>No client has had 2 or more incidents in the last 30 days.</source>
        <translation>Aucun client n’a eu 2 incidents ou plus au cours des 30 derniers jours.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Exporter le tableau de bord en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the dashboard&apos;s figures as CSV</source>
        <translation>Exporter les chiffres du tableau de bord en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Addressed within 24 h, of incidents past 24 h</source>
        <translation>Traités en 24 h, parmi les incidents de plus de 24 h</translation>
    </message>
    <message numerus="yes">
        <source>A conversation recorded within 24 hours of the incident, counted over the %n client incident(s) of the period whose 24 hours are over.</source>
        <translation>
            <numerusform>Un entretien consigné dans les 24 heures suivant l’incident&#xa0;; la part porte sur %n incident de client de la période dont les 24 heures sont écoulées.</numerusform>
            <numerusform>Un entretien consigné dans les 24 heures suivant l’incident&#xa0;; la part porte sur les %n incidents de clients de la période dont les 24 heures sont écoulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) still within their first 24 hours are not counted yet.</source>
        <translation>
            <numerusform>%n incident encore dans ses 24 premières heures n’est pas encore compté.</numerusform>
            <numerusform>%n incidents encore dans leurs 24 premières heures ne sont pas encore comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is not over: its rate is scaled over the %Ln day(s) so far.</source>
        <translation>
            <numerusform>%1 n’est pas terminé&#xa0;: son taux est extrapolé à partir de %Ln jour écoulé à ce jour.</numerusform>
            <numerusform>%1 n’est pas terminé&#xa0;: son taux est extrapolé à partir des %Ln jours écoulés à ce jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Own lapses per month</source>
        <translation>Écarts personnels par mois</translation>
    </message>
    <message>
        <source>Months reflected on, of those over</source>
        <translation>Mois avec réflexion, parmi les mois écoulés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln month(s) of the period that are over.</source>
        <translation>
            <numerusform>%1 sur %Ln mois écoulé de la période.</numerusform>
            <numerusform>%1 sur les %Ln mois écoulés de la période.</numerusform>
        </translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Incidents per active client per 30 days</source>
        <translation>Incidents par client actif sur 30 jours</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Incidents per client</source>
        <translation>Incidents par client</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>%1
(so far)</source>
        <translation>%1
(à ce jour)</translation>
    </message>
</context>
<context>
    <name>bk::DisclosureCheckDialog</name>
    <message>
        <source>Before you share</source>
        <translation>Avant de partager</translation>
    </message>
    <message>
        <source>Something personal can help a client when it serves them. Five questions, then a plain recommendation. Your answers stay private.</source>
        <translation>Quelque chose de personnel peut aider un client quand cela le sert. Cinq questions, puis une recommandation claire. Vos réponses restent privées.</translation>
    </message>
    <message>
        <source>Type a name, or leave empty for no particular client</source>
        <translation>Saisissez un nom, ou laissez vide si aucun client n’est concerné</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>&amp;Record in my reflection</source>
        <translation>Consigner dans ma ré&amp;flexion</translation>
    </message>
    <message>
        <source>The practice is open read-only: the check works, but it cannot be recorded.</source>
        <translation>Le cabinet est ouvert en lecture seule&#xa0;: la vérification fonctionne, mais elle ne peut pas être consignée.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Turning back to the client</source>
        <translation>Revenir au client</translation>
    </message>
    <message>
        <source>Acknowledge, then return to their agenda. Copy a phrase, or make the list your own.</source>
        <translation>Accueillez ce qui est dit, puis revenez à ses priorités. Copiez une phrase, ou adaptez la liste à votre façon.</translation>
    </message>
    <message>
        <source>Redirect phrases</source>
        <translation>Phrases de recentrage</translation>
    </message>
    <message>
        <source>Co&amp;py phrase</source>
        <translation>Co&amp;pier la phrase</translation>
    </message>
    <message>
        <source>&amp;Edit phrases…</source>
        <translation>&amp;Modifier les phrases…</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <source>For your reflection (private)</source>
        <translation>Pour votre réflexion (privé)</translation>
    </message>
    <message>
        <source>What you decided</source>
        <translation>Ce que vous avez décidé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>A few words for yourself: what you wanted to share, what you noticed. It never appears in anything the client receives.</source>
        <translation>Quelques mots pour vous&#xa0;: ce que vous vouliez partager, ce que vous avez remarqué. Cela n’apparaît jamais dans ce que le client reçoit.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>I &amp;decided:</source>
        <translation>J’ai &amp;décidé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>Answer the five questions to see the recommendation.</source>
        <translation>Répondez aux cinq questions pour voir la recommandation.</translation>
    </message>
    <message>
        <source>One phrase per line, in the order you want them offered.</source>
        <translation>Une phrase par ligne, dans l’ordre où vous souhaitez qu’elles soient proposées.</translation>
    </message>
    <message>
        <source>Redirect phrases, one per line</source>
        <translation>Phrases de recentrage, une par ligne</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>Utiliser les phrases par &amp;défaut</translation>
    </message>
    <message>
        <source>The phrases were not saved. %1</source>
        <translation>Les phrases n’ont pas été enregistrées. %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>Rien n’a été consigné. %1</translation>
    </message>
    <message>
        <source>Your disclosure check of %1</source>
        <translation>Votre vérification avant de partager du %1</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>En&amp;registrer les modifications</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
</context>
<context>
    <name>bk::EraseClientDialog</name>
    <message>
        <source>Erase client&apos;s personal data</source>
        <translation>Effacer les données personnelles du client</translation>
    </message>
    <message>
        <source>%1 cannot be deleted for good: the practice&apos;s records of them (incidents, signed documents) must stay so that its history stays true. You can erase their personal data instead.</source>
        <translation>%1 ne peut pas être supprimé définitivement&#xa0;: les dossiers du cabinet le concernant (incidents, documents signés) doivent rester afin que son historique reste exact. Vous pouvez plutôt effacer ses données personnelles.</translation>
    </message>
    <message numerus="yes">
        <source>Erase the personal data of %1? Their name, email, phone and notes go, and so does the text written in %n incident(s) about them: descriptions, outcomes, step notes, goals and follow-up notes. The incidents stay, anonymised, so the dashboard&apos;s counts stay as they are. This cannot be undone.</source>
        <translation>
            <numerusform>Effacer les données personnelles de %1&#xa0;? Son nom, son e-mail, son téléphone et ses notes disparaissent, de même que le texte écrit à son sujet dans %n incident&#xa0;: descriptions, résultats, notes d’étapes, objectifs et notes de suivi. L’incident reste, anonymisé, afin que les décomptes du tableau de bord restent inchangés. Cette action est irréversible.</numerusform>
            <numerusform>Effacer les données personnelles de %1&#xa0;? Son nom, son e-mail, son téléphone et ses notes disparaissent, de même que le texte écrit à son sujet dans %n incidents&#xa0;: descriptions, résultats, notes d’étapes, objectifs et notes de suivi. Les incidents restent, anonymisés, afin que les décomptes du tableau de bord restent inchangés. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n signed agreement(s) or contract(s). A signed agreement may have to be retained: professional bodies commonly advise keeping records for around seven years. Choose what happens to them:</source>
        <translation>
            <numerusform>%1 a %n accord ou contrat signé. Un accord signé peut devoir être conservé&#xa0;: les organismes professionnels conseillent couramment de conserver les dossiers environ sept ans. Choisissez ce qu’il en advient&#xa0;:</numerusform>
            <numerusform>%1 a %n accords ou contrats signés. Un accord signé peut devoir être conservé&#xa0;: les organismes professionnels conseillent couramment de conserver les dossiers environ sept ans. Choisissez ce qu’il en advient&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep them as signed (they still name the client)</source>
        <translation>&amp;Conserver tels que signés (ils nomment toujours le client)</translation>
    </message>
    <message>
        <source>&amp;Remove them too</source>
        <translation>&amp;Les supprimer aussi</translation>
    </message>
    <message>
        <source>Erase %1&apos;s data</source>
        <translation>Effacer les données de %1</translation>
    </message>
</context>
<context>
    <name>bk::FigureView</name>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>Show as chart</source>
        <translation>Afficher en graphique</translation>
    </message>
    <message>
        <source>Show as table</source>
        <translation>Afficher en tableau</translation>
    </message>
</context>
<context>
    <name>bk::FollowUpNotifier</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln suivi arrive à échéance aujourd’hui</numerusform>
            <numerusform>%Ln suivis arrivent à échéance aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>%1, yesterday</source>
        <translation>%1, hier</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n day(s) ago</source>
        <translation>
            <numerusform>%1, il y a %n jour</numerusform>
            <numerusform>%1, il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, tomorrow</source>
        <translation>%1, demain</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, dans %n jour</numerusform>
            <numerusform>%1, dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd’hui</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Aucune échéance aujourd’hui.</translation>
    </message>
    <message>
        <source>Next %1 days</source>
        <translation>%1 prochains jours</translation>
    </message>
    <message>
        <source>Nothing due in the next %1 days.</source>
        <translation>Aucune échéance dans les %1 prochains jours.</translation>
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
        <translation>Double-cliquez pour afficher l’incident.</translation>
    </message>
    <message>
        <source>and %1 more: filter the incident table above to see them all.</source>
        <translation>et %1 de plus&#xa0;: filtrez le tableau des incidents ci-dessus pour tous les voir.</translation>
    </message>
</context>
<context>
    <name>bk::GoalsStepWidget</name>
    <message>
        <source>Goals and their follow-ups</source>
        <translation>Objectifs et leurs suivis</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Suivi le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What you saw, in a few words</source>
        <translation>Ce que vous avez constaté, en quelques mots</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Consigner le résultat</translation>
    </message>
    <message>
        <source>Outcome of the selected follow-up:</source>
        <translation>Résultat du suivi sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Set goals</source>
        <translation>Fixer des objectifs</translation>
    </message>
    <message>
        <source>A goal you can check, e.g. No calls after 18:00 on working days</source>
        <translation>Un objectif vérifiable, p. ex. Pas d’appel après 18:00 les jours ouvrés</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ajouter l’objectif</translation>
    </message>
    <message>
        <source>follow up on</source>
        <translation>suivi le</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message>
        <source>Optional: how the goals were agreed</source>
        <translation>Facultatif&#xa0;: comment les objectifs ont été convenus</translation>
    </message>
    <message>
        <source>Record goals</source>
        <translation>Consigner les objectifs</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>To record:</source>
        <translation>À consigner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agreed:</source>
        <translation>&amp;Convenu le&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Corrected on %1 by %2</source>
        <translation>Corrigé le %1 par %2</translation>
    </message>
    <message>
        <source>Recorded on %1 by %2</source>
        <translation>Consigné le %1 par %2</translation>
    </message>
    <message>
        <source>%1 (replaced by a correction)</source>
        <translation>%1 (remplacé par une correction)</translation>
    </message>
    <message>
        <source>Write the goal first, then add it.</source>
        <translation>Écrivez d’abord l’objectif, puis ajoutez-le.</translation>
    </message>
    <message>
        <source>%1 — follow up on %2</source>
        <translation>%1 — suivi le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) recorded with their follow-up dates.</source>
        <translation>
            <numerusform>%n objectif consigné avec sa date de suivi.</numerusform>
            <numerusform>%n objectifs consignés avec leurs dates de suivi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Consigner une correction</translation>
    </message>
    <message>
        <source>Record a new outcome for this follow-up; the earlier one stays on record, marked as corrected</source>
        <translation>Consigner un nouveau résultat pour ce suivi&#xa0;; le précédent reste au dossier, marqué comme corrigé</translation>
    </message>
    <message>
        <source>Record how this follow-up went</source>
        <translation>Consigner le déroulement de ce suivi</translation>
    </message>
    <message>
        <source>The outcome was corrected; the earlier one stays on record.</source>
        <translation>Le résultat a été corrigé&#xa0;; le précédent reste au dossier.</translation>
    </message>
    <message>
        <source>The outcome of the follow-up was recorded.</source>
        <translation>Le résultat du suivi a été consigné.</translation>
    </message>
    <message>
        <source>Goals to add</source>
        <translation>Objectifs à ajouter</translation>
    </message>
</context>
<context>
    <name>bk::HeatMapTableModel</name>
    <message numerus="yes">
        <source>%1, %2:00–%3:00: %Ln incident(s)%4</source>
        <translation>
            <numerusform>%1, %2:00–%3:00&#xa0;: %Ln incident%4</numerusform>
            <numerusform>%1, %2:00–%3:00&#xa0;: %Ln incidents%4</numerusform>
        </translation>
    </message>
    <message>
        <source> (outside working hours)</source>
        <translation> (hors horaires de travail)</translation>
    </message>
</context>
<context>
    <name>bk::HelpWindow</name>
    <message>
        <source>Boundary Keeper Guide</source>
        <translation>Guide de Boundary Keeper</translation>
    </message>
    <message>
        <source>Look for a word</source>
        <translation>Rechercher un mot</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>In&amp;dex</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>Page d’&amp;accueil</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The guide was not found&lt;/h2&gt;&lt;p&gt;Boundary Keeper looks for it in %1. Installing Boundary Keeper&apos;s package puts it there.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le guide est introuvable&lt;/h2&gt;&lt;p&gt;Boundary Keeper le cherche dans %1. L’installation du paquet de Boundary Keeper l’y place.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bk::ImportDialog</name>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Update empty fields</source>
        <translation>Compléter les champs vides</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importer comme nouveau</translation>
    </message>
    <message>
        <source>Import clients from %1</source>
        <translation>Importer des clients depuis %1</translation>
    </message>
    <message>
        <source>Choose the client field each column of the file fills:</source>
        <translation>Choisissez le champ client que remplit chaque colonne du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Every &amp;duplicate:</source>
        <translation>Chaque &amp;doublon&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Client in the register</source>
        <translation>Client du registre</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the register, %3 rejected.</source>
        <translation>%1 nouveau(x), %2 déjà dans le registre, %3 rejeté(s).</translation>
    </message>
    <message>
        <source>No column gives the clients&apos; names: choose one above.</source>
        <translation>Aucune colonne ne donne le nom des clients&#xa0;: choisissez-en une ci-dessus.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Les %1 premières lignes sont affichées.</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejetées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-rejetees</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing clients…</source>
        <translation>Import des clients…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>L’import a été annulé&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Lignes à importer</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>S&amp;top reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Relire le fichier</translation>
    </message>
    <message>
        <source>Reading the file was stopped: nothing can be imported until it is read to its end.</source>
        <translation>La lecture du fichier a été interrompue&#xa0;: rien ne peut être importé tant qu’il n’a pas été lu jusqu’au bout.</translation>
    </message>
    <message>
        <source>Saving the rejected rows…</source>
        <translation>Enregistrement des lignes rejetées…</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Encodage du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Detected from the file. If names show wrong letters (Ã© for é), choose the encoding the program that wrote the file used.</source>
        <translation>Détecté à partir du fichier. Si les noms affichent de mauvaises lettres (Ã© au lieu de é), choisissez l’encodage utilisé par le programme qui a écrit le fichier.</translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
    </message>
</context>
<context>
    <name>bk::IncidentDetailDialog</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Work on the contract</source>
        <translation>Travailler sur le contrat</translation>
    </message>
    <message>
        <source>On the ladder</source>
        <translation>Sur l’échelle</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>1 Talk</source>
        <translation>1 Entretien</translation>
    </message>
    <message>
        <source>2 Summary</source>
        <translation>2 Compte rendu</translation>
    </message>
    <message>
        <source>3 Goals</source>
        <translation>3 Objectifs</translation>
    </message>
    <message>
        <source>4 Contract</source>
        <translation>4 Contrat</translation>
    </message>
    <message>
        <source>5 Resources</source>
        <translation>5 Ressources</translation>
    </message>
    <message>
        <source>6 Support, ending</source>
        <translation>6 Soutien, fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Every step recorded, with corrections</source>
        <translation>Chaque étape consignée, avec les corrections</translation>
    </message>
    <message>
        <source>A private conversation: prepare it and record it</source>
        <translation>Un entretien en privé&#xa0;: le préparer et le consigner</translation>
    </message>
    <message>
        <source>A written summary of the conversation for the client</source>
        <translation>Un compte rendu écrit de l’entretien pour le client</translation>
    </message>
    <message>
        <source>Goals with follow-up dates, and how each follow-up went</source>
        <translation>Des objectifs avec des dates de suivi, et le déroulement de chaque suivi</translation>
    </message>
    <message>
        <source>A behavioural contract</source>
        <translation>Un contrat de comportement</translation>
    </message>
    <message>
        <source>Training or resources from the practice&apos;s library</source>
        <translation>Formation ou ressources de la bibliothèque du cabinet</translation>
    </message>
    <message>
        <source>Supervision or advice, ending the engagement, and other steps</source>
        <translation>Supervision ou conseil, fin de la collaboration et autres étapes</translation>
    </message>
    <message>
        <source>Close the incident with its outcome</source>
        <translation>Clore l’incident avec son résultat</translation>
    </message>
    <message>
        <source>How it ended: what changed, what was agreed, what you would do differently next time</source>
        <translation>Comment cela s’est terminé&#xa0;: ce qui a changé, ce qui a été convenu, ce que vous feriez autrement la prochaine fois</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Clore l’incident</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>This incident cannot be shown. %1</source>
        <translation>Cet incident ne peut pas être affiché. %1</translation>
    </message>
    <message>
        <source>Incident – %1 – %2</source>
        <translation>Incident – %1 – %2</translation>
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
        <translation>En dehors des horaires de travail convenus</translation>
    </message>
    <message>
        <source>Outside the agreed channels</source>
        <translation>En dehors des canaux convenus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>(policy version %1)</source>
        <translation>(version de la politique %1)</translation>
    </message>
    <message>
        <source>(policy draft, before the first version)</source>
        <translation>(brouillon de la politique, avant la première version)</translation>
    </message>
    <message>
        <source>This boundary is no longer in the policy.</source>
        <translation>Cette limite ne fait plus partie de la politique.</translation>
    </message>
    <message>
        <source>Appropriate:</source>
        <translation>Approprié&#xa0;:</translation>
    </message>
    <message>
        <source>Consequence:</source>
        <translation>Conséquence&#xa0;:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; on %1&lt;br&gt;Outcome: %2</source>
        <translation>&lt;b&gt;Clos&lt;/b&gt; le %1&lt;br&gt;Résultat&#xa0;: %2</translation>
    </message>
    <message>
        <source>Close the incident once it is resolved or the engagement has ended. Closing needs an outcome: it is what a later reader needs to know.</source>
        <translation>Clôturez l’incident une fois qu’il est résolu ou que la collaboration a pris fin. La clôture exige un résultat&#xa0;: c’est ce qu’un lecteur ultérieur a besoin de savoir.</translation>
    </message>
    <message>
        <source>Closed on %1.
Outcome: %2</source>
        <translation>Clos le %1.
Résultat&#xa0;: %2</translation>
    </message>
    <message>
        <source>This database is open read-only: the incident is shown as recorded, and nothing can be added or changed.</source>
        <translation>Cette base de données est ouverte en lecture seule&#xa0;: l’incident est affiché tel qu’il a été consigné, et rien ne peut être ajouté ni modifié.</translation>
    </message>
    <message>
        <source>This incident is closed. Its record stays as it is; a mistake in it can still be corrected under Record, and follow-up outcomes under Goals.</source>
        <translation>Cet incident est clos. Son dossier reste tel quel&#xa0;; une erreur peut encore y être corrigée sous Historique, et les résultats des suivis sous Objectifs.</translation>
    </message>
    <message>
        <source>The incident was not closed. %1</source>
        <translation>L’incident n’a pas été clos. %1</translation>
    </message>
    <message>
        <source>The incident was closed.</source>
        <translation>L’incident a été clos.</translation>
    </message>
    <message>
        <source>created by %1 · last changed by %2</source>
        <translation>créé par %1 · dernière modification par %2</translation>
    </message>
    <message>
        <source>nobody recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>bk::IncidentTableModel</name>
    <message>
        <source>Not yet addressed</source>
        <translation>Pas encore traité</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Ladder step</source>
        <translation>Étape de l’échelle</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>bk::IncidentsPage</name>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
    <message>
        <source>&amp;Log incident…</source>
        <translation>Consi&amp;gner un incident…</translation>
    </message>
    <message>
        <source>Log a crossed boundary (%1)</source>
        <translation>Consigner une limite franchie (%1)</translation>
    </message>
    <message>
        <source>Export follow-ups to &amp;calendar…</source>
        <translation>Exporter les suivis vers l’age&amp;nda…</translation>
    </message>
    <message>
        <source>Save the open follow-ups as an iCalendar file (.ics) for your calendar</source>
        <translation>Enregistrer les suivis ouverts dans un fichier iCalendar (.ics) pour votre agenda</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open the selected incident and walk the ladder (Enter)</source>
        <translation>Ouvrir l’incident sélectionné et parcourir l’échelle (Entrée)</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Crossed by anyone</source>
        <translation>Franchie par n’importe qui</translation>
    </message>
    <message>
        <source>By the client</source>
        <translation>Par le client</translation>
    </message>
    <message>
        <source>By me (own lapses)</source>
        <translation>Par moi (écarts personnels)</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard uniquement</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every incident again</source>
        <translation>Afficher à nouveau tous les incidents</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Occurred fro&amp;m</source>
        <translation>Survenu &amp;du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Log incident…</source>
        <translation>Consigner un incident…</translation>
    </message>
    <message>
        <source>No incidents logged</source>
        <translation>Aucun incident consigné</translation>
    </message>
    <message>
        <source>No boundary incident has been logged in this database.</source>
        <translation>Aucun incident lié aux limites n’a été consigné dans cette base de données.</translation>
    </message>
    <message>
        <source>When a boundary is crossed, by a client or by you, log it here in a few seconds with %1. Boundary Keeper flags contact outside your hours or channels and guides the response.</source>
        <translation>Quand une limite est franchie, par un client ou par vous, consignez-le ici en quelques secondes avec %1. Boundary Keeper signale les contacts en dehors de vos horaires ou de vos canaux et vous guide dans la réponse.</translation>
    </message>
    <message>
        <source>No incident matches</source>
        <translation>Aucun incident ne correspond</translation>
    </message>
    <message>
        <source>No incident matches the chosen filters.</source>
        <translation>Aucun incident ne correspond aux filtres choisis.</translation>
    </message>
    <message>
        <source>All boundaries</source>
        <translation>Toutes les limites</translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln incident(s)</source>
        <translation>
            <numerusform>%1 sur %Ln incident</numerusform>
            <numerusform>%1 sur %Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups not exported</source>
        <translation>Suivis non exportés</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Rien à exporter</translation>
    </message>
    <message>
        <source>There are no open follow-ups to put in a calendar.</source>
        <translation>Il n’y a aucun suivi ouvert à mettre dans un agenda.</translation>
    </message>
    <message>
        <source>Export follow-ups to calendar</source>
        <translation>Exporter les suivis vers l’agenda</translation>
    </message>
    <message>
        <source>follow-ups-%1.ics</source>
        <translation>suivis-%1.ics</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) exported to %1.</source>
        <translation>
            <numerusform>%n suivi exporté vers %1.</numerusform>
            <numerusform>%n suivis exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the incidents of this client</source>
        <translation>Uniquement les incidents de ce client</translation>
    </message>
</context>
<context>
    <name>bk::LadderProgressWidget</name>
    <message>
        <source>Double-click a step to work on it</source>
        <translation>Double-cliquez sur une étape pour y travailler</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1
done %2</source>
        <translation>%1
faite le %2</translation>
    </message>
    <message>
        <source>%1
next</source>
        <translation>%1
suivante</translation>
    </message>
    <message>
        <source>&lt;b&gt;Closed&lt;/b&gt; on %1.</source>
        <translation>&lt;b&gt;Clos&lt;/b&gt; le %1.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;Suivante&#xa0;:&lt;/b&gt; %1&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;overdue since %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;en retard depuis le %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Steps on the ladder</source>
        <translation>Étapes sur l’échelle</translation>
    </message>
</context>
<context>
    <name>bk::LadderWidget</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>e.g. A conversation</source>
        <translation>p. ex. Un entretien</translation>
    </message>
    <message>
        <source>What this step involves and when it is taken</source>
        <translation>En quoi consiste cette étape et quand elle intervient</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Texts &amp;in:</source>
        <translation>Te&amp;xtes en&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (main language)</source>
        <translation>%1 (langue principale)</translation>
    </message>
    <message>
        <source>%1 (no %2 text)</source>
        <translation>%1 (pas de texte en %2)</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Étapes de l’échelle des conséquences</translation>
    </message>
</context>
<context>
    <name>bk::MainWindow</name>
    <message>
        <source>%1 cannot be written, so it is open read-only: you can look at everything, but not change anything. Make the file writable and open it again to make changes.</source>
        <translation>%1 n’est pas accessible en écriture et est donc ouvert en lecture seule&#xa0;: vous pouvez tout consulter, mais rien modifier. Rendez le fichier accessible en écriture et rouvrez-le pour apporter des modifications.</translation>
    </message>
    <message>
        <source>%1 is open read-only: you can look at everything, but not change anything.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: vous pouvez tout consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Show follow-ups</source>
        <translation>Afficher les suivis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Reflection</source>
        <translation>&amp;Réflexion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Boundary Keeper</source>
        <translation>À &amp;propos de Boundary Keeper</translation>
    </message>
    <message numerus="yes">
        <source>%Ln clients</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln suivi en retard</numerusform>
            <numerusform>%Ln suivis en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) due today</source>
        <translation>
            <numerusform>%Ln suivi arrive à échéance aujourd’hui</numerusform>
            <numerusform>%Ln suivis arrivent à échéance aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 et %2.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>About Boundary Keeper</source>
        <translation>À propos de Boundary Keeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Keeps healthy professional boundaries with every client: the register, agreements, incidents and follow-ups of a small practice, kept privately on this computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Aide à maintenir des limites professionnelles saines avec chaque client&#xa0;: le registre, les accords, les incidents et les suivis d’un petit cabinet, conservés de façon confidentielle sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;&lt;p&gt;Logiciel libre sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 on this computer&apos;s server</source>
        <translation>%1 sur le serveur de cet ordinateur</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The practice at %1 is open read-only: you can look at everything, but not change anything.</source>
        <translation>Le cabinet à %1 est ouvert en lecture seule&#xa0;: vous pouvez tout consulter, mais rien modifier.</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Keeps healthy professional boundaries with every client: the register, agreements, incidents and follow-ups of a small practice, kept on the practice&apos;s PostgreSQL server.&lt;/p&gt;&lt;p&gt;Server: %2&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Boundary Keeper %1&lt;/h3&gt;&lt;p&gt;Aide à maintenir des limites professionnelles saines avec chaque client&#xa0;: le registre, les accords, les incidents et les suivis d’un petit cabinet, conservés sur le serveur PostgreSQL du cabinet.&lt;/p&gt;&lt;p&gt;Serveur&#xa0;: %2&lt;/p&gt;&lt;p&gt;Logiciel libre sous la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Connected to the practice server again.</source>
        <translation>Connexion au serveur du cabinet rétablie.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as a role that is not a practitioner of this practice</source>
        <translation>Connecté avec un rôle qui n’est pas un praticien de ce cabinet</translation>
    </message>
    <message>
        <source>Signed in: %1, %2</source>
        <translation>Connecté&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Open practice f&amp;ile…</source>
        <translation>&amp;Ouvrir un fichier de cabinet…</translation>
    </message>
    <message>
        <source>Open practice file</source>
        <translation>Ouvrir un fichier de cabinet</translation>
    </message>
    <message>
        <source>Boundary Keeper practices (*.sqlite *.db *.bk)</source>
        <translation>Cabinets Boundary Keeper (*.sqlite *.db *.bk)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connect to practice &amp;server…</source>
        <translation>Se &amp;connecter au serveur du cabinet…</translation>
    </message>
    <message>
        <source>Recent &amp;practices</source>
        <translation>Cabinets &amp;récents</translation>
    </message>
    <message>
        <source>No other practice opened yet</source>
        <translation>Aucun autre cabinet ouvert pour l’instant</translation>
    </message>
    <message>
        <source>&amp;Move practice to a server…</source>
        <translation>&amp;Déplacer le cabinet vers un serveur…</translation>
    </message>
    <message>
        <source>The practice server cannot be reached. What you have typed is kept; save again, or press Retry, once the server is back.</source>
        <translation>Le serveur du cabinet est injoignable. Ce que vous avez saisi est conservé&#xa0;; enregistrez à nouveau, ou cliquez sur Réessayer, une fois le serveur de retour.</translation>
    </message>
    <message>
        <source>The practice server still cannot be reached (%1). What you have typed is kept.</source>
        <translation>Le serveur du cabinet reste injoignable (%1). Ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Verify records…</source>
        <translation>Vérifier les enregistrements…</translation>
    </message>
    <message>
        <source>Reflect now…</source>
        <translation>Faire ma réflexion maintenant…</translation>
    </message>
    <message>
        <source>Skip this month</source>
        <translation>Ignorer ce mois</translation>
    </message>
    <message>
        <source>Import c&amp;lients…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <source>Ac&amp;tivity…</source>
        <translation>Ac&amp;tivité…</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>&amp;Vérifier les enregistrements…</translation>
    </message>
    <message>
        <source>Import clients</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <source>Address books and spreadsheets (*.csv *.vcf *.txt)</source>
        <translation>Carnets d’adresses et tableurs (*.csv *.vcf *.txt)</translation>
    </message>
    <message>
        <source>Reduced availability from %1 to %2</source>
        <translation>Disponibilité réduite du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln follow-up(s) still fall in it.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln suivi y tombe encore.</numerusform>
            <numerusform>%1&#xa0;: %Ln suivis y tombent encore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time for your monthly reflection on %1: your own lapses, the clients with repeated incidents and a few questions.</source>
        <translation>C’est le moment de votre réflexion mensuelle sur %1&#xa0;: vos écarts personnels, les clients aux incidents répétés et quelques questions.</translation>
    </message>
    <message>
        <source>The full check of the practice file found damage (%1). What you record now may be lost: restore the newest good backup, or a copy of the file you trust.</source>
        <translation>La vérification complète du fichier de cabinet a détecté des dommages (%1). Ce que vous consignez maintenant risque d’être perdu&#xa0;: restaurez la sauvegarde intacte la plus récente, ou une copie du fichier en laquelle vous avez confiance.</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Demo practice: %1</source>
        <translation>Cabinet de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Move practice to a server…</source>
        <translation>Déplacer le cabinet vers un serveur…</translation>
    </message>
    <message>
        <source>Prac&amp;titioners…</source>
        <translation>&amp;Gérer les praticiens…</translation>
    </message>
    <message>
        <source>An owner of the practice has deactivated your account, so the server no longer lets you read or change anything in it, and what is still shown may be out of date. Open another practice from the File menu, or close the window.</source>
        <translation>Un propriétaire du cabinet a désactivé votre compte&#xa0;: le serveur ne vous permet plus d’y lire ni d’y modifier quoi que ce soit, et ce qui est encore affiché peut être périmé. Ouvrez un autre cabinet depuis le menu Fichier, ou fermez la fenêtre.</translation>
    </message>
</context>
<context>
    <name>bk::MonthlyReflectionDialog</name>
    <message>
        <source>Monthly reflection: %1</source>
        <translation>Réflexion mensuelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>What the month looked like</source>
        <translation>Aperçu du mois</translation>
    </message>
    <message>
        <source>Private: your answers never appear in anything a client receives.</source>
        <translation>Privé&#xa0;: vos réponses n’apparaissent jamais dans ce qu’un client reçoit.</translation>
    </message>
    <message>
        <source>S&amp;kip this month</source>
        <translation>&amp;Ignorer ce mois</translation>
    </message>
    <message numerus="yes">
        <source>Your own lapses: %n</source>
        <translation>
            <numerusform>Vos écarts personnels&#xa0;: %n</numerusform>
            <numerusform>Vos écarts personnels&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 — outside working hours</source>
        <translation>%1, %2 — en dehors des horaires de travail</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Contacts you initiated outside working hours: %n</source>
        <translation>
            <numerusform>Contacts que vous avez initiés en dehors des horaires de travail&#xa0;: %n</numerusform>
            <numerusform>Contacts que vous avez initiés en dehors des horaires de travail&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clients with repeated incidents: %n</source>
        <translation>
            <numerusform>Clients aux incidents répétés&#xa0;: %n</numerusform>
            <numerusform>Clients aux incidents répétés&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln incident(s))</source>
        <translation>
            <numerusform>%1 (%Ln incident)</numerusform>
            <numerusform>%1 (%Ln incidents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosure checks taken: %1 (you shared after %2)</source>
        <translation>Vérifications avant de partager effectuées&#xa0;: %1 (vous avez partagé après %2)</translation>
    </message>
</context>
<context>
    <name>bk::MovePracticeDialog</name>
    <message>
        <source>Move the practice to a server</source>
        <translation>Déplacer le cabinet vers un serveur</translation>
    </message>
    <message>
        <source>The practice in %1 is copied into an empty database on a PostgreSQL server, in one go: every record count and every signed document is checked on both sides, and if anything differs or you cancel, nothing is kept on the server. The file itself is not changed.</source>
        <translation>Le cabinet contenu dans %1 est copié d’un seul tenant dans une base de données vide sur un serveur PostgreSQL&#xa0;: chaque nombre d’enregistrements et chaque document signé sont vérifiés des deux côtés, et si quelque chose diffère ou si vous annulez, rien n’est conservé sur le serveur. Le fichier lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <source>Leave empty if the server does not ask for one</source>
        <translation>Laisser vide si le serveur n’en demande pas</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 records…</source>
        <translation>Copie de %1&#xa0;: %2 enregistrements sur %3…</translation>
    </message>
    <message>
        <source>The practice was not moved</source>
        <translation>Le cabinet n’a pas été déplacé</translation>
    </message>
    <message>
        <source>Moved.</source>
        <translation>Déplacé.</translation>
    </message>
    <message>
        <source>%1 records in %2 tables are on the server; every table&apos;s record count and every signed document&apos;s SHA-256 match the file. The file was not changed.

Open the practice on the server now? Until you do, this window keeps working on the file.</source>
        <translation>%1 enregistrements de %2 tables se trouvent sur le serveur&#xa0;; le nombre d’enregistrements de chaque table et le SHA-256 de chaque document signé correspondent au fichier. Le fichier n’a pas été modifié.

Ouvrir maintenant le cabinet sur le serveur&#xa0;? Tant que vous ne le faites pas, cette fenêtre continue de travailler sur le fichier.</translation>
    </message>
    <message>
        <source>The practice was moved</source>
        <translation>Le cabinet a été déplacé</translation>
    </message>
    <message>
        <source>Open on the Server</source>
        <translation>Ouvrir sur le serveur</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>bk::OnboardingActions</name>
    <message>
        <source>&amp;Onboard a new client…</source>
        <translation>&amp;Accueillir un nouveau client…</translation>
    </message>
    <message>
        <source>Add a client and walk through the boundary agreement together</source>
        <translation>Ajouter un client et parcourir ensemble l’accord sur les limites</translation>
    </message>
    <message>
        <source>&amp;Verify a PDF…</source>
        <translation>&amp;Vérifier un PDF…</translation>
    </message>
    <message>
        <source>Check whether a PDF is an unaltered signed agreement from these records</source>
        <translation>Vérifier si un PDF est un accord signé non modifié de ces dossiers</translation>
    </message>
    <message>
        <source>No published policy yet</source>
        <translation>Aucune politique publiée pour l’instant</translation>
    </message>
    <message>
        <source>Go to Practice</source>
        <translation>Aller au Cabinet</translation>
    </message>
    <message>
        <source>No agreement can be made</source>
        <translation>Aucun accord ne peut être établi</translation>
    </message>
    <message>
        <source>The agreement with %1 is signed and stored.</source>
        <translation>L’accord avec %1 est signé et enregistré.</translation>
    </message>
    <message>
        <source>The agreement with %1 is signed and stored; the PDF is in %2.</source>
        <translation>L’accord avec %1 est signé et enregistré&#xa0;; le PDF se trouve dans %2.</translation>
    </message>
    <message>
        <source>The agreement with %1 is kept as a draft; resume it from the client.</source>
        <translation>L’accord avec %1 est conservé comme brouillon&#xa0;; reprenez-le depuis le client.</translation>
    </message>
    <message>
        <source>The agreement cannot be started</source>
        <translation>L’accord ne peut pas être démarré</translation>
    </message>
    <message>
        <source>Verify a PDF</source>
        <translation>Vérifier un PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The document cannot be opened</source>
        <translation>Le document ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>Not signed yet</source>
        <translation>Pas encore signé</translation>
    </message>
    <message>
        <source>This document has not been signed yet; there is no signed PDF to show.</source>
        <translation>Ce document n’a pas encore été signé ; il n’y a pas de PDF signé à afficher.</translation>
    </message>
    <message>
        <source>No signed agreement</source>
        <translation>Aucun accord signé</translation>
    </message>
    <message>
        <source>No signed agreement of this client is on file. An acknowledgement recorded without an agreement has no PDF.</source>
        <translation>Aucun accord signé de ce client n’est conservé. Une prise de connaissance enregistrée sans accord n’a pas de PDF.</translation>
    </message>
    <message>
        <source>The agreement with %1 was discarded.</source>
        <translation>L’accord avec %1 a été abandonné.</translation>
    </message>
    <message>
        <source>%1 signed an agreement on %2 under policy version %3.</source>
        <translation>%1 a signé un accord le %2 sous la version %3 de la politique.</translation>
    </message>
    <message>
        <source>A draft agreement with %1 was begun on %2 (policy version %3) and is not signed yet.</source>
        <translation>Un brouillon d’accord avec %1 a été commencé le %2 (version de la politique %3) et n’est pas encore signé.</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Reprendre le brouillon</translation>
    </message>
    <message>
        <source>Discard the draft and start again</source>
        <translation>Abandonner le brouillon et recommencer</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Le brouillon n’a pas été abandonné</translation>
    </message>
    <message>
        <source>Policy version %1 has been published since.</source>
        <translation>La version %1 de la politique a été publiée depuis.</translation>
    </message>
    <message>
        <source>Start the re-acknowledgement</source>
        <translation>Commencer la nouvelle confirmation</translation>
    </message>
    <message>
        <source>Start a new agreement</source>
        <translation>Commencer un nouvel accord</translation>
    </message>
    <message>
        <source>Open the signed agreement</source>
        <translation>Ouvrir l’accord signé</translation>
    </message>
    <message>
        <source>An agreement exists</source>
        <translation>Un accord existe déjà</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire&#xa0;?</translation>
    </message>
</context>
<context>
    <name>bk::OnboardingWizard</name>
    <message>
        <source>Boundary agreement</source>
        <translation>Accord sur les limites</translation>
    </message>
    <message>
        <source>&amp;Finish and sign</source>
        <translation>&amp;Terminer et signer</translation>
    </message>
    <message>
        <source>Close and keep what was done as a draft you can resume from the client</source>
        <translation>Fermer et conserver ce qui a été fait comme brouillon, à reprendre depuis le client</translation>
    </message>
    <message>
        <source>Roles and scope</source>
        <translation>Rôles et périmètre</translation>
    </message>
    <message>
        <source>What you and the client can expect of each other, and what the practice offers and does not. Adjust anything for this client: the agreement records it.</source>
        <translation>Ce que vous et le client pouvez attendre l’un de l’autre, et ce que le cabinet propose ou non. Ajustez ce qu’il faut pour ce client&#xa0;: l’accord le consigne.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Working hours, how the client may reach you, how soon you answer, and what to do in an emergency, as they apply to this client.</source>
        <translation>Les horaires de travail, comment le client peut vous joindre, dans quel délai vous répondez et que faire en cas d’urgence, tels qu’ils s’appliquent à ce client.</translation>
    </message>
    <message>
        <source>Consent and signatures</source>
        <translation>Consentement et signatures</translation>
    </message>
    <message>
        <source>RE-ACKNOWLEDGEMENT</source>
        <translation>NOUVELLE CONFIRMATION</translation>
    </message>
    <message>
        <source>ONBOARDING</source>
        <translation>ACCUEIL</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Garder comme brouillon</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The database is open read-only, so no agreement can be made or changed. Open it with write access to onboard a client.</source>
        <translation>La base de données est ouverte en lecture seule&#xa0;: aucun accord ne peut être établi ni modifié. Ouvrez-la avec un accès en écriture pour accueillir un client.</translation>
    </message>
    <message>
        <source>Your boundary policy has not been published yet, so there is nothing for a client to agree to. Review the boundaries in the Practice section and publish them; then come back to onboard the client.</source>
        <translation>Votre politique des limites n’a pas encore été publiée&#xa0;: il n’y a donc rien que le client puisse accepter. Revoyez les limites dans la section Cabinet et publiez-les&#xa0;; revenez ensuite accueillir le client.</translation>
    </message>
    <message>
        <source>draft resumed</source>
        <translation>brouillon repris</translation>
    </message>
    <message>
        <source>Continuing the draft saved on %1. Signatures are never kept in a draft, so both of you sign again at the end.</source>
        <translation>Reprise du brouillon enregistré le %1. Les signatures ne sont jamais conservées dans un brouillon&#xa0;: vous signez donc tous les deux à nouveau à la fin.</translation>
    </message>
    <message>
        <source>The draft saved on %1 was made on policy version %2. Version %3 has been published since, so the agreement starts again on the new version.</source>
        <translation>Le brouillon enregistré le %1 a été établi sur la version %2 de la politique. La version %3 a été publiée depuis&#xa0;: l’accord repart donc sur la nouvelle version.</translation>
    </message>
    <message>
        <source>Re-acknowledgement – %1</source>
        <translation>Nouvelle confirmation – %1</translation>
    </message>
    <message>
        <source>Boundary agreement with %1</source>
        <translation>Accord sur les limites avec %1</translation>
    </message>
    <message>
        <source>Sign the agreement</source>
        <translation>Signer l’accord</translation>
    </message>
    <message>
        <source>This signs the agreement with %1 for good: it is stored as it is now and can no longer be changed. Sign it now?</source>
        <translation>Cela signe définitivement l’accord avec %1&#xa0;: il est enregistré tel qu’il est maintenant et ne peut plus être modifié. Le signer maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>The agreement was not signed</source>
        <translation>L’accord n’a pas été signé</translation>
    </message>
    <message>
        <source>Save the unsigned copy</source>
        <translation>Enregistrer l’exemplaire non signé</translation>
    </message>
    <message>
        <source>Save the signed agreement</source>
        <translation>Enregistrer l’accord signé</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Le brouillon n’a pas été enregistré</translation>
    </message>
    <message>
        <source>%1 The wizard stays open so that nothing is lost.</source>
        <translation>%1 L’assistant reste ouvert pour que rien ne soit perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard draft…</source>
        <translation>A&amp;bandonner le brouillon…</translation>
    </message>
    <message>
        <source>Close without keeping the agreement; a draft already saved is marked discarded</source>
        <translation>Fermer sans conserver l’accord&#xa0;; un brouillon déjà enregistré est marqué comme abandonné</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Started from the agreement signed on %1 (policy version %2): the questions and answers noted per boundary are carried over.</source>
        <translation>Établi à partir de l’accord signé le %1 (version de la politique %2)&#xa0;: les questions et réponses notées pour chaque limite sont reprises.</translation>
    </message>
    <message>
        <source>Started from the agreement signed on %1 (policy version %2): what was adjusted for %3 (%4) and the questions and answers noted per boundary are carried over. Review them together.</source>
        <translation>Établi à partir de l’accord signé le %1 (version de la politique %2)&#xa0;: ce qui avait été ajusté pour %3 (%4) et les questions et réponses notées pour chaque limite sont repris. Relisez-les ensemble.</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Discard the agreement with %1? It cannot be finished afterwards; a draft saved before stays in the records, marked discarded.</source>
        <translation>Abandonner l’accord avec %1&#xa0;? Il ne pourra plus être terminé ensuite&#xa0;; un brouillon enregistré auparavant reste dans le dossier, marqué comme abandonné.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>The draft was not discarded</source>
        <translation>Le brouillon n’a pas été abandonné</translation>
    </message>
    <message>
        <source>Leave the agreement</source>
        <translation>Quitter l’accord</translation>
    </message>
    <message>
        <source>Keep what was done with %1 as a draft to resume later, or discard it?</source>
        <translation>Conserver ce qui a été fait avec %1 comme brouillon à reprendre plus tard, ou l’abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Garder le brouillon</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>L’abandonner</translation>
    </message>
</context>
<context>
    <name>bk::OrderedListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add at the end of the list</source>
        <translation>Ajouter à la fin de la liste</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>bk::PassphraseDialog</name>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>&amp;Encrypt the backup with a passphrase</source>
        <translation>C&amp;hiffrer la sauvegarde avec une phrase secrète</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read an encrypted backup, you included: keep it somewhere safe.</source>
        <translation>Sans la phrase secrète, personne ne peut lire une sauvegarde chiffrée, pas même vous&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>This backup is encrypted. Enter its passphrase.</source>
        <translation>Cette sauvegarde est chiffrée. Saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Encrypt daily backups</source>
        <translation>Chiffrer les sauvegardes quotidiennes</translation>
    </message>
    <message>
        <source>Daily backups will be encrypted with this passphrase. It is kept in this computer&apos;s system keyring; note it somewhere safe as well: restoring a backup on another computer needs it.</source>
        <translation>Les sauvegardes quotidiennes seront chiffrées avec cette phrase secrète. Elle est conservée dans le trousseau de clés du système de cet ordinateur&#xa0;; notez-la aussi en lieu sûr&#xa0;: elle est nécessaire pour restaurer une sauvegarde sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>bk::PdfPreviewWidget</name>
    <message>
        <source>Document preview</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>There is no document to show.</source>
        <translation>Il n’y a aucun document à afficher.</translation>
    </message>
</context>
<context>
    <name>bk::PracticeDetailsWidget</name>
    <message>
        <source>e.g. Northbridge Coaching</source>
        <translation>p. ex. Northbridge Coaching</translation>
    </message>
    <message>
        <source>Address, phone and website, as printed on agreements</source>
        <translation>Adresse, téléphone et site web, tels qu’imprimés sur les accords</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Use a PNG or JPEG image as the logo on printed documents</source>
        <translation>Utilisez une image PNG ou JPEG comme logo sur les documents imprimés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Practice na&amp;me:</source>
        <translation>&amp;Nom du cabinet&#xa0;:</translation>
    </message>
    <message>
        <source>Contact lin&amp;e:</source>
        <translation>&amp;Ligne de contact&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Practitioners:</source>
        <translation>Praticiens&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;per size:</source>
        <translation>F&amp;ormat du papier&#xa0;:</translation>
    </message>
    <message>
        <source>This file could not be read as an image. Choose a PNG or JPEG file.</source>
        <translation>Ce fichier n’a pas pu être lu comme une image. Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
</context>
<context>
    <name>bk::PracticeExportActions</name>
    <message>
        <source>Export the &amp;whole practice…</source>
        <translation>&amp;Exporter tout le cabinet…</translation>
    </message>
    <message>
        <source>Write every record, signed PDF and policy version to a folder as CSV, JSON and PDF files any program reads, with a manifest of their SHA-256</source>
        <translation>Écrire chaque enregistrement, PDF signé et version de la politique dans un dossier, sous forme de fichiers CSV, JSON et PDF lisibles par tout programme, avec un manifeste de leurs SHA-256</translation>
    </message>
    <message>
        <source>Export the whole practice to a new folder</source>
        <translation>Exporter tout le cabinet vers un nouveau dossier</translation>
    </message>
    <message>
        <source>practice-export-%1</source>
        <translation>export-cabinet-%1</translation>
    </message>
    <message>
        <source>Exporting the practice to %1…</source>
        <translation>Export du cabinet vers %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>bk::PracticePage</name>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Go back to what was last saved</source>
        <translation>Revenir au dernier enregistrement</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Consequence ladder</source>
        <translation>Échelle des conséquences</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copier l’empreinte</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the published version</source>
        <translation>Copier le SHA-256 complet de la version publiée</translation>
    </message>
    <message>
        <source>Go back to the draft as last saved</source>
        <translation>Revenir au brouillon tel qu’enregistré en dernier</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Keep the changes as a draft; clients see them once they are published</source>
        <translation>Garder les modifications comme brouillon&#xa0;; les clients les verront une fois publiées</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <source>Freeze the draft as the next version of the policy</source>
        <translation>Figer le brouillon comme version suivante de la politique</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the full text of the selected version</source>
        <translation>Afficher le texte complet de la version sélectionnée</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some changes in the Practice section are not saved yet. Leave and discard them, or stay to save them?</source>
        <translation>Certaines modifications de la section Cabinet ne sont pas encore enregistrées. Quitter et les abandonner, ou rester pour les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Practice details</source>
        <translation>Détails du cabinet</translation>
    </message>
    <message>
        <source>Roles &amp;&amp; scope</source>
        <translation>Rôles &amp;&amp; périmètre</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The draft has unsaved changes.</source>
        <translation>Le brouillon contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Nothing is published yet: clients can acknowledge the policy once it is.</source>
        <translation>Rien n’est encore publié&#xa0;: les clients pourront confirmer la politique une fois qu’elle le sera.</translation>
    </message>
    <message>
        <source>The saved draft differs from version %1. Publish it when it is ready for clients.</source>
        <translation>Le brouillon enregistré diffère de la version %1. Publiez-le quand il est prêt pour les clients.</translation>
    </message>
    <message>
        <source>The draft is the same as version %1.</source>
        <translation>Le brouillon est identique à la version %1.</translation>
    </message>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>Nothing to publish</source>
        <translation>Rien à publier</translation>
    </message>
    <message>
        <source>Publish the policy as version 1? Once published, a version cannot be changed.

%1</source>
        <translation>Publier la politique comme version 1&#xa0;? Une fois publiée, une version ne peut plus être modifiée.

%1</translation>
    </message>
    <message>
        <source>Publish version %1? Compared with version %2:

%3

Once published, a version cannot be changed, and clients who acknowledged an earlier version are asked to acknowledge it again.</source>
        <translation>Publier la version %1&#xa0;? Par rapport à la version %2&#xa0;:

%3

Une fois publiée, une version ne peut plus être modifiée, et les clients qui ont confirmé une version antérieure sont invités à la confirmer de nouveau.</translation>
    </message>
    <message>
        <source>Publish version %1</source>
        <translation>Publier la version %1</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Version %1 published · SHA-256 %2…</source>
        <translation>Version %1 publiée · SHA-256 %2…</translation>
    </message>
    <message>
        <source>No version is published yet. Publish the draft in the Boundaries tab.</source>
        <translation>Aucune version n’est encore publiée. Publiez le brouillon dans l’onglet Limites.</translation>
    </message>
    <message>
        <source>Comparing version %1 with version %2.</source>
        <translation>Comparaison de la version %1 avec la version %2.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select two versions to compare them.</source>
        <translation>Sélectionnez deux versions pour les comparer.</translation>
    </message>
    <message>
        <source>Select a version to show it, or two to compare them.</source>
        <translation>Sélectionnez une version pour l’afficher, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>The practice profile</source>
        <translation>Le profil du cabinet</translation>
    </message>
    <message>
        <source>%1 Your changes are still here; save again to compare them with the newer version.</source>
        <translation>%1 Vos modifications sont toujours là&#xa0;; enregistrez à nouveau pour les comparer à la version plus récente.</translation>
    </message>
    <message>
        <source>Published versions</source>
        <translation>Versions publiées</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texte de la version sélectionnée</translation>
    </message>
</context>
<context>
    <name>bk::PracticeSwitcher</name>
    <message>
        <source>Cannot open the practice</source>
        <translation>Impossible d’ouvrir le cabinet</translation>
    </message>
    <message>
        <source>Practice server not reached</source>
        <translation>Serveur du cabinet injoignable</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Que souhaitez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Connect to another server…</source>
        <translation>Se &amp;connecter à un autre serveur…</translation>
    </message>
    <message>
        <source>Open the practice &amp;file on this computer</source>
        <translation>Ouvrir le &amp;fichier du cabinet sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>bk::PractitionerPickerDialog</name>
    <message>
        <source>Type a part of the name or sign-in</source>
        <translation>Saisissez une partie du nom ou de l’identifiant</translation>
    </message>
    <message>
        <source>Filter the practitioners</source>
        <translation>Filtrer les praticiens</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Practitioners to choose from</source>
        <translation>Praticiens au choix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>No practitioner matches.</source>
        <translation>Aucun praticien ne correspond.</translation>
    </message>
</context>
<context>
    <name>bk::PractitionersDialog</name>
    <message>
        <source>Practitioners</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>managing practitioners</source>
        <translation>gestion des praticiens</translation>
    </message>
    <message>
        <source>You can see who works in the practice and their roles.</source>
        <translation>Vous pouvez voir qui travaille au cabinet et avec quel rôle.</translation>
    </message>
    <message>
        <source>The practice is open read-only: you can see the practitioners, but not change them.</source>
        <translation>Le cabinet est ouvert en lecture seule&#xa0;: vous pouvez voir les praticiens, mais pas les modifier.</translation>
    </message>
    <message>
        <source>Everyone here signs in to the practice server as themselves. An owner sees and changes everything; a practitioner works with their own clients and those shared with them; an administrator looks after the practice without seeing any client.</source>
        <translation>Chacun se connecte ici au serveur du cabinet sous son propre identifiant. Un propriétaire voit et modifie tout&#xa0;; un praticien travaille avec ses propres clients et avec ceux qui sont partagés avec lui&#xa0;; un administrateur s’occupe du cabinet sans voir aucun client.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Add practitioner…</source>
        <translation>&amp;Ajouter un praticien…</translation>
    </message>
    <message>
        <source>&amp;Role of the selected practitioner:</source>
        <translation>&amp;Rôle du praticien sélectionné&#xa0;:</translation>
    </message>
    <message>
        <source>Change r&amp;ole</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>For someone who leaves the practice: they can no longer sign in, and their records keep their name</source>
        <translation>Pour quelqu’un qui quitte le cabinet&#xa0;: il ne peut plus se connecter et ses enregistrements gardent son nom</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Let the selected practitioner sign in again, in the role they had</source>
        <translation>Permettre au praticien sélectionné de se connecter à nouveau, avec le rôle qu’il avait</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in; their records keep their name.</source>
        <translation>%1 ne pourra plus se connecter&#xa0;; ses enregistrements gardent son nom.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s), and there is nobody else to take them over. Add a practitioner first.</source>
        <translation>
            <numerusform>%1 est responsable de %n client et personne d’autre ne peut le reprendre. Ajoutez d’abord un praticien.</numerusform>
            <numerusform>%1 est responsable de %n clients et personne d’autre ne peut les reprendre. Ajoutez d’abord un praticien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is responsible for %n client(s). Who takes them over?</source>
        <translation>
            <numerusform>%1 est responsable de %n client. Qui le reprend&#xa0;?</numerusform>
            <numerusform>%1 est responsable de %n clients. Qui les reprend&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
</context>
<context>
    <name>bk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Boundary Keeper speaks the new language from its next start.</source>
        <translation>Boundary Keeper utilisera la nouvelle langue dès son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>The command-line program follows the language of the terminal (LANG).</source>
        <translation>Le programme en ligne de commande suit la langue du terminal (LANG).</translation>
    </message>
    <message>
        <source>This practice is open read-only: its paper size cannot be changed.</source>
        <translation>Ce cabinet est ouvert en lecture seule&#xa0;: son format de papier ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Agreements, contracts, summaries and reports of this practice are laid out on this paper, whoever prints them.</source>
        <translation>Les accords, contrats, résumés et rapports de ce cabinet sont mis en page sur ce papier, quelle que soit la personne qui les imprime.</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format de &amp;papier&#xa0;:</translation>
    </message>
    <message>
        <source>The practice&apos;s documents</source>
        <translation>Documents du cabinet</translation>
    </message>
    <message>
        <source>Paper size not saved</source>
        <translation>Format de papier non enregistré</translation>
    </message>
    <message>
        <source>Daily backups</source>
        <translation>Sauvegardes quotidiennes</translation>
    </message>
    <message>
        <source>When Boundary Keeper closes, at most once a day, it writes a checked backup of this practice into %1. It keeps the last 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>À sa fermeture, au plus une fois par jour, Boundary Keeper écrit une sauvegarde vérifiée de ce cabinet dans %1. Il conserve les 7 dernières sauvegardes quotidiennes, les 4 dernières hebdomadaires et les 12 dernières mensuelles.</translation>
    </message>
    <message>
        <source>&amp;Encrypt daily backups with a passphrase</source>
        <translation>&amp;Chiffrer les sauvegardes quotidiennes avec une phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase is kept in this computer&apos;s system keyring. Backups encrypted before keep needing the passphrase they were encrypted with.</source>
        <translation>La phrase secrète est conservée dans le trousseau de clés du système de cet ordinateur. Les sauvegardes chiffrées auparavant nécessitent toujours la phrase secrète avec laquelle elles ont été chiffrées.</translation>
    </message>
    <message>
        <source>&amp;Notify me through the system tray when follow-ups fall due</source>
        <translation>M’a&amp;vertir dans la zone de notification quand des suivis arrivent à échéance</translation>
    </message>
    <message>
        <source>The reminder bar in the window shows due and overdue follow-ups either way.</source>
        <translation>La barre de rappels de la fenêtre affiche de toute façon les suivis à échéance et en retard.</translation>
    </message>
</context>
<context>
    <name>bk::QuickLogDialog</name>
    <message>
        <source>Log an incident</source>
        <translation>Consigner un incident</translation>
    </message>
    <message>
        <source>Choose the boundary…</source>
        <translation>Choisissez la limite…</translation>
    </message>
    <message>
        <source>What happened, in a few factual words (Enter saves, Shift+Enter starts a new line)</source>
        <translation>Ce qui s’est passé, en quelques mots factuels (Entrée enregistre, Maj+Entrée commence une nouvelle ligne)</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <source>Me (a lapse of my own)</source>
        <translation>Moi (un écart personnel)</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Boundary:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Ce qui s’est &amp;passé&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Wh&amp;o crossed it:</source>
        <translation>Qui l’a &amp;franchie&#xa0;:</translation>
    </message>
    <message>
        <source>Logged against version %1 of your boundary policy. Contact outside your working hours or the agreed channels is flagged automatically.</source>
        <translation>Consigné selon la version %1 de votre politique des limites. Les contacts en dehors de vos horaires de travail ou des canaux convenus sont signalés automatiquement.</translation>
    </message>
    <message>
        <source>No policy version is published yet: the boundaries of the draft are offered.</source>
        <translation>Aucune version de la politique n’est encore publiée&#xa0;: les limites du brouillon sont proposées.</translation>
    </message>
    <message>
        <source>Log incident</source>
        <translation>Consigner l’incident</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>Incident logged for %1.</source>
        <translation>Incident consigné pour %1.</translation>
    </message>
    <message>
        <source>outside your working hours</source>
        <translation>en dehors de vos horaires de travail</translation>
    </message>
    <message>
        <source>outside the agreed channels</source>
        <translation>en dehors des canaux convenus</translation>
    </message>
    <message>
        <source>No automatic flags.</source>
        <translation>Aucun indicateur automatique.</translation>
    </message>
    <message>
        <source>Flagged: %1.</source>
        <translation>Signalé&#xa0;: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Next: %1, by %2.</source>
        <translation>Suivant&#xa0;: %1, d’ici le %2.</translation>
    </message>
</context>
<context>
    <name>bk::ReflectionPage</name>
    <message>
        <source>&amp;Check before sharing…</source>
        <translation>&amp;Vérifier avant de partager…</translation>
    </message>
    <message>
        <source>Five questions before sharing something personal with a client (%1)</source>
        <translation>Cinq questions avant de partager quelque chose de personnel avec un client (%1)</translation>
    </message>
    <message>
        <source>Private: these entries never appear in anything a client receives.</source>
        <translation>Privé&#xa0;: ces entrées n’apparaissent jamais dans ce qu’un client reçoit.</translation>
    </message>
    <message>
        <source>Reflection entries</source>
        <translation>Entrées de réflexion</translation>
    </message>
    <message>
        <source>Take a disclosure check…</source>
        <translation>Faire une vérification avant de partager…</translation>
    </message>
    <message>
        <source>Your own side of the boundary</source>
        <translation>Votre propre côté de la limite</translation>
    </message>
    <message>
        <source>Before you share something personal with a client, take a short check (%1): five questions and a plain recommendation. Record what you decided, and look back here at where boundaries blur. Entries are private: they never appear in anything a client receives.</source>
        <translation>Avant de partager quelque chose de personnel avec un client, faites une courte vérification (%1)&#xa0;: cinq questions et une recommandation claire. Consignez ce que vous avez décidé, et revenez ici pour voir où les limites s’estompent. Les entrées sont privées&#xa0;: elles n’apparaissent jamais dans ce qu’un client reçoit.</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <source>Select an entry to read its answers and your note.</source>
        <translation>Sélectionnez une entrée pour lire ses réponses et votre note.</translation>
    </message>
    <message>
        <source>No particular client</source>
        <translation>Aucun client en particulier</translation>
    </message>
    <message>
        <source>The check said:</source>
        <translation>La vérification disait&#xa0;:</translation>
    </message>
    <message>
        <source>I decided:</source>
        <translation>J’ai décidé&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded in your reflection.</source>
        <translation>Consigné dans votre réflexion.</translation>
    </message>
    <message>
        <source>Reduced &amp;availability…</source>
        <translation>&amp;Disponibilité réduite…</translation>
    </message>
    <message>
        <source>Tell the clients concerned what changes while something personal affects your work</source>
        <translation>Indiquer aux clients concernés ce qui change lorsqu’un événement personnel affecte votre travail</translation>
    </message>
    <message>
        <source>&amp;Monthly reflection…</source>
        <translation>Réflexion &amp;mensuelle…</translation>
    </message>
    <message>
        <source>Look back at the month: your own lapses, clients with repeated incidents, your disclosure checks, and a few questions</source>
        <translation>Revenir sur le mois&#xa0;: vos écarts personnels, les clients aux incidents répétés, vos vérifications avant de partager et quelques questions</translation>
    </message>
    <message>
        <source>&amp;Export for supervision…</source>
        <translation>&amp;Exporter pour la supervision…</translation>
    </message>
    <message>
        <source>Save your monthly reflections and disclosure checks as a PDF</source>
        <translation>Enregistrer vos réflexions mensuelles et vos vérifications avant de partager en PDF</translation>
    </message>
    <message>
        <source>Disclosure checks</source>
        <translation>Vérifications avant de partager</translation>
    </message>
    <message>
        <source>Monthly reflections</source>
        <translation>Réflexions mensuelles</translation>
    </message>
    <message>
        <source>%1 (skipped)</source>
        <translation>%1 (ignoré)</translation>
    </message>
    <message>
        <source>Once a month, look back at your own side of the boundary (%1). Your reflections are listed here.</source>
        <translation>Une fois par mois, revenez sur votre propre côté de la limite (%1). Vos réflexions sont listées ici.</translation>
    </message>
    <message>
        <source>You skipped this month.</source>
        <translation>Vous avez ignoré ce mois.</translation>
    </message>
    <message>
        <source>Your monthly reflection was recorded.</source>
        <translation>Votre réflexion mensuelle a été consignée.</translation>
    </message>
    <message>
        <source>Export for supervision</source>
        <translation>Exporter pour la supervision</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Le PDF n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Saved your reflection as %1.</source>
        <translation>Votre réflexion a été enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the selected entry&apos;s answers, decision or note (Enter)</source>
        <translation>Modifier les réponses, la décision ou la note de l’entrée sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected entry for good (Delete)</source>
        <translation>Supprimer définitivement l’entrée sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>No disclosure check matches</source>
        <translation>Aucune vérification avant de partager ne correspond</translation>
    </message>
    <message>
        <source>You recorded no disclosure check about this client in this period. Choose another client or period, or clear the filters to see every entry.</source>
        <translation>Vous n’avez consigné aucune vérification avant de partager concernant ce client sur cette période. Choisissez un autre client ou une autre période, ou effacez les filtres pour voir toutes les entrées.</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>Only the entries about this client</source>
        <translation>Uniquement les entrées concernant ce client</translation>
    </message>
    <message>
        <source>Only the entries of this period</source>
        <translation>Uniquement les entrées de cette période</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Your changes to the entry were saved.</source>
        <translation>Vos modifications de l’entrée ont été enregistrées.</translation>
    </message>
    <message>
        <source>no particular client</source>
        <translation>aucun client en particulier</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Delete your disclosure check of %1 about %2? It cannot be undone; the audit trail keeps only that the entry existed.</source>
        <translation>Supprimer votre vérification avant de partager du %1 concernant %2&#xa0;? Cette action est irréversible&#xa0;; le journal d’audit conserve uniquement le fait que l’entrée a existé.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The entry was not deleted. %1</source>
        <translation>L’entrée n’a pas été supprimée. %1</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>L’entrée a été supprimée.</translation>
    </message>
    <message>
        <source>The month&apos;s reflection</source>
        <translation>Réflexion du mois</translation>
    </message>
</context>
<context>
    <name>bk::ReflectionTableModel</name>
    <message>
        <source>No particular client</source>
        <translation>Aucun client en particulier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The check said</source>
        <translation>La vérification disait</translation>
    </message>
    <message>
        <source>I decided</source>
        <translation>J’ai décidé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>bk::ResourceLibraryDialog</name>
    <message>
        <source>Add to the resource library</source>
        <translation>Ajouter à la bibliothèque de ressources</translation>
    </message>
    <message>
        <source>Required, e.g. Working hours: a one-page guide</source>
        <translation>Obligatoire, p. ex. Horaires de travail&#xa0;: un guide d’une page</translation>
    </message>
    <message>
        <source>https://… or a file</source>
        <translation>https://… ou un fichier</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Link or file:</source>
        <translation>&amp;Lien ou fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Helps with:</source>
        <translation>Utile pour&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the resource&apos;s file</source>
        <translation>Choisir le fichier de la ressource</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>Rien n’a été enregistré. %1</translation>
    </message>
    <message>
        <source>Boundaries it helps with</source>
        <translation>Limites concernées</translation>
    </message>
</context>
<context>
    <name>bk::ResourceStepWidget</name>
    <message>
        <source>The practice&apos;s library</source>
        <translation>La bibliothèque du cabinet</translation>
    </message>
    <message>
        <source>Show the whole library</source>
        <translation>Afficher toute la bibliothèque</translation>
    </message>
    <message>
        <source>Also show resources listed for other boundaries</source>
        <translation>Afficher aussi les ressources rattachées à d’autres limites</translation>
    </message>
    <message>
        <source>Add to library…</source>
        <translation>Ajouter à la bibliothèque…</translation>
    </message>
    <message>
        <source>Record the ticked resources as provided</source>
        <translation>Consigner les ressources cochées comme fournies</translation>
    </message>
    <message>
        <source>Optional: how they were shared</source>
        <translation>Facultatif&#xa0;: comment elles ont été partagées</translation>
    </message>
    <message>
        <source>Record as provided</source>
        <translation>Consigner comme fournies</translation>
    </message>
    <message>
        <source>&amp;Provided:</source>
        <translation>&amp;Fournies&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Show the whole library, not only &quot;%1&quot;</source>
        <translation>Afficher toute la bibliothèque, pas seulement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resources recorded as provided yet.</source>
        <translation>Aucune ressource consignée comme fournie pour l’instant.</translation>
    </message>
    <message>
        <source>Provided so far: %1</source>
        <translation>Fournies jusqu’ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library could not be read. %1</source>
        <translation>La bibliothèque n’a pas pu être lue. %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The library is empty. Add the guides, courses and reading you share with clients.</source>
        <translation>La bibliothèque est vide. Ajoutez les guides, les cours et les lectures que vous partagez avec vos clients.</translation>
    </message>
    <message>
        <source>Nothing in the library for this boundary yet.</source>
        <translation>Rien dans la bibliothèque pour cette limite pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) recorded as provided.</source>
        <translation>
            <numerusform>%n ressource consignée comme fournie.</numerusform>
            <numerusform>%n ressources consignées comme fournies.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bk::ReviewStepPage</name>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>The agreement exactly as it prints. Finish signs it for good: it is stored unchanged, and every copy you save or print can later be verified.</source>
        <translation>L’accord exactement tel qu’il s’imprime. Terminer le signe définitivement&#xa0;: il est enregistré sans modification, et chaque copie que vous enregistrez ou imprimez pourra être vérifiée ultérieurement.</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>Enregistrer le P&amp;DF…</translation>
    </message>
    <message>
        <source>Sign the agreement and save the signed PDF</source>
        <translation>Signer l’accord et enregistrer le PDF signé</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Sign the agreement and print it, with a preview first</source>
        <translation>Signer l’accord et l’imprimer, avec un aperçu au préalable</translation>
    </message>
    <message>
        <source>&amp;Keep a copy of the signed PDF in the client&apos;s folder</source>
        <translation>&amp;Garder une copie du PDF signé dans le dossier du client</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>La copie n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>The agreement is signed and stored, but the copy for the client&apos;s folder was not saved. %1</source>
        <translation>L’accord est signé et enregistré, mais la copie destinée au dossier du client n’a pas été enregistrée. %1</translation>
    </message>
    <message>
        <source>Boundary agreement – %1</source>
        <translation>Accord sur les limites – %1</translation>
    </message>
    <message>
        <source>Signed on %1. The agreement is stored and can no longer be changed.</source>
        <translation>Signé le %1. L’accord est enregistré et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Signed on %1 and saved to %2.</source>
        <translation>Signé le %1 et enregistré sous %2.</translation>
    </message>
    <message>
        <source>Signs the agreement for good, then saves the signed PDF where you choose. Every copy can be verified later.</source>
        <translation>Signe l’accord définitivement, puis enregistre le PDF signé à l’emplacement de votre choix. Chaque copie pourra être vérifiée ultérieurement.</translation>
    </message>
    <message>
        <source>Signs the agreement for good, then prints it, with a preview first.</source>
        <translation>Signe l’accord définitivement, puis l’imprime, avec un aperçu au préalable.</translation>
    </message>
    <message>
        <source>Keeps a copy of the signed PDF, readable by you only, in the client&apos;s folder.</source>
        <translation>Conserve une copie du PDF signé, lisible uniquement par vous, dans le dossier du client.</translation>
    </message>
</context>
<context>
    <name>bk::RolesWidget</name>
    <message>
        <source>What you do for your clients and what you hold yourself to, e.g. prepare each session, keep appointments, work within your competence</source>
        <translation>Ce que vous faites pour vos clients et ce à quoi vous vous engagez, p. ex. préparer chaque séance, respecter les rendez-vous, travailler dans les limites de vos compétences</translation>
    </message>
    <message>
        <source>What you ask of your clients, e.g. come prepared and on time, cancel in good time, do the agreed work between sessions</source>
        <translation>Ce que vous demandez à vos clients, p. ex. venir préparés et à l’heure, annuler suffisamment tôt, faire le travail convenu entre les séances</translation>
    </message>
    <message>
        <source>The services clients can expect from you</source>
        <translation>Les services que les clients peuvent attendre de vous</translation>
    </message>
    <message>
        <source>What you do not offer and where clients can turn instead, e.g. crisis support or medical advice</source>
        <translation>Ce que vous ne proposez pas et vers qui les clients peuvent se tourner à la place, p. ex. soutien en situation de crise ou avis médical</translation>
    </message>
    <message>
        <source>The &amp;practitioner&apos;s role:</source>
        <translation>&amp;Rôle du praticien&#xa0;:</translation>
    </message>
    <message>
        <source>Services &amp;offered:</source>
        <translation>Services pr&amp;oposés&#xa0;:</translation>
    </message>
    <message>
        <source>Services no&amp;t offered:</source>
        <translation>Services &amp;non proposés&#xa0;:</translation>
    </message>
    <message>
        <source>Your role and responsibilities as every agreement states them.</source>
        <translation>Votre rôle et vos responsabilités, tels que chaque accord les énonce.</translation>
    </message>
    <message>
        <source>What you expect of the client, as every agreement states it.</source>
        <translation>Ce que vous attendez du client, tel que chaque accord l’énonce.</translation>
    </message>
    <message>
        <source>The scope of your services. Being clear about it early prevents misunderstandings later.</source>
        <translation>Le périmètre de vos services. Le préciser dès le début évite des malentendus par la suite.</translation>
    </message>
    <message>
        <source>What is outside your scope, and where clients can turn for it.</source>
        <translation>Ce qui sort de votre périmètre, et vers qui les clients peuvent se tourner pour cela.</translation>
    </message>
    <message>
        <source>The client&apos;s rol&amp;e:</source>
        <translation>Rôl&amp;e du client&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bk::ScanAttachmentWidget</name>
    <message>
        <source>&amp;Attach a scan…</source>
        <translation>&amp;Joindre un scan…</translation>
    </message>
    <message>
        <source>Remove scan</source>
        <translation>Retirer le scan</translation>
    </message>
    <message>
        <source>Attach a scan of the signed original</source>
        <translation>Joindre un scan de l’original signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The scan was not attached</source>
        <translation>Le scan n’a pas été joint</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB. Scan the pages at a lower resolution and attach the smaller file.</source>
        <translation>%1 dépasse 25 Mo. Numérisez les pages à une résolution plus faible et joignez le fichier plus léger.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Aucun scan joint</translation>
    </message>
    <message>
        <source>Scan attached (%1, %2)</source>
        <translation>Scan joint (%1, %2)</translation>
    </message>
</context>
<context>
    <name>bk::SetupWizard</name>
    <message>
        <source>Set up your practice</source>
        <translation>Configurer votre cabinet</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Passer la configuration</translation>
    </message>
    <message>
        <source>Start with sensible defaults; you can change everything later in the Practice section</source>
        <translation>Commencer avec des valeurs par défaut raisonnables&#xa0;; vous pourrez tout modifier plus tard dans la section Cabinet</translation>
    </message>
    <message>
        <source>Welcome to Boundary Keeper</source>
        <translation>Bienvenue dans Boundary Keeper</translation>
    </message>
    <message>
        <source>A few questions about your practice, so that every agreement starts from your own words. Everything can be changed later.</source>
        <translation>Quelques questions sur votre cabinet, pour que chaque accord parte de vos propres mots. Tout peut être modifié plus tard.</translation>
    </message>
    <message>
        <source>Roles and scope</source>
        <translation>Rôles et périmètre</translation>
    </message>
    <message>
        <source>What you and your clients can expect of each other, and what your practice offers. The suggestions are a starting point.</source>
        <translation>Ce que vous et vos clients pouvez attendre les uns des autres, et ce que propose votre cabinet. Les suggestions sont un point de départ.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>When you work, how clients may reach you and how soon you answer.</source>
        <translation>Quand vous travaillez, comment les clients peuvent vous joindre et dans quel délai vous répondez.</translation>
    </message>
    <message>
        <source>Your boundaries</source>
        <translation>Vos limites</translation>
    </message>
    <message>
        <source>Boundary Keeper comes with these boundaries and a consequence ladder. Publish them now as version 1 for your clients to acknowledge, or keep them as a draft to adapt first in the Practice section.</source>
        <translation>Boundary Keeper est fourni avec ces limites et une échelle des conséquences. Publiez-les maintenant comme version 1 pour que vos clients les confirment, ou gardez-les comme brouillon pour les adapter d’abord dans la section Cabinet.</translation>
    </message>
    <message>
        <source>&amp;Publish them as version 1</source>
        <translation>Les publier comme &amp;version 1</translation>
    </message>
    <message>
        <source>&amp;Keep them as a draft for now</source>
        <translation>Les &amp;garder comme brouillon pour l’instant</translation>
    </message>
    <message>
        <source>Setup not finished</source>
        <translation>Configuration inachevée</translation>
    </message>
    <message>
        <source>Boundaries not published</source>
        <translation>Limites non publiées</translation>
    </message>
    <message>
        <source>Your practice details are saved, but the boundaries could not be published: %1 They are kept as a draft in the Practice section.</source>
        <translation>Les détails de votre cabinet sont enregistrés, mais les limites n’ont pas pu être publiées&#xa0;: %1 Elles sont conservées comme brouillon dans la section Cabinet.</translation>
    </message>
    <message>
        <source>Setup not skipped</source>
        <translation>Configuration non passée</translation>
    </message>
</context>
<context>
    <name>bk::SignatureCanvas</name>
    <message>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>Draw the signature with a mouse, pen or finger, or choose to type the full name instead.</source>
        <translation>Tracez la signature avec une souris, un stylet ou le doigt, ou choisissez plutôt de saisir le nom complet.</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
</context>
<context>
    <name>bk::SignaturePadWidget</name>
    <message>
        <source>Full name, typed as the signature</source>
        <translation>Nom complet, saisi comme signature</translation>
    </message>
    <message>
        <source>Undo last stroke</source>
        <translation>Annuler le dernier trait</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Type your full name instead</source>
        <translation>Saisir plutôt votre nom complet</translation>
    </message>
    <message>
        <source>Sign by typing your full name: the way to sign with the keyboard</source>
        <translation>Signer en saisissant votre nom complet&#xa0;: la façon de signer au clavier</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature of %1</source>
        <translation>Signature de %1</translation>
    </message>
    <message>
        <source>Type your full name</source>
        <translation>Saisissez votre nom complet</translation>
    </message>
    <message>
        <source>Type your full name, e.g. %1</source>
        <translation>Saisissez votre nom complet, p. ex. %1</translation>
    </message>
</context>
<context>
    <name>bk::SignedDocumentDialog</name>
    <message>
        <source>%1 at %2</source>
        <comment>signed on &lt;date&gt; at &lt;time&gt;</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Boundary agreement with %1</source>
        <translation>Accord sur les limites avec %1</translation>
    </message>
    <message>
        <source>Signed on %1 on policy version %2. Document ID %3.</source>
        <translation>Signé le %1 sur la version %2 de la politique. Identifiant du document %3.</translation>
    </message>
    <message>
        <source>Behavioural contract with %1</source>
        <translation>Contrat de comportement avec %1</translation>
    </message>
    <message>
        <source>Signed on %1. Document ID %2.</source>
        <translation>Signé le %1. Identifiant du document %2.</translation>
    </message>
    <message>
        <source>This is the PDF exactly as it was signed; it cannot be changed.</source>
        <translation>Voici le PDF exactement tel qu’il a été signé ; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Enregistrer une copie…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>bk::SigningStepPage</name>
    <message>
        <source>Consent and signatures</source>
        <translation>Consentement et signatures</translation>
    </message>
    <message>
        <source>Read the statement of intent together, then both sign: on screen, or on a printed copy. The agreement cannot be finished until both of you have signed.</source>
        <translation>Lisez ensemble la déclaration d’intention, puis signez tous les deux&#xa0;: à l’écran ou sur un exemplaire imprimé. L’accord ne peut pas être terminé tant que vous n’avez pas signé tous les deux.</translation>
    </message>
    <message>
        <source>Sign on &amp;screen</source>
        <translation>Signer à l’écr&amp;an</translation>
    </message>
    <message>
        <source>Sign on &amp;paper instead</source>
        <translation>Signer sur papier à la pla&amp;ce</translation>
    </message>
    <message>
        <source>Statement of &amp;intent:</source>
        <translation>&amp;Déclaration d’intention&#xa0;:</translation>
    </message>
    <message>
        <source>Who countersigns for the practice</source>
        <translation>Qui contresigne pour le cabinet</translation>
    </message>
    <message>
        <source>Co&amp;untersigned for the practice by:</source>
        <translation>Contresig&amp;né pour le cabinet par&#xa0;:</translation>
    </message>
    <message>
        <source>The client &amp;consents to sign electronically:</source>
        <translation>Le client c&amp;onsent à la signature électronique&#xa0;:</translation>
    </message>
    <message>
        <source>The client signs</source>
        <translation>Le client signe</translation>
    </message>
    <message>
        <source>The practitioner countersigns</source>
        <translation>Le praticien contresigne</translation>
    </message>
    <message>
        <source>Print the agreement with blank signature lines, sign it together by hand, and keep the paper original. Boundary Keeper records that the original exists and, if you like, a scan of it.</source>
        <translation>Imprimez l’accord avec des lignes de signature vierges, signez-le ensemble à la main et conservez l’original papier. Boundary Keeper consigne l’existence de l’original et, si vous le souhaitez, un scan de celui-ci.</translation>
    </message>
    <message>
        <source>P&amp;rint unsigned copy…</source>
        <translation>&amp;Imprimer un exemplaire non signé…</translation>
    </message>
    <message>
        <source>Save unsigned cop&amp;y…</source>
        <translation>Enregistrer un e&amp;xemplaire non signé…</translation>
    </message>
    <message>
        <source>Both have &amp;signed the printed copy, and the practice keeps the paper original</source>
        <translation>Les deux parties ont si&amp;gné l’exemplaire imprimé, et le cabinet conserve l’original papier</translation>
    </message>
    <message>
        <source>Where the original is kept, e.g. the client file in the office cabinet</source>
        <translation>Où l’original est conservé, p. ex. le dossier du client dans l’armoire du bureau</translation>
    </message>
    <message>
        <source>Original &amp;kept:</source>
        <translation>Lieu de l’o&amp;riginal&#xa0;:</translation>
    </message>
    <message>
        <source>Scan (optional):</source>
        <translation>Scan (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>The copy cannot be printed</source>
        <translation>L’exemplaire ne peut pas être imprimé</translation>
    </message>
    <message>
        <source>Boundary agreement – %1 (unsigned)</source>
        <translation>Accord sur les limites – %1 (non signé)</translation>
    </message>
    <message>
        <source>The copy cannot be saved</source>
        <translation>L’exemplaire ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>Both sign here on the screen, with a mouse, pen or finger, or by typing their full name.</source>
        <translation>Vous signez tous les deux ici, à l’écran, avec une souris, un stylet ou le doigt, ou en saisissant chacun votre nom complet.</translation>
    </message>
    <message>
        <source>Print the unsigned agreement, both sign it by hand, and the practice keeps the paper original.</source>
        <translation>Imprimez l’accord non signé, signez-le tous les deux à la main, et le cabinet conserve l’original papier.</translation>
    </message>
    <message>
        <source>What both of you mean by signing. Read it together before signing; it is printed above the signatures.</source>
        <translation>Ce que vous exprimez tous les deux en signant. Lisez cette déclaration ensemble avant de signer&#xa0;; elle est imprimée au-dessus des signatures.</translation>
    </message>
    <message>
        <source>The practitioner who countersigns for the practice, named on the agreement and its evidence page.</source>
        <translation>Le praticien qui contresigne pour le cabinet, nommé dans l’accord et sur sa page des éléments de preuve.</translation>
    </message>
    <message>
        <source>Tick once the client agrees to sign electronically. The consent text says whom to ask for a free paper copy or to withdraw consent.</source>
        <translation>Cochez une fois que le client accepte de signer électroniquement. Le texte du consentement indique à qui s’adresser pour obtenir gratuitement un exemplaire papier ou pour retirer son consentement.</translation>
    </message>
    <message>
        <source>Tick once both of you have signed the printed copy; the agreement then records that the practice keeps the original.</source>
        <translation>Cochez une fois que vous avez tous les deux signé l’exemplaire imprimé&#xa0;; l’accord consigne alors que le cabinet conserve l’original.</translation>
    </message>
    <message>
        <source>Where the signed original is kept, so it can be found when it is needed.</source>
        <translation>Où l’original signé est conservé, pour pouvoir le retrouver en cas de besoin.</translation>
    </message>
</context>
<context>
    <name>bk::StepHistoryWidget</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>The selected entry</source>
        <translation>L’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Summary text:</source>
        <translation>Texte du compte rendu&#xa0;:</translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation>Consigner une correction</translation>
    </message>
    <message>
        <source>Record a new entry that replaces the selected one; the original stays on record</source>
        <translation>Consigner une nouvelle entrée qui remplace celle sélectionnée&#xa0;; l’originale reste au dossier</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Envoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Review on %1. Goals: %2</source>
        <translation>Bilan le %1. Objectifs&#xa0;: %2</translation>
    </message>
    <message>
        <source>Provided: %1</source>
        <translation>Fourni&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (follow up on %2)</source>
        <translation>%1 (suivi le %2)</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objectifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>corrected on %1 by %2</source>
        <translation>corrigé le %1 par %2</translation>
    </message>
    <message>
        <source>%1 (original, replaced)</source>
        <translation>%1 (original, remplacé)</translation>
    </message>
    <message>
        <source>No step recorded yet.</source>
        <translation>Aucune étape consignée pour l’instant.</translation>
    </message>
    <message>
        <source>Recorded entries are shown as they were kept; nothing can be changed here.</source>
        <translation>Les entrées consignées sont affichées telles qu’elles ont été conservées&#xa0;; rien ne peut être modifié ici.</translation>
    </message>
    <message>
        <source>Select an entry to correct it. A correction is a new entry; the original stays on record.</source>
        <translation>Sélectionnez une entrée pour la corriger. Une correction est une nouvelle entrée&#xa0;; l’originale reste au dossier.</translation>
    </message>
    <message>
        <source>This entry was already replaced; correct the entry that replaced it instead.</source>
        <translation>Cette entrée a déjà été remplacée&#xa0;; corrigez plutôt l’entrée qui l’a remplacée.</translation>
    </message>
    <message>
        <source>Goals are corrected by recording new goals in the Goals tab, and outcomes there too.</source>
        <translation>Les objectifs se corrigent en consignant de nouveaux objectifs dans l’onglet Objectifs, et les résultats également.</translation>
    </message>
    <message>
        <source>The text of a signed contract stays as both signed it; the date and note can be corrected.</source>
        <translation>Le texte d’un contrat signé reste tel que les deux parties l’ont signé&#xa0;; la date et la note peuvent être corrigées.</translation>
    </message>
    <message>
        <source>Change what was wrong and record the correction. The original stays on record, marked as replaced.</source>
        <translation>Modifiez ce qui était erroné et consignez la correction. L’originale reste au dossier, marquée comme remplacée.</translation>
    </message>
    <message>
        <source>%1, %2:
%3</source>
        <translation>%1, %2&#xa0;:
%3</translation>
    </message>
    <message>
        <source>The written summary has no text.</source>
        <translation>Le compte rendu écrit ne contient aucun texte.</translation>
    </message>
    <message>
        <source>Write the corrected note; the original stays on record.</source>
        <translation>Rédigez la note corrigée&#xa0;; l’originale reste au dossier.</translation>
    </message>
    <message>
        <source>The correction was recorded; the original entry stays on record.</source>
        <translation>La correction a été consignée&#xa0;; l’entrée originale reste au dossier.</translation>
    </message>
    <message>
        <source>Steps taken</source>
        <translation>Étapes réalisées</translation>
    </message>
</context>
<context>
    <name>bk::StepNoteWidget</name>
    <message>
        <source>Record a step with a date and a note</source>
        <translation>Consigner une étape avec une date et une note</translation>
    </message>
    <message>
        <source>Who you spoke with and what you decided, or how the engagement ended</source>
        <translation>Avec qui vous avez parlé et ce que vous avez décidé, ou comment la collaboration a pris fin</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Consigner l’étape</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>Pas encore consignée.</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Consignée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was recorded.</source>
        <translation>«&#xa0;%1&#xa0;» a été consignée.</translation>
    </message>
</context>
<context>
    <name>bk::StepWidget</name>
    <message>
        <source>recorded on %1</source>
        <translation>consigné le %1</translation>
    </message>
    <message>
        <source>recorded on %1 by %2</source>
        <translation>consigné le %1 par %2</translation>
    </message>
    <message>
        <source>Print – %1</source>
        <translation>Impression – %1</translation>
    </message>
    <message>
        <source>Nothing was recorded. %1</source>
        <translation>Rien n’a été consigné. %1</translation>
    </message>
</context>
<context>
    <name>bk::SummaryStepWidget</name>
    <message>
        <source>The summary for the client</source>
        <translation>Le compte rendu pour le client</translation>
    </message>
    <message>
        <source>Draft again</source>
        <translation>Rédiger à nouveau</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard, to paste into a message</source>
        <translation>Copier le compte rendu dans le presse-papiers, pour le coller dans un message</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Ouvrir dans le logiciel de messagerie</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the summary with the practice&apos;s letterhead as a PDF in the client&apos;s folder</source>
        <translation>Enregistrer le compte rendu sur papier à en-tête du cabinet, en PDF, dans le dossier du client</translation>
    </message>
    <message>
        <source>Record it as sent</source>
        <translation>Le consigner comme envoyé</translation>
    </message>
    <message>
        <source>Record as sent</source>
        <translation>Consigner comme envoyé</translation>
    </message>
    <message>
        <source>The text above is kept with the record, exactly as sent.</source>
        <translation>Le texte ci-dessus est conservé avec le dossier, exactement tel qu’il a été envoyé.</translation>
    </message>
    <message>
        <source>&amp;Sent:</source>
        <translation>&amp;Envoyé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment&#xa0;:</translation>
    </message>
    <message>
        <source>Copied into a message</source>
        <translation>Copié dans un message</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Summary of our conversation: %1</source>
        <translation>Compte rendu de notre entretien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open a new message in the mail program; the client has no email address on record, so add the recipient there</source>
        <translation>Ouvrir un nouveau message dans le logiciel de messagerie&#xa0;; le client n’a pas d’adresse e-mail enregistrée, ajoutez donc le destinataire là-bas</translation>
    </message>
    <message>
        <source>Open a new message to %1 in the mail program</source>
        <translation>Ouvrir un nouveau message à %1 dans le logiciel de messagerie</translation>
    </message>
    <message>
        <source>Recorded: sent on %1 (%2).</source>
        <translation>Consigné&#xa0;: envoyé le %1 (%2).</translation>
    </message>
    <message>
        <source>method not noted</source>
        <translation>moyen non précisé</translation>
    </message>
    <message>
        <source>No written summary recorded yet.</source>
        <translation>Aucun compte rendu écrit consigné pour l’instant.</translation>
    </message>
    <message>
        <source>No mail program could be opened. Copy the summary instead and paste it into a message.</source>
        <translation>Aucun logiciel de messagerie n’a pu être ouvert. Copiez plutôt le compte rendu et collez-le dans un message.</translation>
    </message>
    <message>
        <source>The PDF was not saved. %1</source>
        <translation>Le PDF n’a pas été enregistré. %1</translation>
    </message>
    <message>
        <source>Saved as %1 in &lt;a href=&quot;%2&quot;&gt;the client&apos;s folder&lt;/a&gt;.</source>
        <translation>Enregistré sous %1 dans &lt;a href=&quot;%2&quot;&gt;le dossier du client&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The written summary was recorded as sent.</source>
        <translation>Le compte rendu écrit a été consigné comme envoyé.</translation>
    </message>
    <message>
        <source>What to tell the client (optional):</source>
        <translation>À dire au client (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>What you discussed and agreed, in words for the client. Your own note of the conversation is not put into the letter.</source>
        <translation>Ce dont vous avez parlé et ce que vous avez convenu, en des mots destinés au client. Votre propre note de l’entretien ne figure pas dans la lettre.</translation>
    </message>
    <message>
        <source>Replace the text with a fresh draft from the conversation record and what to tell the client</source>
        <translation>Remplacer le texte par un nouveau brouillon tiré de l’entretien consigné et de ce qu’il faut dire au client</translation>
    </message>
    <message>
        <source>Printed or attached as a PDF</source>
        <translation>Imprimé ou joint en PDF</translation>
    </message>
</context>
<context>
    <name>bk::VerificationDialog</name>
    <message>
        <source>Verify a PDF – %1</source>
        <translation>Vérifier un PDF – %1</translation>
    </message>
    <message>
        <source>The file could not be verified</source>
        <translation>Le fichier n’a pas pu être vérifié</translation>
    </message>
    <message>
        <source>Unaltered agreement from these records</source>
        <translation>Accord non modifié provenant de ces dossiers</translation>
    </message>
    <message>
        <source>Altered: this is not the PDF that was signed</source>
        <translation>Modifié&#xa0;: ce n’est pas le PDF qui a été signé</translation>
    </message>
    <message>
        <source>Unknown: not an agreement from these records</source>
        <translation>Inconnu&#xa0;: ce n’est pas un accord provenant de ces dossiers</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Document ID:</source>
        <translation>ID du document&#xa0;:</translation>
    </message>
    <message>
        <source>Policy version:</source>
        <translation>Version de la politique&#xa0;:</translation>
    </message>
    <message>
        <source>Signed:</source>
        <translation>Signé&#xa0;:</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 of the file:</source>
        <translation>SHA-256 du fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>bk::VerifyRecordsDialog</name>
    <message>
        <source>Verify records</source>
        <translation>Vérifier les enregistrements</translation>
    </message>
    <message>
        <source>Checking the audit trail and every record against it…</source>
        <translation>Vérification du journal d’audit et de chaque enregistrement par rapport à lui…</translation>
    </message>
    <message>
        <source>Check against a &amp;file…</source>
        <translation>&amp;Vérifier par rapport à un fichier…</translation>
    </message>
    <message>
        <source>Check the trail against the head noted in a signed agreement or contract (its PDF) or in a backup.</source>
        <translation>Vérifier le journal par rapport à la tête notée dans un accord ou un contrat signé (son PDF) ou dans une sauvegarde.</translation>
    </message>
    <message>
        <source>Check against a signed document or a backup</source>
        <translation>Vérifier par rapport à un document signé ou à une sauvegarde</translation>
    </message>
    <message>
        <source>Signed documents and backups (*.pdf *.sqlite *.bkenc *.pgdump)</source>
        <translation>Documents signés et sauvegardes (*.pdf *.sqlite *.bkenc *.pgdump)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The trail holds the head noted %1.</source>
        <translation>Le journal contient la tête notée %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The dashboard could not be computed: %1
</source>
        <translation>Le tableau de bord n’a pas pu être calculé&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Boundary Keeper</source>
        <translation>Boundary Keeper</translation>
    </message>
    <message>
        <source>Keep healthy professional boundaries with every client.</source>
        <translation>Gardez des limites professionnelles saines avec chaque client.</translation>
    </message>
    <message>
        <source>Open the demo practice (its own file; your database is not opened).</source>
        <translation>Ouvre le cabinet de démonstration (son propre fichier&#xa0;; votre base de données n’est pas ouverte).</translation>
    </message>
    <message>
        <source>Open the database read-only: look without changing anything.</source>
        <translation>Ouvre la base de données en lecture seule&#xa0;: pour consulter sans rien modifier.</translation>
    </message>
    <message>
        <source>Open on section NAME: %1.</source>
        <translation>Ouvre la section NAME&#xa0;: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Quit as soon as the window has been shown (to time start-up); with --section dashboard, once the dashboard shows its figures; with a file, once it is verified.</source>
        <translation>Quitte dès que la fenêtre a été affichée (pour mesurer le démarrage)&#xa0;; avec --section dashboard, dès que le tableau de bord affiche ses chiffres&#xa0;; avec un fichier, dès qu’il a été vérifié.</translation>
    </message>
    <message>
        <source>A PDF to verify once the window is open: whether it is an unaltered signed agreement or behavioural contract from these records.</source>
        <translation>Un PDF à vérifier une fois la fenêtre ouverte&#xa0;: s’il s’agit d’un accord ou d’un contrat de comportement signé non modifié provenant de ces dossiers.</translation>
    </message>
    <message>
        <source>Name one file to verify, not %1.
</source>
        <translation>Indiquez un seul fichier à vérifier, pas %1.
</translation>
    </message>
    <message>
        <source>Use either --db or --demo, not both.
</source>
        <translation>Utilisez --db ou --demo, pas les deux.
</translation>
    </message>
    <message>
        <source>There is no section &quot;%1&quot;; the sections are %2.
</source>
        <translation>La section «&#xa0;%1&#xa0;» n’existe pas&#xa0;; les sections sont %2.
</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Open the database file at PATH, or the practice on the PostgreSQL server at URL (postgresql://user@host/database).</source>
        <translation>Ouvre le fichier de base de données situé à PATH, ou le cabinet sur le serveur PostgreSQL à l’adresse URL (postgresql://user@host/database).</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>PATH|URL</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>La sauvegarde a été restaurée.</translation>
    </message>
    <message>
        <source>The backup was restored; the practice as it was is kept as %1.</source>
        <translation>La sauvegarde a été restaurée&#xa0;; le cabinet dans son état antérieur est conservé sous %1.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
</TS>
