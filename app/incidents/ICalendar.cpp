// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/incidents/ICalendar.h"

#include <QCoreApplication>
#include <QHash>

namespace bk {

namespace {

// lupdate files these messages under "ICalendar", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
};

constexpr qsizetype MaxOctets = 75;

bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

} // namespace

namespace ICalendar {

QString escapeText(const QString &text) {
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(',')) {
            escaped.append(QLatin1Char('\\'));
            escaped.append(c);
        } else if (c == QLatin1Char('\r')) {
            escaped.append(QLatin1String("\\n"));
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('\n')) {
            escaped.append(QLatin1String("\\n"));
        } else {
            escaped.append(c);
        }
    }
    return escaped;
}

QByteArray foldLine(const QString &line) {
    const QByteArray utf8 = line.toUtf8();
    QByteArray folded;
    qsizetype position = 0;
    bool first = true;
    while (position < utf8.size()) {
        // A continuation line's leading space counts towards its 75 octets.
        const qsizetype room = first ? MaxOctets : MaxOctets - 1;
        qsizetype end = std::min(position + room, utf8.size());
        while (end < utf8.size() && end > position && isContinuationByte(utf8.at(end)))
            --end;
        if (!first)
            folded.append(' ');
        folded.append(utf8.mid(position, end - position));
        folded.append("\r\n");
        position = end;
        first = false;
    }
    if (utf8.isEmpty())
        folded.append("\r\n");
    return folded;
}

QByteArray followUps(const QList<FollowUpItem> &items, const QDateTime &stamp,
                     const QHash<QString, QString> &boundaryTitles,
                     const QList<AvailabilityPeriod> &periods) {
    const QString dtStamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QByteArray out;
    out += foldLine(QStringLiteral("BEGIN:VCALENDAR"));
    out += foldLine(QStringLiteral("VERSION:2.0"));
    out += foldLine(QStringLiteral("PRODID:-//Boundary Keeper//Follow-ups//EN"));
    out += foldLine(QStringLiteral("CALSCALE:GREGORIAN"));
    for (const FollowUpItem &item : items) {
        const QString date = item.due.toString(QStringLiteral("yyyyMMdd"));
        const QString boundary = boundaryTitles.value(item.boundaryKey, item.boundaryKey);
        out += foldLine(QStringLiteral("BEGIN:VEVENT"));
        // Stable per incident and due date, so a re-export updates rather than duplicates the event.
        out += foldLine(QStringLiteral("UID:incident-%1-%2@boundary-keeper").arg(item.incidentId).arg(date));
        out += foldLine(QStringLiteral("DTSTAMP:") + dtStamp);
        out += foldLine(QStringLiteral("DTSTART;VALUE=DATE:") + date);
        out += foldLine(QStringLiteral("DTEND;VALUE=DATE:") +
                        item.due.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        out += foldLine(QStringLiteral("SUMMARY:") +
                        escapeText(Tr::tr("%1 \u2014 %2").arg(item.nextAction, item.clientName)));
        out += foldLine(QStringLiteral("DESCRIPTION:") +
                        escapeText(Tr::tr("Client: %1\nBoundary: %2\nIncident %3 in Boundary Keeper")
                                       .arg(item.clientName, boundary)
                                       .arg(item.incidentId)));
        out += foldLine(QStringLiteral("END:VEVENT"));
    }
    for (const AvailabilityPeriod &period : periods) {
        QStringList changes;
        if (period.noSessions)
            changes.append(Tr::tr("No sessions."));
        if (period.slowerReplies)
            changes.append(Tr::tr("Slower replies."));
        if (!period.coveredBy.isEmpty())
            changes.append(Tr::tr("Covered by %1.").arg(period.coveredBy));
        out += foldLine(QStringLiteral("BEGIN:VEVENT"));
        out += foldLine(QStringLiteral("UID:availability-%1@boundary-keeper").arg(period.id));
        out += foldLine(QStringLiteral("DTSTAMP:") + dtStamp);
        out += foldLine(QStringLiteral("DTSTART;VALUE=DATE:") +
                        period.from.toString(QStringLiteral("yyyyMMdd")));
        out += foldLine(QStringLiteral("DTEND;VALUE=DATE:") +
                        period.to.addDays(1).toString(QStringLiteral("yyyyMMdd")));
        out += foldLine(QStringLiteral("SUMMARY:") + escapeText(Tr::tr("Reduced availability")));
        out += foldLine(QStringLiteral("DESCRIPTION:") + escapeText(changes.join(QLatin1Char(' '))));
        out += foldLine(QStringLiteral("TRANSP:OPAQUE"));
        out += foldLine(QStringLiteral("END:VEVENT"));
    }
    out += foldLine(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace ICalendar

} // namespace bk
