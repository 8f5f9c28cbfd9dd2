// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/dashboard/DashboardReport.h"

#include "app/common/ContactChannel.h"
#include "app/common/CsvText.h"
#include "app/common/PrivateFile.h"
#include "app/dashboard/DashboardCharts.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace bk::DashboardReport {

namespace {

// lupdate files these messages under "DashboardReport", the context Tr::tr() asks for at run time.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
};

const QColor Accent(0x1f, 0x3a, 0x5f);
const QColor BarColor(0x2c, 0x5c, 0x9a);
const QColor MutedText(0x55, 0x55, 0x55);
/// How many clients the report's bar chart shows.
constexpr int ReportClients = 15;

QString dateText(const QDate &date) {
    return QLocale().toString(date, QStringLiteral("d MMM yyyy"));
}

QString shareText(const std::optional<double> &share) {
    return share ? QStringLiteral("%1 %").arg(QLocale().toString(*share * 100.0, 'f', 0)) : Tr::tr("–");
}

QString daysText(const std::optional<double> &days) {
    return days ? Tr::tr("%1 days").arg(QLocale().toString(*days, 'f', 1)) : Tr::tr("–");
}

QString rateText(const std::optional<double> &rate) {
    return rate ? QLocale().toString(*rate, 'f', 2) : Tr::tr("–");
}

QString numberText(const std::optional<double> &value) {
    return value ? QString::number(*value, 'f', 4) : QString();
}

// Draws the pages: a header with the practice and the period, one view, and a footer with page numbers.
class ReportPages {
public:
    ReportPages(QPdfWriter &writer, QPainter &painter, const DashboardFigures &figures, int pageCount)
        : m_writer(writer)
        , m_painter(painter)
        , m_figures(figures)
        , m_pageCount(pageCount)
        , m_area(writer.pageLayout().paintRectPixels(writer.resolution())) {
        m_area.moveTo(0, 0);
    }

    // Starts a page with its view's title and explanation; returns the area left for the chart.
    QRectF begin(const QString &view, const QString &explanation) {
        if (m_page > 0)
            m_writer.newPage();
        ++m_page;
        double y = 0;
        m_painter.setFont(font(8.5));
        m_painter.setPen(MutedText);
        const QString practice =
            m_figures.practiceName.isEmpty() ? Tr::tr("Boundary dashboard") : m_figures.practiceName;
        y += line(practice + QStringLiteral(" · ") + periodText(m_figures) +
                      (m_figures.request.clientId
                           ? QStringLiteral(" · ") + Tr::tr("client: %1").arg(clientText())
                           : QString()),
                  y);
        m_painter.setPen(QPen(Accent, m_area.width() / 600.0));
        m_painter.drawLine(QPointF(0, y + lineGap()), QPointF(m_area.width(), y + lineGap()));
        y += lineGap() * 3;
        m_painter.setFont(font(18, true));
        m_painter.setPen(Accent);
        y += line(view, y) + lineGap();
        m_painter.setFont(font(10));
        m_painter.setPen(MutedText);
        const QRectF text(0, y, m_area.width(), m_area.height());
        const QRectF used = m_painter.boundingRect(text, Qt::TextWordWrap, explanation);
        m_painter.drawText(text, Qt::TextWordWrap, explanation);
        y += used.height() + lineGap() * 3;
        footer();
        m_painter.setFont(font(10));
        m_painter.setPen(Qt::black);
        return QRectF(0, y, m_area.width(), m_area.height() - y - footerHeight());
    }

    QFont font(double points, bool bold = false) const {
        QFont result(QStringLiteral("DejaVu Sans"));
        result.setPointSizeF(points);
        result.setBold(bold);
        return result;
    }
    double lineGap() const { return QFontMetricsF(font(10), &m_writer).height() * 0.25; }

    // Draws one line of text at `y` in the current font; returns its height.
    double line(const QString &text, double y) {
        const double height = QFontMetricsF(m_painter.font(), &m_writer).height();
        m_painter.drawText(QRectF(0, y, m_area.width(), height), Qt::AlignLeft | Qt::AlignVCenter, text);
        return height;
    }

