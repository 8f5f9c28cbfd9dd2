// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "app/common/StatusColors.h"
#include "app/dashboard/DashboardCharts.h"
#include "app/demo/DemoPractice.h"
#include "tests/support/MainViews.h"
#include "tests/support/TestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/HeatMapWidget.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace bk;
using Kind = StatusColors::Status;

namespace {

/// A dark palette as desktops ship one: grey window, darker fields, light text.
QPalette darkPalette() {
    QPalette palette;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    palette.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    palette.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return palette;
}

/// A high-contrast palette: white text on black, yellow for what is selected or linked.
QPalette highContrastPalette() {
    QPalette palette;
    for (const QPalette::ColorRole role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::Dark,
          QPalette::Shadow, QPalette::ToolTipBase, QPalette::HighlightedText})
        palette.setColor(role, Qt::black);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::BrightText, QPalette::Light,
          QPalette::Midlight, QPalette::Mid, QPalette::ToolTipText, QPalette::PlaceholderText})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::Highlight, Qt::yellow);
    palette.setColor(QPalette::Link, Qt::yellow);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0xc0, 0xc0, 0xc0));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0xc0, 0xc0, 0xc0));
    return palette;
}

/// `colour` as it shows over `background` (a half-transparent placeholder colour, for instance).
QColor over(const QColor &colour, const QColor &background) {
    return StatusColors::mixed(background, QColor(colour.red(), colour.green(), colour.blue()),
                               colour.alphaF());
}

/// The colours of text drawn in `image`: its commonest colour is the paper, the pixel of highest contrast
/// against it the ink.
std::pair<QColor, QColor> drawnColours(const QImage &image) {
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    }
    QRgb paper = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            paper = it.key();
            most = it.value();
        }
    }
    QColor ink = QColor::fromRgb(paper);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (StatusColors::contrast(QColor::fromRgb(it.key()), QColor::fromRgb(paper)) >
            StatusColors::contrast(ink, QColor::fromRgb(paper)))
            ink = QColor::fromRgb(it.key());
    }
    return {ink, QColor::fromRgb(paper)};
}

QString describe(const QColor &colour) {
    return colour.name();
}

/// The name of a widget for a message: its object name, or its class.
QString nameOf(const QObject *object) {
    return object->objectName().isEmpty() ? QString::fromLatin1(object->metaObject()->className())
                                          : object->objectName();
}

/// The colours a piece of rich text names: `color:` and `background-color:` values.
QList<QColor> htmlColors(const QString &html, const QString &property) {
    QList<QColor> colours;
    static const QRegularExpression pattern(
        QStringLiteral("(^|[^-])(background-color|color)\\s*:\\s*(#[0-9a-fA-F]{6})"));
    for (const QRegularExpressionMatch &match : pattern.globalMatch(html)) {
        if (match.captured(2) == property)
            colours.append(QColor(match.captured(3)));
    }
    return colours;
}

} // namespace

