// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/agreements/AgreementService.h"
#include "app/agreements/ContractService.h"
#include "app/clients/ClientService.h"
#include "app/common/Clock.h"
#include "app/incidents/IncidentService.h"
#include "app/policy/PolicyService.h"
#include "app/policy/PracticeService.h"
#include "app/storage/ClientRepository.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtMath>

namespace bk::test {

/// A database with a practice profile (with logo), a published policy of 12 boundaries and one client.
struct AgreementFixture {
    std::unique_ptr<Database> db;
    qint64 clientId = 0;
    PolicyVersion policy;
};

inline QByteArray logoPng() {
    QImage logo(96, 96, QImage::Format_RGB32);
    logo.fill(Qt::white);
    QPainter painter(&logo);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(0x1f, 0x3a, 0x5f));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(8, 8, 80, 80));
    painter.setBrush(QColor(0xf2, 0xa9, 0x00));
    painter.drawEllipse(QRectF(34, 34, 28, 28));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    return bytes;
}

inline AgreementFixture makeAgreementFixture(const QString &path) {
    AgreementFixture fixture;
    fixture.db = openDatabase(path);
    if (!fixture.db)
        return fixture;
    PracticeProfile profile = PracticeProfile::defaults();
    profile.name = QStringLiteral("Northbridge Coaching & Training");
    profile.contactLine = QStringLiteral("12 Harbour Lane, Bristol · +44 117 496 0123");
    profile.logoPng = logoPng();
    profile.practitioners = {{QStringLiteral("Alex Morgan"), QStringLiteral("Coach")}};
    profile.timeZoneId = QByteArrayLiteral("Europe/London");
    if (!PracticeService(*fixture.db).save(profile))
        return fixture;
    PolicyDocument document = PolicyDocument::defaults();
    document.boundaries.append({QStringLiteral("punctuality"), QStringLiteral("Starting and ending on time"),
                                QStringLiteral("Sessions start and end at the agreed time."),
                                QStringLiteral("Cancel at least 24 hours ahead."),
                                QStringLiteral("A late start is not made up at the end."), false});
    const PolicyService policy(*fixture.db);
    if (!policy.saveDraft(document))
        return fixture;
    Result<PolicyVersion> published = policy.publish();
    if (!published)
        return fixture;
    fixture.policy = published.value();
    Client client;
    client.fullName = QStringLiteral("Anna Schmidt");
    Result<qint64> added = ClientService(*fixture.db).add(client);
    fixture.clientId = added ? added.value() : 0;
    return fixture;
}

/// Plausible handwriting, the same every time: a run of cursive loops (a prolate cycloid whose loops
/// shrink towards the end) and an underline flourish, sampled like a pen at about 100 Hz.
inline SignatureStrokes sampleStrokes() {
    SignatureStrokes strokes;
    Stroke word;
    constexpr int Samples = 160;
    for (int i = 0; i <= Samples; ++i) {
        const double t = i * 7 * M_PI / Samples;
        const double fade = 1.0 - 0.45 * i / Samples;
        word.append({0.1 + 0.024 * t - 0.035 * fade * qSin(t),
                     0.5 - 0.26 * fade * qCos(t) + 0.05 * i / Samples, 0.35 + 0.3 * qSin(t / 2) * qSin(t / 2),
                     i * 10});
    }
    strokes.addStroke(word);
    Stroke flourish;
    for (int i = 0; i <= 30; ++i) {
        const double t = i / 30.0;
        flourish.append({0.12 + 0.72 * t, 0.86 - 0.1 * t * t, 0.6 - 0.4 * t, 1800 + i * 10});
    }
    strokes.addStroke(flourish);
    return strokes;
}

