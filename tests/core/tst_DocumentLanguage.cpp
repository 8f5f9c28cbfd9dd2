// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementDocument.h"
#include "app/agreements/SummaryDocument.h"
#include "app/common/DocumentLanguage.h"
#include "app/policy/PolicyCanonical.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bk;

// Documents in the client's language while the interface stays English (the tests run with LANG=C.UTF-8):
// the language's own translator, the client's setting, the policy's texts per language and their hash.
class tst_DocumentLanguage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    test::AgreementFixture fixture() {
        return test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
    }

    static Status setLanguage(const Database &db, qint64 clientId, const QString &language) {
        Result<Client> client = ClientService(db).get(clientId);
        if (!client)
            return client.error();
        Client changed = client.value();
        changed.documentLanguage = language;
        const Result<int> saved = ClientService(db).update(changed);
        return saved ? Status() : Status(saved.error());
    }

    // A small policy in English with Spanish texts for everything.
    static PolicyDocument bilingualPolicy() {
        PolicyDocument document;
        document.language = QStringLiteral("en");
        Boundary calls{QStringLiteral("after_hours_contact"),   QStringLiteral("Each other's time"),
                       QStringLiteral("No calls after 18:00."), QStringLiteral("Email instead."),
                       QStringLiteral("We talk about it."),     false};
        calls.translations.insert(QStringLiteral("es"),
                                  {QStringLiteral("El tiempo de cada uno"),
                                   QStringLiteral("Sin llamadas tras las 18:00."),
                                   QStringLiteral("Escriba un correo."), QStringLiteral("Lo hablamos.")});
        LadderStep talk{QStringLiteral("conversation"), QStringLiteral("Conversation"),
                        QStringLiteral("A private talk.")};
        talk.translations.insert(QStringLiteral("es"),
                                 {QStringLiteral("Conversación"), QStringLiteral("Una charla privada.")});
        document.boundaries = {calls};
        document.ladder = {talk};
        return document;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void translatesWithItsOwnTranslatorOnly() {
        const DocumentLanguage spanish(QStringLiteral("es"));
        QCOMPARE(spanish.code(), QStringLiteral("es"));
        QCOMPARE(spanish.text("DefaultPolicy", "Personal space and touch"),
                 QStringLiteral("Espacio personal y contacto físico"));
        QCOMPARE(spanish.locale().monthName(3), QStringLiteral("marzo"));
        // The interface keeps its language: nothing was installed on the application.
        QCOMPARE(QCoreApplication::translate("DefaultPolicy", "Personal space and touch"),
                 QStringLiteral("Personal space and touch"));
        QCOMPARE(DocumentLanguage(QStringLiteral("en")).text("DefaultPolicy", "Personal space and touch"),
                 QStringLiteral("Personal space and touch"));
        // An unknown language falls back to English rather than printing nothing.
        QCOMPARE(DocumentLanguage(QStringLiteral("xx")).code(), QStringLiteral("en"));
        QCOMPARE(DocumentLanguage::codes(), QStringList({QStringLiteral("en"), QStringLiteral("de"),
                                                         QStringLiteral("es"), QStringLiteral("fr")}));
    }

    void defaultPolicyShipsInEveryLanguage() {
        const PolicyDocument defaults = PolicyDocument::defaults();
        QCOMPARE(defaults.language, QStringLiteral("en"));
        QCOMPARE(defaults.languages(), DocumentLanguage::codes());
        const Boundary *space = defaults.boundary(QStringLiteral("personal_space"));
        QVERIFY(space);
        QCOMPARE(space->translations.value(QStringLiteral("de")).title,
                 DocumentLanguage(QStringLiteral("de")).text("DefaultPolicy", "Personal space and touch"));
        QVERIFY(space->translations.value(QStringLiteral("de")).title != space->title);
        QCOMPARE(defaults.inLanguage(QStringLiteral("es")).boundary(QStringLiteral("personal_space"))->title,
                 QStringLiteral("Espacio personal y contacto físico"));
    }

    void clientKeepsTheirDocumentLanguage() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        const ClientService clients(*f.db);
        // Added without one: the practice's language (the interface's, English here).
        QCOMPARE(clients.get(f.clientId).value().documentLanguage, QStringLiteral("en"));

        Client french = test::sampleClient(QStringLiteral("Chloé Martin"));
        french.documentLanguage = QStringLiteral("fr");
        const Result<qint64> added = clients.add(french);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        Client stored = clients.get(added.value()).value();
        QCOMPARE(stored.documentLanguage, QStringLiteral("fr"));

        // Saving other changes without naming a language keeps it.
        stored.documentLanguage.clear();
        stored.notes = QStringLiteral("Prefers mornings.");
        QVERIFY(clients.update(stored).ok());
        QCOMPARE(clients.get(added.value()).value().documentLanguage, QStringLiteral("fr"));

        QVERIFY(setLanguage(*f.db, added.value(), QStringLiteral("de")).ok());
        QCOMPARE(clients.get(added.value()).value().documentLanguage, QStringLiteral("de"));

        const Status refused = setLanguage(*f.db, added.value(), QStringLiteral("it"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("\"it\"")),
                 qPrintable(refused.error().message));
        QCOMPARE(clients.get(added.value()).value().documentLanguage, QStringLiteral("de"));
    }

    void agreementIsWrittenInTheClientsLanguage() {
        test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        // The fixture's own boundary has English texts only; give it Spanish ones and publish again.
        const PolicyService policy(*f.db);
        PolicyDocument draft = policy.draft().value();
        Boundary *punctuality = draft.boundary(QStringLiteral("punctuality"));
        QVERIFY(punctuality);
        punctuality->translations.insert(QStringLiteral("es"),
                                         {QStringLiteral("Empezar y terminar a tiempo"),
                                          QStringLiteral("Las sesiones empiezan a la hora."),
                                          QStringLiteral("Cancele con 24 horas."),
                                          QStringLiteral("No se recupera el retraso.")});
        QVERIFY(policy.saveDraft(draft).ok());
        const Result<PolicyVersion> published = policy.publish();
        QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message));
        QVERIFY(published.value().document.languages().contains(QStringLiteral("es")));
        f.policy = published.value();
        QVERIFY(setLanguage(*f.db, f.clientId, QStringLiteral("es")).ok());

        const Agreement draftAgreement = test::completeAgreement(f);
        QCOMPARE(draftAgreement.language, QStringLiteral("es"));
        const Result<Agreement> signedAgreement = AgreementService(*f.db).finalise(draftAgreement);
        QVERIFY2(signedAgreement.ok(),
                 signedAgreement.ok() ? "" : qPrintable(signedAgreement.error().message));
        const QString text = test::pdfText(signedAgreement.value().pdf);
        const QStringList missing =
            test::missingFrom(text, {QStringLiteral("Acuerdo de límites"), QStringLiteral("4. Límites"),
                                     QStringLiteral("Espacio personal y contacto físico"),
                                     QStringLiteral("Empezar y terminar a tiempo"),
                                     QStringLiteral("Las sesiones empiezan a la hora."),
                                     QStringLiteral("Comportamiento adecuado"), QStringLiteral("Pruebas"),
                                     QStringLiteral("lunes")});
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("missing from the PDF: ") + missing.join(u", ")));
        for (const QString &english :
             {QStringLiteral("4. Boundaries"), QStringLiteral("Personal space and touch"),
              QStringLiteral("Starting and ending on time"), QStringLiteral("Appropriate behaviour")})
            QVERIFY2(!text.contains(english), qPrintable(english));
    }

    void agreementRefusedInALanguageThePolicyLacks() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        QVERIFY(setLanguage(*f.db, f.clientId, QStringLiteral("de")).ok());
        const Result<Agreement> started = AgreementService(*f.db).start(f.clientId);
        QVERIFY(!started.ok());
        QCOMPARE(started.error().kind, Error::Kind::Invalid);
        const QString message = started.error().message;
        // It names the boundary without German texts, and only that one (the defaults ship in German).
        QVERIFY2(message.contains(QStringLiteral("Starting and ending on time")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("German")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("Personal space and touch")), qPrintable(message));

        // A draft made before the language changed cannot be signed in it either.
        QVERIFY(setLanguage(*f.db, f.clientId, QStringLiteral("en")).ok());
        Agreement agreement = test::completeAgreement(f);
        agreement.language = QStringLiteral("de");
        QVERIFY(!AgreementService(*f.db).finalise(agreement).ok());
        QVERIFY(!AgreementService(*f.db).unsignedCopy(agreement).ok());
    }

    void versionHashCoversEveryLanguage() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.db);
        const PolicyService policy(*f.db);
        QVERIFY(policy.saveDraft(bilingualPolicy()).ok());
        const Result<PolicyVersion> first = policy.publish();
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        const QString canonical = QString::fromUtf8(first.value().canonicalText);
        QVERIFY2(canonical.contains(QStringLiteral("\"format\":\"boundary-keeper-policy/2\"")),
                 qPrintable(canonical));
        QVERIFY(canonical.contains(QStringLiteral("\"es\":{\"appropriate\":\"Escriba un correo.\"")));
        QVERIFY(canonical.contains(QStringLiteral("\"Conversación\"")));
        QVERIFY(canonical.endsWith(QStringLiteral(",\"language\":\"en\"}")));
        QCOMPARE(first.value().sha256, PolicyCanonical::sha256(first.value().canonicalText));

        // What is stored reads back with both languages and still gives its hash.
        const PolicyVersion stored = policy.version(first.value().version).value();
        QCOMPARE(stored.document.boundaries.first().translations,
                 bilingualPolicy().boundaries.first().translations);
        QCOMPARE(stored.document.ladder.first().translations, bilingualPolicy().ladder.first().translations);
        QVERIFY(policy.verify(first.value().version).value());

        // A change to the Spanish text alone is a new version with a new hash.
        PolicyDocument changed = bilingualPolicy();
        changed.boundaries.first().translations[QStringLiteral("es")].description =
            QStringLiteral("Sin llamadas tras las 19:00.");
        QVERIFY(policy.saveDraft(changed).ok());
        QVERIFY(policy.draftDiffersFromLatest().value());
        const Result<PolicyVersion> second = policy.publish();
        QVERIFY(second.ok());
        QVERIFY(second.value().sha256 != first.value().sha256);
        QCOMPARE(policy.version(first.value().version).value().sha256, first.value().sha256);
    }

    void translationWithoutTitleIsRefused() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.db);
        PolicyDocument document = bilingualPolicy();
        document.boundaries.first().translations.insert(QStringLiteral("fr"),
                                                        {QString(), QStringLiteral("Pas d'appels."), {}, {}});
        const Status saved = PolicyService(*f.db).saveDraft(document);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.contains(QStringLiteral("French")), qPrintable(saved.error().message));
        // The texts of the main language are not kept twice.
        document.boundaries.first().translations.remove(QStringLiteral("fr"));
        document.boundaries.first().translations.insert(QStringLiteral("en"),
                                                        {QStringLiteral("Copy"), {}, {}, {}});
        QVERIFY(PolicyService(*f.db).saveDraft(document).ok());
        QVERIFY(!PolicyService(*f.db).draft().value().boundaries.first().translations.contains(
            QStringLiteral("en")));
    }

    void summaryIsWrittenInTheClientsLanguage() {
        const test::AgreementFixture f = fixture();
        QVERIFY(f.clientId);
        QVERIFY(setLanguage(*f.db, f.clientId, QStringLiteral("es")).ok());
        const qint64 incident = test::logIncident(f);
        QVERIFY(incident);
        const Result<SummaryDocument> summary = SummaryDocument::forIncident(*f.db, incident);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        const Result<QByteArray> pdf = summary.value().renderPdf();
        QVERIFY(pdf.ok());
        const QString text = test::pdfText(pdf.value());
        const QString heading =
            DocumentLanguage(QStringLiteral("es")).text("SummaryDocument", "Written summary");
        QVERIFY(heading != QStringLiteral("Written summary"));
        QVERIFY2(text.contains(heading), qPrintable(text.left(300)));
        const QString month =
            QLocale(QStringLiteral("es")).monthName(summary.value().summary().writtenOn.month());
        QVERIFY2(text.contains(month), qPrintable(month));
    }
};

QTEST_MAIN(tst_DocumentLanguage)
#include "tst_DocumentLanguage.moc"
