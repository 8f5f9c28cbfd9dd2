// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/RecordPage.h"

#include "app/common/PagedTableModel.h"
#include "ui/common/NoticeBar.h"
#include "ui/common/RecordTable.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bk {

namespace {

QLabel *makeHeadline(const QString &text, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

RecordPage::RecordPage(PagedTableModelBase *model, const QString &tableName, NoticeBar *errorBar,
                       QWidget *parent)
    : QStackedWidget(parent)
    , m_model(model)
    , m_errorBar(errorBar) {
    connect(model, &PagedTableModelBase::loadFailed, m_errorBar,
            [this](const QString &message) { m_errorBar->showMessage(message, NoticeBar::Kind::Warning); });

    m_table = newRecordTable(tableName, model, this);
    addWidget(m_table);
    // Made before the connections below: it forgets the rows it measured before they are fitted again.
    m_fitter = new ColumnFitter(m_table);

    // Keep the selected record selected across refreshes (an edit, a filter change, another window's write).
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelectedId = selectedId(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelectedId != 0) {
            if (const int row = m_model->rowOf(m_keepSelectedId); row >= 0)
                m_table->selectRow(row);
        }
        fitColumns();
        Q_EMIT rowsReset();
    });

    // A column edge dragged (or double-clicked) by the user: from then on their widths are kept. Other
    // resizes (fitting, the last column stretching with the window) happen without the mouse on the header.
    QHeaderView *columns = m_table->horizontalHeader();
    columns->viewport()->installEventFilter(this);
    connect(columns, &QHeaderView::sectionResized, this, [this] {
        if (m_headerPressed)
            m_sizedByHand = true;
    });
    m_table->viewport()->installEventFilter(this);
}

bool RecordPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_headerPressed = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_headerPressed = false;
    } else if (watched == m_table->viewport() &&
               (event->type() == QEvent::Resize || event->type() == QEvent::Show)) {
        fitColumns();
    }
    return QStackedWidget::eventFilter(watched, event);
}

void RecordPage::fitColumns() {
    if (!m_sizedByHand && m_table->isVisible())
        m_fitter->fit();
}

void RecordPage::setSorting(int column, Qt::SortOrder order, const std::function<bool(int)> &isSortable) {
    m_isSortable = isSortable;
    m_sortColumn = column;
    m_sortOrder = order;
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSortIndicator(column, order);
    m_table->setSortingEnabled(true);
    // Some columns are not sortable in SQL: a click there keeps the current order and indicator.
    connect(columns, &QHeaderView::sortIndicatorChanged, this,
            [this, columns](int section, Qt::SortOrder by) {
                if (m_isSortable(section)) {
                    m_sortColumn = section;
                    m_sortOrder = by;
                    return;
                }
                const QSignalBlocker block(columns);
                columns->setSortIndicator(m_sortColumn, m_sortOrder);
            });
}

namespace {

// The first byte of a remembered header state: whether the widths in it were chosen by hand. (A state saved
// before that byte existed starts with QHeaderView's own marker, neither of these: its widths were fitted.)
constexpr char SizedByHand = 'H';
constexpr char Fitted = 'F';

} // namespace

QByteArray RecordPage::headerState() const {
    return (m_sizedByHand ? SizedByHand : Fitted) + m_table->horizontalHeader()->saveState();
}

void RecordPage::restoreHeaderState(const QByteArray &state) {
    QHeaderView *header = m_table->horizontalHeader();
    const bool marked = state.startsWith(SizedByHand) || state.startsWith(Fitted);
    if (state.isEmpty() || !header->restoreState(marked ? state.mid(1) : state))
        return;
    m_sizedByHand = state.startsWith(SizedByHand);
    fitColumns();
    m_sortColumn = header->sortIndicatorSection();
    m_sortOrder = header->sortIndicatorOrder();
    m_model->sort(m_sortColumn, m_sortOrder);
}

QWidget *RecordPage::addStatePage(const QString &objectName, const QString &headline, const QString &text,
                                  QPushButton *button, StateLabels &labels) {
    auto *page = new QWidget(this);
    page->setObjectName(objectName);
    labels.headline = makeHeadline(headline, page);
    button->setParent(page);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(labels.headline);
    if (!text.isEmpty()) {
        labels.text = new QLabel(text, page);
        labels.text->setWordWrap(true);
        labels.text->setAlignment(Qt::AlignCenter);
        labels.text->setMaximumWidth(460);
        // Centred by stretches on both sides rather than by an alignment, which would give the label only its
        // size hint's narrow width and cut its wrapped lines off.
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        row->addWidget(labels.text, 1000);
        row->addStretch(1);
        layout->addLayout(row);
    }
    layout->addSpacing(8);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    addWidget(page);
    return page;
}

RecordPage::StateLabels RecordPage::setEmptyPage(const QString &objectName, const QString &headline,
                                                 const QString &text, QPushButton *button) {
    StateLabels labels;
    m_empty = addStatePage(objectName, headline, text, button, labels);
    return labels;
}

RecordPage::StateLabels RecordPage::setNoMatchPage(const QString &objectName, const QString &headline,
                                                   const QString &text, QPushButton *button) {
    StateLabels labels;
    m_noMatch = addStatePage(objectName, headline, text, button, labels);
    return labels;
}

RecordPage::View RecordPage::showRows(const std::function<bool()> &anyRecords) {
    View view = View::Table;
    const bool read = m_model->lastError().isEmpty();
    if (m_model->rowCount() == 0 && read)
        view = anyRecords() ? View::NoMatch : View::Empty;
    if (read)
        m_errorBar->showMessage({});
    setCurrentWidget(view == View::Empty ? m_empty : view == View::NoMatch ? m_noMatch : m_table);
    return view;
}

qint64 RecordPage::selectedId() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PagedTableModelBase::IdRole).toLongLong();
}

void RecordPage::selectRow(int row, QAbstractItemView::ScrollHint hint) {
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index, hint);
}

} // namespace bk