    // Label and value rows, e.g. the at-a-glance figures; returns the height used. A label or value too long
    // for its column wraps onto more lines (German's are the longest) and its row grows with it.
    double table(const QList<QPair<QString, QString>> &rows, double y, double labelShare = 0.78) {
        const double top = y;
        const double lineHeight = QFontMetricsF(font(12), &m_writer).height();
        for (const auto &[label, value] : rows) {
            m_painter.setFont(font(12));
            m_painter.setPen(Qt::black);
            const QRectF labelColumn(0, y, m_area.width() * labelShare - lineHeight, m_area.height());
            const double labelHeight =
                m_painter.boundingRect(labelColumn, Qt::AlignLeft | Qt::TextWordWrap, label).height();
            m_painter.setFont(font(12, true));
            const QRectF valueColumn(m_area.width() * labelShare, y, m_area.width() * (1 - labelShare),
                                     m_area.height());
            const double valueHeight =
                m_painter.boundingRect(valueColumn, Qt::AlignRight | Qt::TextWordWrap, value).height();
            const double height =
                std::max(lineHeight * 1.7, std::max(labelHeight, valueHeight) + lineHeight * 0.7);
            m_painter.setFont(font(12));
            m_painter.drawText(QRectF(labelColumn.left(), y, labelColumn.width(), height),
                               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
            m_painter.setFont(font(12, true));
            m_painter.setPen(Accent);
            m_painter.drawText(QRectF(valueColumn.left(), y, valueColumn.width(), height),
                               Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, value);
            m_painter.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), m_area.width() / 1200.0));
            m_painter.drawLine(QPointF(0, y + height), QPointF(m_area.width(), y + height));
            y += height;
        }
        return y - top;
    }

    QString clientText() const {
        return m_figures.clientName.isEmpty() ? QString::number(*m_figures.request.clientId)
                                              : m_figures.clientName;
    }

private:
    double footerHeight() const { return QFontMetricsF(font(8), &m_writer).height() * 2; }

    void footer() {
        const QRectF box(0, m_area.height() - footerHeight() * 0.6, m_area.width(), footerHeight() * 0.6);
        m_painter.setPen(QPen(Accent, m_area.width() / 800.0));
        m_painter.drawLine(box.topLeft(), box.topRight());
        m_painter.setFont(font(8));
        m_painter.setPen(MutedText);
        m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                           Tr::tr("Boundary Keeper · figures as of %1").arg(dateText(m_figures.today)));
        m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                           Tr::tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    const DashboardFigures &m_figures;
    int m_pageCount;
    QRectF m_area;
    int m_page = 0;
};

QList<DashboardCharts::Bar> keyedBars(const QList<KeyedCount> &counts) {
    QList<DashboardCharts::Bar> bars;
    for (const KeyedCount &count : counts)
        bars.append({count.label.isEmpty() ? count.key : count.label, double(count.count),
                     QLocale().toString(count.count)});
    return bars;
}

// A chart area no taller than the bars need, so a short list does not stretch across the page.
QRectF barArea(const QRectF &area, qsizetype bars, const QFont &font, const QPaintDevice *device) {
    const double rowHeight = QFontMetricsF(font, device).height() * 2.2;
    return QRectF(area.topLeft(), QSizeF(area.width(), std::min(area.height(), rowHeight * double(bars))));
}

void noIncidents(ReportPages &pages, QPainter &painter, const QRectF &area) {
    painter.setFont(pages.font(11));
    painter.setPen(MutedText);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, Tr::tr("No client incidents in this period."));
}

} // namespace

QString periodText(const DashboardFigures &figures) {
    return Tr::tr("%1 – %2").arg(dateText(figures.request.from), dateText(figures.request.to));
}

QString title(const DashboardFigures &figures) {
    return figures.practiceName.isEmpty()
               ? Tr::tr("Boundary dashboard, %1").arg(periodText(figures))
               : Tr::tr("Boundary dashboard: %1, %2").arg(figures.practiceName, periodText(figures));
}

