// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QAbstractItemView>
#include <QStackedWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace bk {

class ColumnFitter;
class NoticeBar;
class PagedTableModelBase;

/// A register of records as a section shows it: the table (newRecordTable()), or in its place a page for
/// when there are no records at all and one for when the filters hide every record, with a bar for reading
/// errors. It keeps the selected record selected when the model is read again,
/// keeps the order when a column that cannot sort is clicked, and saves and restores the columns. The section
/// keeps its own texts, actions and filters.
class RecordPage : public QStackedWidget {
    Q_OBJECT
public:
    /// What is shown instead of the table.
    enum class View { Table, Empty, NoMatch };
    /// The labels of an empty or no-match page, for the section to adjust.
    struct StateLabels {
        QLabel *headline = nullptr;
        QLabel *text = nullptr; ///< nullptr when the page has no sentence
    };

    /// `tableName` is the table's object name; `errorBar`, placed by the section, shows the model's reading
    /// errors.
    RecordPage(PagedTableModelBase *model, const QString &tableName, NoticeBar *errorBar, QWidget *parent);

    QTableView *table() const { return m_table; }
    NoticeBar *errorBar() const { return m_errorBar; }

    /// Sorts by `column` in `order` first; a click on a column `isSortable` refuses keeps the order and its
    /// indicator.
    void setSorting(int column, Qt::SortOrder order, const std::function<bool(int)> &isSortable);
    /// Column widths, order and sort, to remember between sessions. Until the user drags a column's edge,
    /// the columns follow their contents (ColumnFitter) whenever rows are read or the table is
    /// resized; once they did, the widths they chose are kept, in this session and the next.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    /// The page shown while there are no records at all, and the one shown while the filters hide every
    /// record: a headline, a sentence (none when empty) and a button, centred.
    StateLabels setEmptyPage(const QString &objectName, const QString &headline, const QString &text,
                             QPushButton *button);
    StateLabels setNoMatchPage(const QString &objectName, const QString &headline, const QString &text,
                               QPushButton *button);
    /// Shows the table or, when the model read no row without an error, the empty page if `anyRecords()` says
    /// there are none at all and the no-match page otherwise. A read without an error clears the error bar.
    View showRows(const std::function<bool()> &anyRecords);

    /// The id of the record in the selected row, 0 when none.
    qint64 selectedId() const;
    /// Selects `row` and scrolls to it.
    void selectRow(int row, QAbstractItemView::ScrollHint hint);

    /// Whether the user sized a column by hand (the columns no longer follow their contents).
    bool columnsSizedByHand() const { return m_sizedByHand; }

Q_SIGNALS:
    /// The model was read again and the record selected before is selected again (if still listed).
    void rowsReset();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Sizes the columns to their contents unless the user sized them by hand.
    void fitColumns();

    QWidget *addStatePage(const QString &objectName, const QString &headline, const QString &text,
                          QPushButton *button, StateLabels &labels);

    PagedTableModelBase *m_model = nullptr;
    QTableView *m_table = nullptr;
    ColumnFitter *m_fitter = nullptr;
    NoticeBar *m_errorBar = nullptr;
    QWidget *m_empty = nullptr;
    QWidget *m_noMatch = nullptr;
    std::function<bool(int)> m_isSortable;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    qint64 m_keepSelectedId = 0;
    bool m_sizedByHand = false;
    bool m_headerPressed = false;
};

} // namespace bk