/// A complete agreement for the fixture's client: every boundary discussed, one question, consent, a drawn
/// client signature and a typed countersignature.
inline Agreement completeAgreement(const AgreementFixture &fixture) {
    Result<Agreement> started = AgreementService(*fixture.db).start(fixture.clientId);
    if (!started)
        return {};
    Agreement agreement = std::move(started).value();
    for (BoundaryDiscussion &discussion : agreement.discussions)
        discussion.discussed = true;
    agreement.discussions.first().questions = QStringLiteral("Can I text you on Sundays?");
    agreement.discussions.first().answers = QStringLiteral("Please email instead; I reply on Monday.");
    agreement.addEvent(AgreementEvents::stepCompleted(), QStringLiteral("Boundaries"));
    agreement.consentGiven = true;
    agreement.addEvent(AgreementEvents::consentGiven());
    agreement.clientSignature =
        Signature::drawn(QStringLiteral("Anna Schmidt"), sampleStrokes(), Clock::nowUtc());
    agreement.practitionerSignature =
        Signature::typed(QStringLiteral("Alex Morgan"), QStringLiteral("Alex Morgan"), Clock::nowUtc());
    return agreement;
}

/// Logs an after-hours call by the fixture's client a day ago and records the conversation about it;
/// returns the incident's id (0 on failure, with a warning).
inline qint64 logIncident(const AgreementFixture &fixture,
                          const QString &description = QStringLiteral("Phoned at 21:30 about the plan.")) {
    NewIncident incident = afterHoursCall(fixture.clientId, Clock::nowUtc().addDays(-1));
    incident.description = description;
    const qint64 id = logIncident(*fixture.db, incident);
    if (!id || !IncidentService(*fixture.db)
                    .recordConversation(id, Clock::nowUtc().addSecs(-3600),
                                        QStringLiteral("Agreed to write instead of phoning after hours.")))
        return 0;
    return id;
}

/// A complete behavioural contract on `incidentId`: the drafted content with two goals of its own, consent,
/// a drawn client signature and a typed countersignature.
inline Contract completeContract(const AgreementFixture &fixture, qint64 incidentId) {
    Result<Contract> started = ContractService(*fixture.db).start(incidentId);
    if (!started) {
        qWarning() << started.error().message;
        return {};
    }
    Contract contract = std::move(started).value();
    contract.content.measurableGoals = {QStringLiteral("No phone calls after 18:00 for six weeks."),
                                        QStringLiteral("Questions sent by email are answered the next day.")};
    contract.consentGiven = true;
    contract.addEvent(AgreementEvents::consentGiven());
    contract.clientSignature =
        Signature::drawn(QStringLiteral("Anna Schmidt"), sampleStrokes(), Clock::nowUtc());
    contract.practitionerSignature =
        Signature::typed(QStringLiteral("Alex Morgan"), QStringLiteral("Alex Morgan"), Clock::nowUtc());
    return contract;
}

/// The text of every page of `pdf`, read back with Qt PDF.
inline QString pdfText(const QByteArray &pdf, int *pageCount = nullptr) {
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (pageCount)
        *pageCount = document.pageCount();
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + QLatin1Char('\n');
    return text;
}

/// The needles `text` does not contain; empty when it contains them all.
inline QStringList missingFrom(const QString &text, const QStringList &needles) {
    QStringList missing;
    for (const QString &needle : needles) {
        if (!text.contains(needle))
            missing.append(needle);
    }
    return missing;
}

/// Problems with the fonts of `pdf`: none when every font is embedded. Checks that Qt subset the fonts into
/// FontFile2 streams and, where poppler's pdffonts is installed, that it lists at least two fonts, all
/// embedded.
inline QStringList fontProblems(const QByteArray &pdf) {
    QStringList problems;
    if (!pdf.contains("/FontFile2"))
        problems.append(QStringLiteral("no embedded TrueType font"));
    const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
    if (pdffonts.isEmpty())
        return problems;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fonts.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {QStringLiteral("the PDF could not be written for pdffonts")};
    file.close();
    QProcess process;
    process.start(pdffonts, {path});
    if (!process.waitForFinished())
        return {QStringLiteral("pdffonts did not finish")};
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    int fonts = 0;
    for (const QString &line : lines.mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        ++fonts;
        // Columns: name type encoding emb sub uni object ID; "emb" must say yes.
        if (!line.contains(QStringLiteral(" yes ")))
            problems.append(QStringLiteral("not embedded: ") + line);
    }
    if (fonts < 2)
        problems.append(QStringLiteral("pdffonts lists %1 fonts").arg(fonts));
    return problems;
}

} // namespace bk::test
