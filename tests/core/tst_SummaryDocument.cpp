// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/SummaryDocument.h"
#include "app/common/AppPaths.h"
#include "tests/core/AgreementFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bk;

class tst_SummaryDocument : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    test::AgreementFixture m_fixture;
    qint64 m_incident = 0;

private Q_SLOTS:
    void initTestCase_data() { test::addEngineRows(); }
    void initTestCase() {
        test::initTestEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void init() {
        m_fixture = test::makeAgreementFixture(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_count)));
        QVERIFY(m_fixture.clientId);
        m_incident = test::logIncident(m_fixture);
        QVERIFY(m_incident);
    }

    void summaryPdfHasPracticeClientDateAndText() {
        const Result<SummaryDocument> document = SummaryDocument::forIncident(*m_fixture.db, m_incident);
        QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().message));
        const WrittenSummary &summary = document.value().summary();
        QCOMPARE(summary.clientName, QStringLiteral("Anna Schmidt"));
        QCOMPARE(summary.clientId, m_fixture.clientId);
        QCOMPARE(summary.writtenOn, Clock::todayLocal());
        QCOMPARE(summary.text, IncidentService(*m_fixture.db).writtenSummaryText(m_incident).value());

        const Result<QByteArray> pdf = document.value().renderPdf();
        QVERIFY(pdf.ok());
        QVERIFY(pdf.value().startsWith("%PDF-1.4"));
        // For looking at the document: BK_SUMMARY_PDF=/tmp/summary.pdf ctest -R tst_SummaryDocument
        if (qEnvironmentVariableIsSet("BK_SUMMARY_PDF"))
            QVERIFY(AgreementFiles::savePdf(pdf.value(), qEnvironmentVariable("BK_SUMMARY_PDF")).ok());
        const QString text = test::pdfText(pdf.value());
        const QStringList missing = test::missingFrom(
            text, {QStringLiteral("Written summary"), QStringLiteral("Northbridge Coaching"),
                   QStringLiteral("Anna Schmidt"),
                   QLocale::c().toString(Clock::todayLocal(), QStringLiteral("d MMMM yyyy")),
                   QStringLiteral("Page 1 of 1")});
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        // The conversation's note is the practitioner's own: the drafted letter leaves it out.
        QVERIFY(!text.contains(QStringLiteral("Agreed to write instead of phoning after hours.")));
        const QStringList fontProblems = test::fontProblems(pdf.value());
        QVERIFY2(fontProblems.isEmpty(), qPrintable(fontProblems.join(QLatin1Char('\n'))));
    }

    void theEditedTextIsPrinted() {
        const Result<SummaryDocument> document = SummaryDocument::forIncident(
            *m_fixture.db, m_incident, QStringLiteral("Dear Anna,\n\nWe agreed on email after six.\n\nAlex"));
        QVERIFY(document.ok());
        const QString text = test::pdfText(document.value().renderPdf().value());
        QVERIFY(text.contains(QStringLiteral("We agreed on email after six.")));
        QVERIFY(!text.contains(QStringLiteral("Agreed to write instead of phoning after hours.")));
    }

    void withoutAConversationThereIsNoSummary() {
        NewIncident incident;
        incident.clientId = m_fixture.clientId;
        incident.boundaryKey = QStringLiteral("after_hours_contact");
        incident.description = QStringLiteral("Another late call.");
        const qint64 fresh = IncidentService(*m_fixture.db).log(incident).value();
        const Result<SummaryDocument> document = SummaryDocument::forIncident(*m_fixture.db, fresh);
        QVERIFY(!document.ok());
        QCOMPARE(document.error().kind, Error::Kind::Invalid);
        QCOMPARE(SummaryDocument::forIncident(*m_fixture.db, 9999).error().kind, Error::Kind::NotFound);
    }

    void savedPrivatelyInTheClientsFolder() {
        const SummaryDocument document = SummaryDocument::forIncident(*m_fixture.db, m_incident).value();
        QCOMPARE(document.defaultFileName(), QStringLiteral("written-summary-%1-incident-%2.pdf")
                                                 .arg(Clock::todayLocal().toString(Qt::ISODate))
                                                 .arg(m_incident));
        const Result<QString> path = document.saveToClientFolder();
        QVERIFY2(path.ok(), path.ok() ? "" : qPrintable(path.error().message));
        QVERIFY(path.value().startsWith(AppPaths::dataFolder()));
        QVERIFY(path.value().contains(QStringLiteral("/clients/%1-anna-schmidt/").arg(m_fixture.clientId)));
        QCOMPARE(test::fileMode(path.value()), 0600);
        QFile file(path.value());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(test::pdfText(file.readAll()).contains(QStringLiteral("Anna Schmidt")));
    }
};

QTEST_MAIN(tst_SummaryDocument)
#include "tst_SummaryDocument.moc"
