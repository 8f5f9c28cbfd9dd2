// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/practice/PolicyHtml.h"

#include "app/common/Clock.h"
#include "app/common/StatusColors.h"

#include <QApplication>
#include <QLocale>

namespace bk::PolicyHtml {

namespace {

// lupdate files these messages under "PolicyHtml", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(PolicyHtml)
};

QString escaped(const QString &text) {
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// Soft red and green under the palette's own text; the comparison is read, not decorated.
QString backgroundStyle(StatusColors::Status status) {
    return QStringLiteral("background-color:%1;")
        .arg(StatusColors::tint(status, QApplication::palette()).name());
}

// Secondary text (a key, when a version was published).
QString mutedColor() {
    return StatusColors::text(StatusColors::Status::Muted, QApplication::palette()).name();
}

QString kindLabel(PolicyItemChange::Kind kind) {
    switch (kind) {
    case PolicyItemChange::Kind::Added:
        return Tr::tr("Added");
    case PolicyItemChange::Kind::Removed:
        return Tr::tr("Removed");
    case PolicyItemChange::Kind::Changed:
        break;
    }
    return Tr::tr("Changed");
}

QString itemTitle(const PolicyItemChange &change) {
    if (change.kind == PolicyItemChange::Kind::Removed || change.newTitle.isEmpty())
        return change.oldTitle;
    return change.newTitle;
}

QString itemsHtml(const QList<PolicyItemChange> &changes, const QString &fromLabel, const QString &toLabel) {
    QString html;
    for (const PolicyItemChange &change : changes) {
        html += QStringLiteral("<h3>%1: %2</h3>").arg(kindLabel(change.kind), escaped(itemTitle(change)));
        if (change.moved)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(Tr::tr("Moved from position %1 to %2.")
                                 .arg(change.oldPosition + 1)
                                 .arg(change.newPosition + 1));
        if (change.fields.isEmpty())
            continue;
        html += QStringLiteral(
                    "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" border=\"1\" "
                    "style=\"border-color:%3;border-collapse:collapse;\">"
                    "<tr><th width=\"16%\" align=\"left\"></th><th width=\"42%\" align=\"left\">%1</th>"
                    "<th width=\"42%\" align=\"left\">%2</th></tr>")
                    .arg(escaped(fromLabel), escaped(toLabel),
                         QApplication::palette().color(QPalette::Mid).name());
        for (const FieldChange &field : change.fields) {
            html +=
                QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td>"
                               "<td valign=\"top\" style=\"%2\">%3</td>"
                               "<td valign=\"top\" style=\"%4\">%5</td></tr>")
                    .arg(PolicyFields::label(field.field).toHtmlEscaped(),
                         field.oldText.isEmpty() ? QString() : backgroundStyle(StatusColors::Status::Alert),
                         escaped(field.oldText),
                         field.newText.isEmpty() ? QString() : backgroundStyle(StatusColors::Status::Success),
                         escaped(field.newText));
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

// A field's name inside a sentence: lower-case in English, with its capital in languages such as German.
QString fieldInSentence(PolicyField field) {
    switch (field) {
    case PolicyField::Title:
        return Tr::tr("title");
    case PolicyField::Description:
        return Tr::tr("description");
    case PolicyField::Appropriate:
        return Tr::tr("appropriate behaviour");
    case PolicyField::Consequence:
        return Tr::tr("consequence");
    }
    return {};
}

} // namespace

QString version(const PolicyVersion &version) {
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><p style=\"color:%2;\">%3<br>SHA-256 %4</p>")
                       .arg(Tr::tr("Version %1").arg(version.version), mutedColor(),
                            Tr::tr("Published %1")
                                .arg(Clock::withZone(locale.toString(Clock::toLocal(version.publishedAt),
                                                                     QLocale::LongFormat)))
                                .toHtmlEscaped(),
                            version.sha256);
    int number = 0;
    for (const Boundary &boundary : version.document.boundaries) {
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p>")
                    .arg(++number)
                    .arg(escaped(boundary.title), escaped(boundary.description));
        html += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                    .arg(Tr::tr("Appropriate behaviour:").toHtmlEscaped(), escaped(boundary.appropriate),
                         Tr::tr("Consequence:").toHtmlEscaped(), escaped(boundary.consequence));
    }
    html += QStringLiteral("<h2>%1</h2><ol>").arg(Tr::tr("Consequence ladder").toHtmlEscaped());
    for (const LadderStep &step : version.document.ladder)
        html += QStringLiteral("<li><b>%1</b> – %2</li>").arg(escaped(step.title), escaped(step.description));
    html += QStringLiteral("</ol>");
    return html;
}

QString comparison(const PolicyDiff &diff, const QString &fromLabel, const QString &toLabel) {
    if (diff.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(Tr::tr("%1 and %2 have the same content.").arg(fromLabel, toLabel).toHtmlEscaped());
    QString html;
    if (!diff.boundaries.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(Tr::tr("Boundaries").toHtmlEscaped()) +
                itemsHtml(diff.boundaries, fromLabel, toLabel);
    if (!diff.ladder.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(Tr::tr("Consequence ladder").toHtmlEscaped()) +
                itemsHtml(diff.ladder, fromLabel, toLabel);
    return html;
}

QString summary(const PolicyDiff &diff) {
    QStringList lines;
    const auto describe = [&lines](const QList<PolicyItemChange> &changes, const QString &what) {
        for (const PolicyItemChange &change : changes) {
            QStringList fields;
            for (const FieldChange &field : change.fields)
                fields.append(fieldInSentence(field.field));
            if (change.moved)
                fields.append(Tr::tr("position"));
            switch (change.kind) {
            case PolicyItemChange::Kind::Added:
                lines.append(Tr::tr("• %1 added: %2").arg(what, itemTitle(change)));
                break;
            case PolicyItemChange::Kind::Removed:
                lines.append(Tr::tr("• %1 removed: %2").arg(what, itemTitle(change)));
                break;
            case PolicyItemChange::Kind::Changed:
                lines.append(Tr::tr("• %1 changed: %2 (%3)")
                                 .arg(what, itemTitle(change), fields.join(QStringLiteral(", "))));
                break;
            }
        }
    };
    describe(diff.boundaries, Tr::tr("Boundary"));
    describe(diff.ladder, Tr::tr("Ladder step"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace bk::PolicyHtml
