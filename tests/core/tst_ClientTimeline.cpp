// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/demo/DemoPractice.h"
#include "app/incidents/ClientTimeline.h"
#include "app/incidents/IncidentService.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <map>

using namespace bk;

class TestClientTimeline : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    // The demo practice of each engine, made at its first test and kept: the tests read it in turn (some add
    // to it), as they would one practice.
    std::map<QString, std::unique_ptr<Database>> m_databases;
    Database *m_db = nullptr;

    static QDateTime now() { return QDateTime(QDate(2026, 3, 11), QTime(12, 0), Qt::UTC); }

    qint64 clientNamed(const QString &name) const {
        ClientFilter filter;
        filter.search = name;
        return ClientRepository(*m_db).pageAt(filter, ClientSort{}, 0, 1).value().first().client.id;
    }

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }

    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
        Clock::setNowFunction([] { return now(); });
    }

    void init() {
        QFETCH_GLOBAL(QString, engine);
        std::unique_ptr<Database> &db = m_databases[engine];
        if (!db) {
            std::unique_ptr<Database> made =
                test::openDatabase(m_dir.filePath(QStringLiteral("timeline.sqlite")));
            QVERIFY(made);
            QVERIFY(DemoPractice::populate(*made).ok());
            db = std::move(made);
        }
        m_db = db.get();
    }

    void cleanupTestCase() {
        m_db = nullptr;
        m_databases.clear();
        Clock::setNowFunction({});
    }

    void incidentsAndAgreementsAreMergedInDateOrder() {
        const qint64 daniel = clientNamed(QStringLiteral("Daniel Okafor"));
        const QList<ClientTimelineEntry> entries = ClientTimeline::of(*m_db, daniel).value();
        const QList<TimelineEntry> records = IncidentRepository(*m_db).timeline(daniel).value();
        const QList<AgreementSummary> agreements = AgreementRepository(*m_db).list(daniel).value();
        QVERIFY(!records.isEmpty());
        QVERIFY(!agreements.isEmpty());
        QCOMPARE(entries.size(), records.size() + agreements.size());
        int incidentRecords = 0;
        int agreementEntries = 0;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ClientTimelineEntry &entry = entries.at(i);
            QCOMPARE(int(entry.incident.has_value()) + int(entry.agreement.has_value()) +
                         int(entry.contract.has_value()),
                     1);
            if (i > 0)
                QVERIFY2(entries.at(i - 1).at <= entry.at, qPrintable(QString::number(i)));
            if (entry.incident) {
                // The incident records keep the repository's order among themselves.
                QCOMPARE(entry.incident->entryId, records.at(incidentRecords).entryId);
                QCOMPARE(entry.at, entry.incident->at);
                ++incidentRecords;
            } else {
                QCOMPARE(entry.at, entry.agreement->state == AgreementState::Signed
                                       ? entry.agreement->signedAt
                                       : entry.agreement->updatedAt);
                ++agreementEntries;
            }
        }
        QCOMPARE(agreementEntries, agreements.size());
    }

    void anAgreementSignedBetweenTwoIncidentsSitsBetweenThem() {
        const qint64 daniel = clientNamed(QStringLiteral("Daniel Okafor"));
        const AgreementSummary signedAgreement = AgreementRepository(*m_db).list(daniel).value().first();
        // One incident before the signing, one after it.
        NewIncident incident;
        incident.clientId = daniel;
        incident.boundaryKey = QStringLiteral("agreed_channels");
        incident.description = QStringLiteral("Messaged on social media.");
        incident.channel = ContactChannel::SocialMedia;
        incident.occurredAt = signedAgreement.signedAt.addSecs(-60);
        const qint64 before = IncidentService(*m_db).log(incident).value();
        Clock::setNowFunction([] { return now().addSecs(3600); });
        incident.occurredAt = signedAgreement.signedAt.addSecs(60);
        const qint64 after = IncidentService(*m_db).log(incident).value();
        Clock::setNowFunction([] { return now(); });

        const QList<ClientTimelineEntry> entries = ClientTimeline::of(*m_db, daniel).value();
        qsizetype beforeAt = -1;
        qsizetype agreementAt = -1;
        qsizetype afterAt = -1;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const ClientTimelineEntry &entry = entries.at(i);
            if (entry.agreement && entry.agreement->id == signedAgreement.id)
                agreementAt = i;
            else if (entry.incident && entry.incident->kind == TimelineEntry::Kind::Incident &&
                     entry.incident->incidentId == before)
                beforeAt = i;
            else if (entry.incident && entry.incident->kind == TimelineEntry::Kind::Incident &&
                     entry.incident->incidentId == after)
                afterAt = i;
        }
        QVERIFY(beforeAt >= 0 && agreementAt >= 0 && afterAt >= 0);
        QVERIFY(beforeAt < agreementAt);
        QVERIFY(agreementAt < afterAt);
    }

    void aDraftAgreementShowsAtItsLastChange() {
        const qint64 grace = clientNamed(QStringLiteral("Grace O'Neill"));
        const QList<ClientTimelineEntry> entries = ClientTimeline::of(*m_db, grace).value();
        bool draftSeen = false;
        for (const ClientTimelineEntry &entry : entries) {
            if (entry.agreement && entry.agreement->state == AgreementState::Draft) {
                draftSeen = true;
                QCOMPARE(entry.at, entry.agreement->updatedAt);
            }
        }
        QVERIFY(draftSeen);
    }

    void aSignedContractSitsAtItsSigningAmongTheIncidentRecords() {
        const qint64 lukas = clientNamed(QStringLiteral("Lukas"));
        const QList<ContractSummary> contracts = ContractRepository(*m_db).list(lukas).value();
        QCOMPARE(contracts.size(), 1);
        QCOMPARE(contracts.first().state, AgreementState::Signed);
        const QList<ClientTimelineEntry> entries = ClientTimeline::of(*m_db, lukas).value();
        QCOMPARE(entries.size(), IncidentRepository(*m_db).timeline(lukas).value().size() +
                                     AgreementRepository(*m_db).list(lukas).value().size() + 1);
        qsizetype contractAt = -1;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (i > 0)
                QVERIFY(entries.at(i - 1).at <= entries.at(i).at);
            if (entries.at(i).contract) {
                QCOMPARE(entries.at(i).contract->id, contracts.first().id);
                QCOMPARE(entries.at(i).at, contracts.first().signedAt);
                contractAt = i;
            }
        }
        // Signed after the goals were set and before the resources were sent (the demo's story).
        QVERIFY(contractAt > 0);
        QVERIFY(contractAt < entries.size() - 1);
        QVERIFY(entries.at(contractAt - 1).incident);
        QVERIFY(entries.at(contractAt + 1).incident);
    }

    void theLatestSignedAgreementIsTheNewestSigning() {
        const qint64 daniel = clientNamed(QStringLiteral("Daniel Okafor"));
        const std::optional<Agreement> latest = AgreementService(*m_db).latestSigned(daniel).value();
        QVERIFY(latest);
        QCOMPARE(latest->state, AgreementState::Signed);
        QVERIFY(latest->pdf.startsWith("%PDF-"));
        for (const AgreementSummary &agreement : AgreementRepository(*m_db).list(daniel).value()) {
            if (agreement.state == AgreementState::Signed)
                QVERIFY(agreement.signedAt <= latest->signedAt);
        }
        // A client with only a draft has none.
        const qint64 grace = clientNamed(QStringLiteral("Grace O'Neill"));
        QVERIFY(!AgreementService(*m_db).latestSigned(grace).value());
        QCOMPARE(AgreementService(*m_db).get(999999).error().kind, Error::Kind::NotFound);
    }

    void aClientWithNothingHasAnEmptyTimeline() {
        Client client;
        client.fullName = QStringLiteral("Nadia Petrova");
        const qint64 id = ClientService(*m_db).add(client).value();
        QVERIFY(ClientTimeline::of(*m_db, id).value().isEmpty());
    }
};

QTEST_MAIN(TestClientTimeline)
#include "tst_ClientTimeline.moc"