/// The main views in a light, a dark and a high-contrast palette (ctest runs the program at 100 % and at
/// 200 % with QT_SCALE_FACTOR=2): every colour the code picks itself reads against what it is drawn on
/// (WCAG 4.5:1 for text, 3:1 for bars and cells), and no label is cut off. With BK_SCREENSHOT_DIR set, it
/// saves each view as name_palette_scale.png there, to look at.
class TestAppearance : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QStringList m_problems;

    void require(bool met, const QString &view, const QString &what) {
        if (!met)
            m_problems.append(view + QStringLiteral(": ") + what);
    }

    void requireContrast(const QString &view, const QString &what, const QColor &foreground,
                         const QColor &background, double minimum) {
        const QColor shown = over(foreground, background);
        const double ratio = StatusColors::contrast(shown, background);
        require(ratio >= minimum, view,
                QStringLiteral("%1: %2 on %3 has %4:1, needs %5:1")
                    .arg(what, describe(shown), describe(background))
                    .arg(ratio, 0, 'f', 2)
                    .arg(minimum));
    }

    // The colour of the window's pixel at `point` of `widget`, as drawn.
    static QColor shownAt(const QImage &screen, const QWidget *widget, const QPoint &point) {
        const QPoint at = widget->mapTo(widget->window(), point);
        return screen.pixelColor((QPointF(at) * screen.devicePixelRatio()).toPoint());
    }

    // The colours a label really shows on `screen` (the window as drawn, style sheets and palettes applied).
    void checkLabels(const QString &view, const QWidget *window, const QImage &screen) {
        const qreal ratio = screen.devicePixelRatio();
        for (const QLabel *label : window->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(window) || label->text().trimmed().isEmpty() || label->width() <= 0)
                continue;
            const QString name =
                nameOf(label) + QStringLiteral(" \"") + label->text().left(40) + QStringLiteral("\"");
            // Only a label in full view: a part scrolled away may hold no text at all.
            if (label->visibleRegion().boundingRect() == label->rect()) {
                const QRect onScreen(label->mapTo(window, QPoint(0, 0)), label->size());
                const auto [ink, paper] = drawnColours(screen.copy(
                    QRectF(QPointF(onScreen.topLeft()) * ratio, QSizeF(onScreen.size()) * ratio).toRect()));
                requireContrast(view, name, ink, paper, StatusColors::TextContrast);
                for (const QColor &colour : htmlColors(label->text(), QStringLiteral("color")))
                    requireContrast(view, name + QStringLiteral(" (rich text)"), colour, paper,
                                    StatusColors::TextContrast);
            }
            // Nothing cut off: a wrapped label is as high as its text needs, any other as wide.
            if (label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                require(needed <= label->height() + 1, view,
                        QStringLiteral("%1 is clipped: %2 px high, needs %3")
                            .arg(name)
                            .arg(label->height())
                            .arg(needed));
            } else {
                const QSize needed = label->minimumSizeHint();
                require(needed.width() <= label->width() + 1 && needed.height() <= label->height() + 1, view,
                        QStringLiteral("%1 is clipped: %2×%3, needs %4×%5")
                            .arg(name)
                            .arg(label->width())
                            .arg(label->height())
                            .arg(needed.width())
                            .arg(needed.height()));
            }
        }
    }

    void checkRichText(const QString &view, const QWidget *window) {
        for (const QTextBrowser *browser : window->findChildren<QTextBrowser *>()) {
            if (!browser->isVisibleTo(window))
                continue;
            const QString html = browser->toHtml();
            const QColor base = browser->viewport()->palette().color(browser->viewport()->backgroundRole());
            const QColor text = browser->palette().color(QPalette::Text);
            for (const QColor &colour : htmlColors(html, QStringLiteral("background-color")))
                requireContrast(view, nameOf(browser) + QStringLiteral(" text on a highlight"), text, colour,
                                StatusColors::TextContrast);
            for (const QColor &colour : htmlColors(html, QStringLiteral("color")))
                requireContrast(view, nameOf(browser) + QStringLiteral(" coloured text"), colour, base,
                                StatusColors::TextContrast);
        }
    }

    void checkItemViews(const QString &view, const QWidget *window, const QImage &screen) {
        for (const QTableView *table : window->findChildren<QTableView *>()) {
            const QAbstractItemModel *model = table->model();
            if (!table->isVisibleTo(window) || !model)
                continue;
            const QColor base = table->palette().color(QPalette::Base);
            for (int row = 0; row < std::min(model->rowCount(), 200); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    const QVariant foreground = index.data(Qt::ForegroundRole);
                    const QVariant background = index.data(Qt::BackgroundRole);
                    if (!foreground.isValid() && !background.isValid())
                        continue;
                    const QColor under = background.isValid() ? over(background.value<QColor>(), base) : base;
                    const QColor text = foreground.isValid() ? foreground.value<QColor>()
                                                             : table->palette().color(QPalette::Text);
                    requireContrast(
                        view, QStringLiteral("%1 row %2 column %3").arg(nameOf(table)).arg(row).arg(column),
                        text, under, StatusColors::TextContrast);
                }
            }
        }
        for (const QListWidget *list : window->findChildren<QListWidget *>()) {
            if (!list->isVisibleTo(window) || list->count() == 0)
                continue;
            // What the list is filled with, as drawn: its bottom-right corner holds no item.
            const QWidget *viewport = list->viewport();
            const QColor background =
                shownAt(screen, viewport, QPoint(viewport->width() - 3, viewport->height() - 3));
            for (int row = 0; row < list->count(); ++row) {
                const QBrush foreground = list->item(row)->foreground();
                requireContrast(view, QStringLiteral("%1 item %2").arg(nameOf(list)).arg(row),
                                foreground.style() == Qt::NoBrush ? list->palette().color(QPalette::Text)
                                                                  : foreground.color(),
                                background, StatusColors::TextContrast);
            }
        }
    }

    void checkCharts(const QString &view, const QWidget *window) {
        for (const QChartView *chartView : window->findChildren<QChartView *>()) {
            if (!chartView->isVisibleTo(window))
                continue;
            const QChart *chart = chartView->chart();
            const QColor background = chart->backgroundBrush().color();
            for (const QAbstractAxis *axis : chart->axes())
                requireContrast(view, nameOf(chartView) + QStringLiteral(" axis labels"), axis->labelsColor(),
                                background, StatusColors::TextContrast);
            for (const QAbstractSeries *series : chart->series()) {
                const auto *bars = qobject_cast<const QAbstractBarSeries *>(series);
                if (!bars)
                    continue;
                for (QBarSet *set : bars->barSets()) {
                    requireContrast(view, nameOf(chartView) + QStringLiteral(" bars"), set->color(),
                                    background, StatusColors::GraphicContrast);
                    requireContrast(view, nameOf(chartView) + QStringLiteral(" bar labels"),
                                    set->labelColor(), background, StatusColors::TextContrast);
                }
            }
        }
        for (const HeatMapWidget *heatMap : window->findChildren<HeatMapWidget *>()) {
            if (!heatMap->isVisibleTo(window))
                continue;
            const auto *dashboard = qobject_cast<const DashboardPage *>(window->findChild<DashboardPage *>());
            QVERIFY(dashboard);
            const DashboardFigures &figures = dashboard->figures();
            const DashboardCharts::ChartColors colors =
                DashboardCharts::ChartColors::screen(heatMap->palette());
            const qint64 busiest = DashboardCharts::busiestCell(figures);
            require(busiest > 0, view, QStringLiteral("the heat map is empty"));
            for (int day = 0; day < 7; ++day) {
                for (int hour = 0; hour < 24; ++hour) {
                    const qint64 count = figures.byWeekdayHour.at(std::size_t(day)).at(std::size_t(hour));
                    if (count == 0)
                        continue;
                    const QColor cell = heatMap->cellColor(day, hour);
                    const QString where = QStringLiteral("heat map cell %1/%2").arg(day).arg(hour);
                    requireContrast(view, where + QStringLiteral(" count"),
                                    DashboardCharts::heatTextColor(cell, colors), cell,
                                    StatusColors::TextContrast);
                    if (count == busiest)
                        requireContrast(view, where, cell, colors.background, StatusColors::GraphicContrast);
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase_data() {
        QTest::addColumn<QString>("paletteName");
        QTest::addColumn<QPalette>("palette");
        for (const auto &[name, palette] :
             {std::pair(QStringLiteral("light"), QApplication::style()->standardPalette()),
              std::pair(QStringLiteral("dark"), darkPalette()),
              std::pair(QStringLiteral("high-contrast"), highContrastPalette())})
            QTest::newRow(qPrintable(name)) << name << palette;
    }

    void initTestCase() { test::initTestEnvironment(); }

    void init() {
        QFETCH_GLOBAL(QPalette, palette);
        QApplication::setPalette(palette);
        m_problems.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = test::openDatabase(m_dir->filePath(QStringLiteral("demo.sqlite")));
        QVERIFY(m_db);
    }

    void cleanup() {
        m_db.reset();
        m_dir.reset();
        QApplication::setPalette(QApplication::style()->standardPalette());
    }

    void everyStatusColourReadsOnThePalette() {
        const QPalette palette = QApplication::palette();
        const QColor window = palette.color(QPalette::Window);
        const QColor base = palette.color(QPalette::Base);
        for (const Kind status : {Kind::Alert, Kind::Caution, Kind::Success, Kind::Accent, Kind::Muted}) {
            const QString name = QStringLiteral("status %1").arg(int(status));
            const QColor tint = StatusColors::tint(status, palette);
            for (const QColor &background : {window, base, tint})
                requireContrast(name, QStringLiteral("text"), StatusColors::text(status, palette), background,
                                StatusColors::TextContrast);
            for (const QColor &background : {window, base})
                requireContrast(name, QStringLiteral("graphic"), StatusColors::graphic(status, palette),
                                background, StatusColors::GraphicContrast);
            requireContrast(name, QStringLiteral("the palette's text on the tint"),
                            palette.color(QPalette::Text), tint, StatusColors::TextContrast);
        }
        const DashboardCharts::ChartColors colors = DashboardCharts::ChartColors::screen(palette);
        for (const bool within : {true, false}) {
            requireContrast(QStringLiteral("chart"), QStringLiteral("busiest cell"),
                            DashboardCharts::heatColor(10, 10, within, colors), colors.background,
                            StatusColors::GraphicContrast);
            for (qint64 count = 0; count <= 10; ++count) {
                const QColor cell = DashboardCharts::heatColor(count, 10, within, colors);
                requireContrast(QStringLiteral("chart"), QStringLiteral("count %1 in its cell").arg(count),
                                DashboardCharts::heatTextColor(cell, colors), cell,
                                StatusColors::TextContrast);
            }
        }
        requireContrast(QStringLiteral("chart"), QStringLiteral("outline"), colors.hoursOutline,
                        colors.background, StatusColors::GraphicContrast);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }

    void theMainViewsReadWithoutClipping() {
        QFETCH_GLOBAL(QString, paletteName);
        QVERIFY(DemoPractice::populate(*m_db).ok());
        const QString folder = qEnvironmentVariable("BK_SCREENSHOT_DIR");
        const QString suffix = QStringLiteral("_%1_%2x.png").arg(paletteName).arg(qApp->devicePixelRatio());
        QStringList views;
        const bool walked =
            test::visitMainViews(*m_db, QSize(1200, 760), [&](const QString &name, QWidget *window) {
                views.append(name);
                if (!folder.isEmpty())
                    QVERIFY(window->grab().save(QDir(folder).filePath(name + suffix)));
                const QImage screen = window->grab().toImage();
                checkLabels(name, window, screen);
                checkRichText(name, window);
                checkItemViews(name, window, screen);
                checkCharts(name, window);
            });
        QVERIFY(walked);
        QCOMPARE(views.size(), 8);
        QVERIFY2(m_problems.isEmpty(), qPrintable(m_problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_Appearance.moc"
