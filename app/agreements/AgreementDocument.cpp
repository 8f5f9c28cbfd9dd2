// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "AgreementDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTimeZone>
#include <QUrl>

namespace bk {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("AgreementDocument", text);
}

const QUrl LogoUrl(QStringLiteral("bk://logo"));
const QUrl ClientSignatureUrl(QStringLiteral("bk://signature/client"));
const QUrl PractitionerSignatureUrl(QStringLiteral("bk://signature/practitioner"));

/// Escaped text with line breaks kept; `missing` (a full sentence) when the text is empty.
QString text(const QString &value, const QString &missing) {
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return QStringLiteral("<i>") + missing.toHtmlEscaped() + QStringLiteral("</i>");
    return trimmed.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString heading(const QString &title, bool newPage = false) {
    return QStringLiteral("<h2 style=\"%1\">")
               .arg(newPage ? QStringLiteral("page-break-before: always;") : QString()) +
           title.toHtmlEscaped() + QStringLiteral("</h2>");
}

QString row(const QString &label, const QString &valueHtml) {
    return QStringLiteral("<tr><td width=\"32%\" class=\"label\">") + label.toHtmlEscaped() +
           QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString dateTime(const QDateTime &utc, const QTimeZone &zone) {
    if (!utc.isValid())
        return tr("Not recorded");
    return QLocale::c().toString(utc.toTimeZone(zone), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString utcText(const QDateTime &utc) {
    return utc.isValid() ? utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                         : tr("Not recorded");
}

QString practitionerLine(const Agreement &agreement) {
    if (agreement.practitionerSignature && !agreement.practitionerSignature->signerName.isEmpty()) {
        for (const Practitioner &practitioner : agreement.terms.practitioners) {
            if (practitioner.name == agreement.practitionerSignature->signerName &&
                !practitioner.title.isEmpty())
                return practitioner.name + QStringLiteral(", ") + practitioner.title;
        }
        return agreement.practitionerSignature->signerName;
    }
    QStringList names;
    for (const Practitioner &practitioner : agreement.terms.practitioners)
        names.append(practitioner.title.isEmpty()
                         ? practitioner.name
                         : practitioner.name + QStringLiteral(", ") + practitioner.title);
    return names.join(QStringLiteral("; "));
}

const char *const Style = R"(
body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1d1d1f; }
h1 { font-family: 'DejaVu Serif'; font-size: 20pt; font-weight: bold; color: #1f3a5f; margin-top: 10px; margin-bottom: 2px; }
h2 { font-family: 'DejaVu Serif'; font-size: 13pt; font-weight: bold; color: #1f3a5f; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1d1d1f; margin-top: 10px; margin-bottom: 3px; }
p { margin-top: 2px; margin-bottom: 5px; }
td { padding: 3px; vertical-align: top; }
td.label { color: #555555; }
th { background-color: #e8edf3; color: #1f3a5f; text-align: left; padding: 4px; }
.practice { font-family: 'DejaVu Serif'; font-size: 15pt; font-weight: bold; color: #1f3a5f; }
.muted { color: #666666; font-size: 8.5pt; }
.rule { color: #1f3a5f; }
.hash { font-family: 'DejaVu Sans Mono'; font-size: 8pt; }
)";

} // namespace

AgreementDocument::AgreementDocument(const Agreement &agreement, const PolicyVersion &policy, Copy copy)
    : m_agreement(agreement)
    , m_policy(policy)
    , m_copy(copy) {}

QString AgreementDocument::title() const {
    return tr("Boundary agreement – %1 – %2 (document %3)")
        .arg(m_agreement.clientName, m_agreement.terms.name, m_agreement.documentId);
}

QString AgreementDocument::html() const {
    const Agreement &a = m_agreement;
    const PracticeProfile &terms = a.terms;
    QTimeZone zone(terms.timeZoneId);
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const bool unsigned_ = m_copy == Copy::UnsignedForPaper;
    const QString practiceName = terms.name.trimmed().isEmpty() ? tr("The practice") : terms.name.trimmed();
    const QString clientName = a.clientName.trimmed().isEmpty() ? tr("The client") : a.clientName.trimmed();

    QString html = QStringLiteral("<html><head><style>") + QString::fromUtf8(Style) +
                   QStringLiteral("</style></head><body>");

    // Letterhead.
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>");
    if (!terms.logoPng.isEmpty())
        html +=
            QStringLiteral("<td width=\"70\"><img src=\"%1\" height=\"56\"/></td>").arg(LogoUrl.toString());
    html += QStringLiteral("<td><span class=\"practice\">") + practiceName.toHtmlEscaped() +
            QStringLiteral("</span><br/><span class=\"muted\">") +
            text(terms.contactLine, tr("No contact details were given.")) +
            QStringLiteral("</span></td></tr></table><hr class=\"rule\"/>");
    html += QStringLiteral("<h1>") + tr("Boundary agreement").toHtmlEscaped() + QStringLiteral("</h1>");
    html += QStringLiteral("<p class=\"muted\">") +
            tr("Policy version %1 · Document ID %2").arg(a.policyVersion).arg(a.documentId).toHtmlEscaped() +
            QStringLiteral("</p>");
    if (unsigned_)
        html += QStringLiteral("<p><b>") +
                tr("Copy for signing on paper. This agreement takes effect once both parties have signed it "
                   "below.")
                    .toHtmlEscaped() +
                QStringLiteral("</b></p>");

    // 1. Parties.
    html += heading(tr("1. The parties"));
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    html += row(tr("Practice"), practiceName.toHtmlEscaped());
    html += row(tr("Practitioner"), text(practitionerLine(a), tr("No practitioner was named.")));
    html += row(tr("Client"), clientName.toHtmlEscaped());
    html += QStringLiteral("</table>");

    // 2. Roles, 3. Scope.
    html += heading(tr("2. Roles and responsibilities"));
    html += QStringLiteral("<h3>") + tr("The practitioner").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.practitionerRole, tr("No role was described for the practitioner.")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("The client").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.clientRole, tr("No role was described for the client.")) + QStringLiteral("</p>");
    html += heading(tr("3. Scope of services"));
    html += QStringLiteral("<h3>") + tr("What the practice offers").toHtmlEscaped() +
            QStringLiteral("</h3><p>") + text(terms.servicesOffered, tr("No services were described.")) +
            QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("What the practice does not offer").toHtmlEscaped() +
            QStringLiteral("</h3><p>") + text(terms.servicesNotOffered, tr("No exclusions were described.")) +
            QStringLiteral("</p>");

    // 4. Boundaries.
    html += heading(tr("4. Boundaries"));
    int number = 0;
    for (const Boundary &boundary : m_policy.document.boundaries) {
        ++number;
        const BoundaryDiscussion *discussion = a.discussion(boundary.key);
        html += QStringLiteral("<h3>4.%1 ").arg(number) + boundary.title.toHtmlEscaped() +
                QStringLiteral("</h3><p>") + text(boundary.description, tr("No description was given.")) +
                QStringLiteral("</p>");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
        html += row(tr("Appropriate behaviour"), text(boundary.appropriate, tr("Not described.")));
        html += row(tr("If it is crossed"), text(boundary.consequence, tr("No consequence was stated.")));
        if (!unsigned_ || (discussion && discussion->discussed))
            html += row(tr("Discussed with the client"),
                        (discussion && discussion->discussed ? tr("Yes") : tr("No")).toHtmlEscaped());
        html += QStringLiteral("</table>");
    }
    if (!m_policy.document.ladder.isEmpty()) {
        html += QStringLiteral("<h3>") + tr("How concerns are handled").toHtmlEscaped() +
                QStringLiteral("</h3><ol>");
        for (const LadderStep &step : m_policy.document.ladder)
            html += QStringLiteral("<li><b>") + step.title.toHtmlEscaped() + QStringLiteral("</b> – ") +
                    text(step.description, tr("Not described.")) + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    }

    // 5. Communication.
    html += heading(tr("5. Communication"));
    html += QStringLiteral("<h3>") +
            tr("Working hours (%1)").arg(QString::fromLatin1(zone.id())).toHtmlEscaped() +
            QStringLiteral("</h3><table width=\"60%\" cellspacing=\"0\">");
    for (int weekday = Qt::Monday; weekday <= Qt::Sunday; ++weekday) {
        const WorkingDay day = terms.day(Qt::DayOfWeek(weekday));
        html += row(QLocale::c().dayName(weekday),
                    day.open ? QStringLiteral("%1 – %2").arg(day.start.toString(QStringLiteral("HH:mm")),
                                                             day.end.toString(QStringLiteral("HH:mm")))
                             : tr("Closed").toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>") + tr("Contact channels").toHtmlEscaped() +
            QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\"><tr><th>") +
            tr("Channel").toHtmlEscaped() + QStringLiteral("</th><th>") + tr("Use").toHtmlEscaped() +
            QStringLiteral("</th><th>") + tr("Response time").toHtmlEscaped() + QStringLiteral("</th></tr>");
    for (ContactChannel channel : ContactChannels::all()) {
        const ChannelTerms channelTerms = terms.channelTerms(channel);
        html += QStringLiteral("<tr><td>") + ContactChannels::label(channel).toHtmlEscaped() +
                QStringLiteral("</td><td>") +
                (channelTerms.allowed ? tr("Allowed") : tr("Not used")).toHtmlEscaped() +
                QStringLiteral("</td><td>") +
                (channelTerms.allowed ? text(channelTerms.responseTime, tr("No response time was promised."))
                                      : QStringLiteral("—")) +
                QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h3>") + tr("Response times").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.responseTimes, tr("No response times were described.")) + QStringLiteral("</p>");
    html += QStringLiteral("<h3>") + tr("Emergencies").toHtmlEscaped() + QStringLiteral("</h3><p>") +
            text(terms.emergencyDefinition, tr("No definition of an emergency was given.")) +
            QStringLiteral("</p><p>") + text(terms.emergencyContact, tr("No emergency contact was given.")) +
            QStringLiteral("</p>");

    // 6. Questions and answers.
    html += heading(tr("6. Questions and answers"));
    bool anyQuestion = false;
    for (const Boundary &boundary : m_policy.document.boundaries) {
        const BoundaryDiscussion *discussion = a.discussion(boundary.key);
        if (!discussion ||
            (discussion->questions.trimmed().isEmpty() && discussion->answers.trimmed().isEmpty()))
            continue;
        anyQuestion = true;
        html += QStringLiteral("<h3>") + boundary.title.toHtmlEscaped() +
                QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\">") +
                row(tr("Question"), text(discussion->questions, tr("No question was recorded."))) +
                row(tr("Answer"), text(discussion->answers, tr("No answer was recorded."))) +
                QStringLiteral("</table>");
    }
    if (!anyQuestion)
        html += QStringLiteral("<p><i>") + tr("No questions were asked.").toHtmlEscaped() +
                QStringLiteral("</i></p>");

    // 7. Consent and signatures.
    html += heading(tr("7. Consent and signatures"), true);
    if (a.signingMode == SigningMode::Electronic) {
        html += QStringLiteral("<p><b>") + tr("Consent to sign electronically").toHtmlEscaped() +
                QStringLiteral("</b><br/>") + text(a.consentText, tr("No consent statement was recorded.")) +
                QStringLiteral("<br/>") +
                (a.consentGiven ? tr("The client gave this consent.")
                                : tr("The client has not given this consent."))
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>") +
                tr("This agreement is signed by hand on paper; the signed original is kept by the practice.")
                    .toHtmlEscaped() +
                QStringLiteral("</p>");
    }
    html += QStringLiteral("<p><b>") + tr("Statement of intent").toHtmlEscaped() +
            QStringLiteral("</b><br/>") + text(a.intentText, tr("No statement of intent was recorded.")) +
            QStringLiteral("</p>");

    const auto signatureCell = [&](const std::optional<Signature> &signature, const QUrl &imageUrl,
                                   const QString &role, const QString &fallbackName) -> QString {
        QString cell = QStringLiteral("<td width=\"50%\"><p class=\"muted\">") + role.toHtmlEscaped() +
                       QStringLiteral("</p>");
        const bool hasImage = !unsigned_ && signature && !signature->imagePng.isEmpty() &&
                              signature->method != SignatureMethod::Paper;
        if (hasImage)
            cell += QStringLiteral("<p><img src=\"%1\" width=\"225\" height=\"75\"/><br/>"
                                   "______________________________________</p>")
                        .arg(imageUrl.toString());
        else if (!unsigned_ && signature && signature->method == SignatureMethod::Paper)
            cell += QStringLiteral("<p><i>") + text(signature->paperNote, tr("Signed on paper.")) +
                    QStringLiteral("</i></p>");
        else
            cell += QStringLiteral("<p><br/><br/><br/>______________________________________</p>");
        const QString name =
            signature && !signature->signerName.isEmpty() ? signature->signerName : fallbackName;
        cell += QStringLiteral("<p><b>") + text(name, tr("Name not recorded")) + QStringLiteral("</b><br/>");
        if (!unsigned_ && signature)
            cell += tr("Signed %1").arg(dateTime(signature->signedAt, zone)).toHtmlEscaped() +
                    QStringLiteral("<br/>") + SignatureMethods::label(signature->method).toHtmlEscaped();
        else
            cell += tr("Date: ____________________").toHtmlEscaped();
        return cell + QStringLiteral("</p></td>");
    };
    QString practitionerName;
    if (!a.terms.practitioners.isEmpty())
        practitionerName = a.terms.practitioners.first().name;
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\"><tr>") +
            signatureCell(a.clientSignature, ClientSignatureUrl, tr("Client"), clientName) +
            signatureCell(a.practitionerSignature, PractitionerSignatureUrl,
                          tr("Practitioner (countersignature)"), practitionerName) +
            QStringLiteral("</tr></table>");

    // Evidence page.
    html += heading(tr("Evidence"), true);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    html +=
        row(tr("Document ID"), QStringLiteral("<b>") + a.documentId.toHtmlEscaped() + QStringLiteral("</b>"));
    html += row(tr("Client"), clientName.toHtmlEscaped());
    html += row(tr("Practice"), practiceName.toHtmlEscaped());
    html += row(tr("Policy version"), QString::number(a.policyVersion));
    html += row(tr("Policy text SHA-256"), QStringLiteral("<span class=\"hash\">") +
                                               text(a.policySha256, tr("Not recorded.")) +
                                               QStringLiteral("</span>"));
    html += row(tr("Signing"),
                (a.signingMode == SigningMode::Electronic ? tr("Electronic, with the client's consent")
                                                          : tr("On paper"))
                    .toHtmlEscaped());
    const auto method = [&](const std::optional<Signature> &signature) -> QString {
        if (unsigned_ || !signature)
            return tr("Not signed yet").toHtmlEscaped();
        return SignatureMethods::label(signature->method).toHtmlEscaped();
    };
    html += row(tr("Client's signature"), method(a.clientSignature));
    html += row(tr("Practitioner's signature"), method(a.practitionerSignature));
    html += row(tr("Workstation"), text(a.workstation, tr("Not recorded.")));
    html += row(tr("Operating system user"), text(a.osUser, tr("Not recorded.")));
    html += row(tr("Practice time zone"), QString::fromLatin1(zone.id()).toHtmlEscaped());
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + tr("Timeline").toHtmlEscaped() +
            QStringLiteral("</h3><table width=\"100%\" cellspacing=\"0\"><tr><th>") +
            tr("UTC").toHtmlEscaped() + QStringLiteral("</th><th>") + tr("Practice time").toHtmlEscaped() +
            QStringLiteral("</th><th>") + tr("Event").toHtmlEscaped() + QStringLiteral("</th></tr>");
    if (a.events.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\"><i>") + tr("No events were recorded.").toHtmlEscaped() +
                QStringLiteral("</i></td></tr>");
    for (const AgreementEvent &event : a.events)
        html += QStringLiteral("<tr><td>") + utcText(event.at).toHtmlEscaped() + QStringLiteral("</td><td>") +
                dateTime(event.at, zone).toHtmlEscaped() + QStringLiteral("</td><td>") +
                AgreementEvents::describe(event).toHtmlEscaped() + QStringLiteral("</td></tr>");
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>") + tr("Verifying this document").toHtmlEscaped() +
            QStringLiteral("</h3><p>") +
            tr("Verify this document with Boundary Keeper: choose Verify agreement… in the app, or run "
               "\"boundary-keeper-cli verify FILE.pdf\". The SHA-256 of the final PDF file is stored in the "
               "practice's records when it is produced; a file cannot contain its own hash, so this page "
               "carries the document ID instead. A file whose hash does not match the stored one has been "
               "altered.")
                .toHtmlEscaped() +
            QStringLiteral("</p>");
    if (unsigned_)
        html += QStringLiteral("<p><i>") +
                tr("This is an unsigned copy for signing on paper; it is not the signed agreement.")
                    .toHtmlEscaped() +
                QStringLiteral("</i></p>");
    html += QStringLiteral("</body></html>");
    return html;
}

std::unique_ptr<QTextDocument> AgreementDocument::textDocument() const {
    auto document = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document->setDefaultFont(font);
    if (!m_agreement.terms.logoPng.isEmpty())
        document->addResource(
            QTextDocument::ImageResource, LogoUrl,
            QImage::fromData(m_agreement.terms.logoPng).convertToFormat(QImage::Format_RGB32));
    const auto addSignature = [&](const std::optional<Signature> &signature, const QUrl &url) {
        if (signature && !signature->imagePng.isEmpty())
            document->addResource(
                QTextDocument::ImageResource, url,
                QImage::fromData(signature->imagePng).convertToFormat(QImage::Format_RGB32));
    };
    addSignature(m_agreement.clientSignature, ClientSignatureUrl);
    addSignature(m_agreement.practitionerSignature, PractitionerSignatureUrl);
    document->setHtml(html());
    document->setMetaInformation(QTextDocument::DocumentTitle, title());
    return document;
}

Result<QByteArray> AgreementDocument::renderPdf() const {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title());
        writer.setCreator(QStringLiteral("Boundary Keeper %1").arg(QCoreApplication::applicationVersion()));
        writer.setResolution(300);
        const QPageSize pageSize(m_agreement.terms.paperSize == PaperSize::UsLetter ? QPageSize::Letter
                                                                                    : QPageSize::A4);
        writer.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter));

        std::unique_ptr<QTextDocument> document = textDocument();
        document->documentLayout()->setPaintDevice(&writer);
        document->setDocumentMargin(0);
        const QRectF area = writer.pageLayout().paintRectPixels(writer.resolution());
        // The footer sits in the last 10 mm of the printable area; the text flows above it.
        const double footerHeight = 10.0 / 25.4 * writer.resolution();
        const QSizeF textPage(area.width(), area.height() - footerHeight);
        document->setPageSize(textPage);
        const int pages = document->pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Error::Kind::Io, tr("The PDF could not be started.")};
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(7.5);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * textPage.height());
            document->drawContents(&painter, QRectF(QPointF(0, page * textPage.height()), textPage));
            painter.restore();

            const QRectF footer(0, area.height() - footerHeight * 0.6, area.width(), footerHeight * 0.6);
            painter.setPen(QPen(QColor(0x1f, 0x3a, 0x5f), 1.5));
            painter.drawLine(footer.topLeft(), footer.topRight());
            painter.setFont(footerFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QString left = m_copy == Copy::UnsignedForPaper
                                     ? tr("Unsigned copy · Document ID %1").arg(m_agreement.documentId)
                                     : tr("Boundary agreement · Document ID %1").arg(m_agreement.documentId);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, left);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                             tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        if (!painter.end())
            return Error{Error::Kind::Io, tr("The PDF could not be finished.")};
        m_pageCount = pages;
    }
    if (bytes.isEmpty())
        return Error{Error::Kind::Io, tr("The PDF came out empty.")};
    return bytes;
}

} // namespace bk