Result<QByteArray> renderPdf(const DashboardFigures &figures) {
    constexpr int PageCount = 7;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(title(figures));
        writer.setCreator(QStringLiteral("Boundary Keeper %1").arg(QCoreApplication::applicationVersion()));
        writer.setResolution(300);
        const QPageSize pageSize(figures.paperSize == PaperSize::UsLetter ? QPageSize::Letter
                                                                          : QPageSize::A4);
        writer.setPageLayout(
            QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Error::Kind::Io, Tr::tr("The PDF could not be started.")};
        ReportPages pages(writer, painter, figures, PageCount);
        const QLocale locale;

        QRectF area =
            pages.begin(Tr::tr("At a glance"),
                        Tr::tr("What needs attention today, and how the period's client incidents were "
                               "handled. An incident counts as addressed when a conversation about it was "
                               "recorded within 24 hours; incidents still within their first 24 hours are "
                               "not counted yet. Self-reported lapses are counted apart from client "
                               "incidents."));
        pages.table(
            {{Tr::tr("Open incidents"), locale.toString(figures.openIncidents)},
             {Tr::tr("Overdue follow-ups"), locale.toString(figures.overdueFollowUps)},
             {Tr::tr("Clients with re-acknowledgement due"), locale.toString(figures.reacknowledgementDue)},
             {Tr::tr("Unfinished onboarding drafts"), locale.toString(figures.onboardingDrafts)},
             {Tr::tr("Client incidents in the period"), locale.toString(figures.incidents)},
             {Tr::tr("… of them outside working hours"), locale.toString(figures.outsideHours)},
             {Tr::tr("Addressed within 24 hours, of those whose 24 hours are over"),
              shareText(figures.addressedShare)},
             {Tr::tr("… still within their first 24 hours (not counted yet)"),
              locale.toString(figures.addressPending)},
             {Tr::tr("Median time to resolution"), daysText(figures.medianDaysToResolution)},
             {Tr::tr("Self-reported lapses"), locale.toString(figures.selfReported)},
             {Tr::tr("Months reflected on, of those over"), shareText(figures.reflectedShare)},
             {Tr::tr("Clients on early warning"), locale.toString(figures.earlyWarning.size())}},
            area.top());

        area = pages.begin(
            Tr::tr("Incidents per month"),
            Tr::tr("Client incidents per active client per 30 days, so that a growing practice does "
                   "not look worse. The month that holds today is not over: it is marked \"so far\" and "
                   "scaled over its days so far, where a single incident weighs heavily. Below the chart: "
                   "each month's incidents and active clients."));
        QList<DashboardCharts::Bar> months;
        for (const MonthFigure &month : figures.byMonth) {
            const QString label = locale.toString(month.month, QStringLiteral("MMM yyyy"));
            months.append({month.soFar ? Tr::tr("%1 (so far)").arg(label) : label,
                           month.ratePerActiveClient30d.value_or(0), rateText(month.ratePerActiveClient30d)});
        }
        painter.setFont(pages.font(9));
        const QRectF chart(area.topLeft(), QSizeF(area.width(), area.height() * 0.6));
        DashboardCharts::drawColumns(painter, chart, months, BarColor);
        QList<QPair<QString, QString>> monthRows;
        for (const MonthFigure &month : figures.byMonth) {
            const QString label = locale.toString(month.month, QStringLiteral("MMMM yyyy"));
            monthRows.append({month.soFar
                                  ? Tr::tr("%1 (so far: %Ln day(s))", nullptr, month.daysElapsed).arg(label)
                                  : label,
                              Tr::tr("%1, %2, rate %3; %4")
                                  .arg(Tr::tr("%Ln incident(s)", nullptr, int(month.count)),
                                       Tr::tr("%Ln active client(s)", nullptr, int(month.activeClients)),
                                       rateText(month.ratePerActiveClient30d),
                                       Tr::tr("%Ln own lapse(s)", nullptr, int(month.lapses)))});
        }
        pages.table(monthRows, chart.bottom() + pages.lineGap() * 4, 0.3);

        area = pages.begin(Tr::tr("By boundary"),
                           Tr::tr("Client incidents in the period by the boundary crossed."));
        painter.setFont(pages.font(10));
        if (figures.byBoundary.isEmpty())
            noIncidents(pages, painter, area);
        DashboardCharts::drawHorizontalBars(painter,
                                            barArea(area, figures.byBoundary.size(), painter.font(), &writer),
                                            keyedBars(figures.byBoundary), BarColor);

        area = pages.begin(Tr::tr("By channel"),
                           Tr::tr("Client incidents in the period by the channel they came "
                                  "through."));
        painter.setFont(pages.font(10));
        if (figures.byChannel.isEmpty())
            noIncidents(pages, painter, area);
        DashboardCharts::drawHorizontalBars(painter,
                                            barArea(area, figures.byChannel.size(), painter.font(), &writer),
                                            keyedBars(figures.byChannel), BarColor);

        area =
            pages.begin(Tr::tr("By weekday and hour"),
                        Tr::tr("Client incidents by weekday and hour in the practice's time zone (%1). The "
                               "working hours are outlined; incidents outside them are shown in orange.")
                            .arg(figures.timeZoneId.isEmpty() ? Tr::tr("the system's")
                                                              : QString::fromUtf8(figures.timeZoneId)));
        painter.setFont(pages.font(7.5));
        const QFontMetricsF heatMetrics(painter.font(), &writer);
        const QRectF heatArea(area.topLeft(),
                              QSizeF(area.width(), std::min(area.height(), area.width() * 0.42)));
        DashboardCharts::drawHeatMap(painter,
                                     DashboardCharts::HeatMapLayout(
                                         heatArea, heatMetrics.horizontalAdvance(QStringLiteral("Wed")) * 1.6,
                                         heatMetrics.height() * 1.5),
                                     figures, DashboardCharts::ChartColors::paper());

        area =
            pages.begin(Tr::tr("By client"),
                        Tr::tr("The clients with the most incidents in the period (up to %1), and how many "
                               "clients had one, two to five, or six or more.")
                            .arg(ReportClients));
        painter.setFont(pages.font(10));
        QList<DashboardCharts::Bar> clients;
        for (const ClientCount &client : figures.byClient.mid(0, ReportClients))
            clients.append({client.name.isEmpty() ? Tr::tr("Client %1").arg(client.clientId) : client.name,
                            double(client.count), locale.toString(client.count)});
        if (clients.isEmpty())
            noIncidents(pages, painter, area);
        const QRectF clientArea = barArea(area, clients.size(), painter.font(), &writer);
        DashboardCharts::drawHorizontalBars(painter, clientArea, clients, BarColor);
        QList<DashboardCharts::Bar> bands;
        for (RepeatBand band : RepeatBands::all)
            bands.append({RepeatBands::label(band), double(figures.bandCount(band)),
                          Tr::tr("%Ln client(s)", nullptr, int(figures.bandCount(band)))});
        const QRectF bandArea(area.left(), clientArea.bottom() + pages.lineGap() * 6, area.width(),
                              area.bottom() - clientArea.bottom() - pages.lineGap() * 6);
        painter.setFont(pages.font(11, true));
        painter.setPen(Accent);
        pages.line(Tr::tr("Repeat bands"), bandArea.top());
        painter.setFont(pages.font(10));
        DashboardCharts::drawHorizontalBars(
            painter,
            barArea(bandArea.adjusted(0, pages.lineGap() * 6, 0, 0), bands.size(), painter.font(), &writer),
            bands, QColor(0x5b, 0x8a, 0x72));

        area = pages.begin(Tr::tr("Early warning"),
                           Tr::tr("Clients with %1 or more client incidents in the %2 days up to %3: worth a "
                                  "conversation before a pattern settles in.")
                               .arg(DashboardFigures::EarlyWarningMinimum)
                               .arg(DashboardFigures::EarlyWarningDays)
                               .arg(dateText(figures.today)));
        QList<QPair<QString, QString>> warnings;
        for (const ClientCount &client : figures.earlyWarning)
            warnings.append({client.name, Tr::tr("%Ln incident(s)", nullptr, int(client.count))});
        if (warnings.isEmpty())
            warnings.append({Tr::tr("No client needs attention."), QString()});
        pages.table(warnings, area.top());

        if (!painter.end())
            return Error{Error::Kind::Io, Tr::tr("The PDF could not be finished.")};
    }
    if (bytes.isEmpty())
        return Error{Error::Kind::Io, Tr::tr("The PDF came out empty.")};
    return bytes;
}

