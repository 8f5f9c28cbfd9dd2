// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/OpenPractice.h"
#include "app/common/Result.h"

#include <QDateTime>
#include <QWidget>
#include <functional>
#include <memory>

class QDateTimeEdit;
class QTextDocument;
class QLabel;
class QVBoxLayout;

namespace bk {

struct IncidentDetails;

/// The common part of the pages that record one ladder step of an incident: the step's explanation, an
/// error line, and the helpers every page shares (dates, printing, reporting a write).
class StepWidget : public QWidget {
    Q_OBJECT
public:
    StepWidget(OpenPractice database, const QString &name, QWidget *parent = nullptr);

    /// Shows `data`; called whenever the incident changes. Text the user is editing is kept.
    virtual void showData(const IncidentDetails &detail) = 0;
    /// Whether new records can be made here (not on a read-only database or a closed incident).
    virtual void setRecordingEnabled(bool enabled) = 0;

    /// Dates and times as the dialog shows them: local, in the user's short format.
    static QString dateTimeText(const QDateTime &utc);
    static QString dateText(const QDate &date);
    /// The format of dateTimeText(), for date-and-time fields: the locale's short date and time, no seconds.
    static QString dateTimeFormat();
    /// "recorded on … by …" for an entry made at `recordedAt` by `recordedBy`.
    static QString recordedText(const QDateTime &recordedAt, const QString &recordedBy);
    /// A date-and-time field set to now, with a calendar.
    static QDateTimeEdit *makeWhenEdit(QWidget *parent, const QString &objectName);
    /// A hidden, red, word-wrapped label for saying what went wrong, named `objectName`.
    static QLabel *makeErrorLabel(QWidget *parent, const QString &objectName);
    /// Opens a print preview of `text`, titled `title`.
    static void printText(QWidget *parent, const QString &title, const QString &text);
    /// Opens a print preview of the document `make` builds (called for every preview refresh).
    static void printDocument(QWidget *parent, const QString &title,
                              const std::function<std::unique_ptr<QTextDocument>()> &make);

Q_SIGNALS:
    /// Something was recorded; `message` says what, in a sentence for the dialog's status line.
    void recorded(const QString &message);

protected:
    /// Shows the step's title and description from the ladder at the top of the page.
    void setStepIntro(const QString &title, const QString &description);
    /// Shows `error` under the page, or hides the line when `error` is empty.
    void showError(const QString &error);
    /// Reports a write: on failure shows why and returns false; on success clears the error and emits
    /// recorded(`message`).
    template <typename T> bool report(const Result<T> &result, const QString &message) {
        return report(result.ok() ? QString() : result.error().message, message);
    }
    bool report(const QString &error, const QString &message);
    /// The page's layout, below the introduction and above the error line.
    QVBoxLayout *body() const { return m_body; }

    const OpenPractice m_db;

private:
    QLabel *m_intro = nullptr;
    QLabel *m_error = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace bk
