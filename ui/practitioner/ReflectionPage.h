// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/practitioner/Reflection.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QListWidget;
class QLabel;
class QTableView;
class QTextBrowser;

namespace bk {

class ClientPicker;
class RecordPage;
class ReflectionTableModel;

/// The practitioner's own side of the boundary: the disclosure checks they recorded, newest first, with the
/// client, the date, what the check said and what they decided, for one client or a period; the selected
/// entry's answers and note below, to edit (Enter) or delete (Delete). Its action takes a disclosure check
/// (Ctrl+Shift+D) from anywhere in the window.
class ReflectionPage : public QWidget {
    Q_OBJECT
public:
    explicit ReflectionPage(OpenPractice database, QWidget *parent = nullptr);

    ReflectionTableModel *model() const { return m_model; }
    /// Takes a disclosure check about no client chosen yet (Ctrl+Shift+D).
    QAction *disclosureCheckAction() const { return m_checkAction; }
    /// Opens the periods of reduced availability and their notices (AvailabilityDialog).
    QAction *availabilityAction() const { return m_availabilityAction; }
    /// Opens the monthly reflection on the month due (the last one when none is).
    QAction *monthlyReflectionAction() const { return m_monthlyAction; }
    /// Saves the reflection as a PDF for supervision.
    QAction *exportAction() const { return m_exportAction; }
    /// Edits the selected entry in the disclosure check (Enter on the list).
    QAction *editAction() const { return m_editAction; }
    /// Deletes the selected entry once the practitioner confirms it (Delete on the list).
    QAction *deleteAction() const { return m_deleteAction; }

    /// Opens the monthly reflection on the month holding `month`; true when something was recorded.
    bool reflectOnMonth(const QDate &month);

    /// Opens the disclosure check about client `clientId` (0: the practitioner picks one, or none); returns
    /// the id of the recorded entry, 0 when none was recorded.
    qint64 takeDisclosureCheck(qint64 clientId = 0);

Q_SIGNALS:
    /// Something to tell the user in passing (an entry was recorded).
    void statusMessage(const QString &text);

private:
    QWidget *buildFilterBar();
    void applyFilter();
    void clearFilters();
    /// The entry in the selected row, or nullptr.
    const ReflectionEntry *selectedEntry() const;
    void editSelectedEntry();
    void deleteSelectedEntry();
    void updateView();
    void showSelectedEntry();
    QWidget *buildMonthly();
    void loadMonths();
    void showSelectedMonth();
    void exportForSupervision();

    const OpenPractice m_db;
    ReflectionTableModel *m_model = nullptr;
    RecordPage *m_records = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_availabilityAction = nullptr;
    QAction *m_monthlyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    ClientPicker *m_clientFilter = nullptr;
    QComboBox *m_periodFilter = nullptr;
    QListWidget *m_months = nullptr;
    QTextBrowser *m_monthDetails = nullptr;
    QList<MonthlyReflection> m_monthly;
};

} // namespace bk