QByteArray csv(const DashboardFigures &figures) {
    QStringList lines = {QStringLiteral("figure,key,label,value")};
    const auto add = [&lines](const QString &figure, const QString &key, const QString &label,
                              const QString &value) {
        lines.append(CsvText::record({figure, key, label, value}));
    };
    add(QStringLiteral("period"), QStringLiteral("from"), Tr::tr("First day"),
        figures.request.from.toString(Qt::ISODate));
    add(QStringLiteral("period"), QStringLiteral("to"), Tr::tr("Last day"),
        figures.request.to.toString(Qt::ISODate));
    add(QStringLiteral("period"), QStringLiteral("client_id"), figures.clientName,
        figures.request.clientId ? QString::number(*figures.request.clientId) : QString());
    add(QStringLiteral("period"), QStringLiteral("time_zone"), Tr::tr("Time zone"),
        QString::fromUtf8(figures.timeZoneId));
    const QList<std::tuple<QString, QString, QString>> glance = {
        {QStringLiteral("open"), Tr::tr("Open incidents"), QString::number(figures.openIncidents)},
        {QStringLiteral("overdue"), Tr::tr("Overdue follow-ups"), QString::number(figures.overdueFollowUps)},
        {QStringLiteral("reack_due"), Tr::tr("Clients with re-acknowledgement due"),
         QString::number(figures.reacknowledgementDue)},
        {QStringLiteral("drafts"), Tr::tr("Unfinished onboarding drafts"),
         QString::number(figures.onboardingDrafts)},
        {QStringLiteral("incidents"), Tr::tr("Client incidents in the period"),
         QString::number(figures.incidents)},
        {QStringLiteral("outside_hours"), Tr::tr("Client incidents outside working hours"),
         QString::number(figures.outsideHours)},
        {QStringLiteral("addressed_within_24h"),
         Tr::tr("Share addressed within 24 hours, of client incidents whose 24 hours are over"),
         numberText(figures.addressedShare)},
        {QStringLiteral("addressed_judged"), Tr::tr("Client incidents whose 24 hours are over"),
         QString::number(figures.addressJudged)},
        {QStringLiteral("addressed_pending"), Tr::tr("Client incidents still within their first 24 hours"),
         QString::number(figures.addressPending)},
        {QStringLiteral("median_days_to_resolution"), Tr::tr("Median days to resolution"),
         numberText(figures.medianDaysToResolution)},
        {QStringLiteral("self_reported"), Tr::tr("Self-reported lapses"),
         QString::number(figures.selfReported)},
        {QStringLiteral("reflected_share"), Tr::tr("Share of the months over that were reflected on"),
         numberText(figures.reflectedShare)}};
    for (const auto &[key, label, value] : glance)
        add(QStringLiteral("at_a_glance"), key, label, value);
    for (const MonthFigure &month : figures.byMonth) {
        const QString key = month.month.toString(QStringLiteral("yyyy-MM"));
        add(QStringLiteral("by_month_count"), key, Tr::tr("Client incidents"), QString::number(month.count));
        add(QStringLiteral("by_month_lapses"), key, Tr::tr("Self-reported lapses"),
            QString::number(month.lapses));
        add(QStringLiteral("by_month_active_clients"), key, Tr::tr("Active clients"),
            QString::number(month.activeClients));
        add(QStringLiteral("by_month_days_elapsed"), key, Tr::tr("Days in the period up to today"),
            QString::number(month.daysElapsed));
        add(QStringLiteral("by_month_so_far"), key, Tr::tr("Month not over yet (1) or over (0)"),
            QString::number(month.soFar ? 1 : 0));
        add(QStringLiteral("by_month_rate"), key,
            month.soFar ? Tr::tr("Per active client per 30 days, over the days so far")
                        : Tr::tr("Per active client per 30 days"),
            numberText(month.ratePerActiveClient30d));
    }
    for (const KeyedCount &boundary : figures.byBoundary)
        add(QStringLiteral("by_boundary"), boundary.key, boundary.label, QString::number(boundary.count));
    for (const KeyedCount &channel : figures.byChannel)
        add(QStringLiteral("by_channel"), channel.key, channel.label, QString::number(channel.count));
    const QLocale english(QLocale::English);
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour)
            add(QStringLiteral("by_weekday_hour"),
                QStringLiteral("%1 %2")
                    .arg(english.dayName(day + 1).toLower())
                    .arg(hour, 2, 10, QLatin1Char('0')),
                QString(), QString::number(figures.byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour))));
    }
    for (const ClientCount &client : figures.byClient)
        add(QStringLiteral("by_client"), QString::number(client.clientId), client.name,
            QString::number(client.count));
    for (RepeatBand band : RepeatBands::all)
        add(QStringLiteral("repeat_bands"), RepeatBands::key(band), RepeatBands::label(band),
            QString::number(figures.bandCount(band)));
    for (const ClientCount &client : figures.earlyWarning)
        add(QStringLiteral("early_warning"), QString::number(client.clientId), client.name,
            QString::number(client.count));
    return (lines.join(CsvText::LineEnd) + CsvText::LineEnd).toUtf8();
}

} // namespace bk::DashboardReport
