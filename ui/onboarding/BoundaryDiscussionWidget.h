// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/agreements/Agreement.h"
#include "app/policy/BoundaryPolicy.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace bk {

/// Goes through boundaries with a client one by one: each with its consequence, a "discussed" tick, and
/// the client's questions with the answers given.
class BoundaryDiscussionWidget : public QWidget {
    Q_OBJECT
public:
    explicit BoundaryDiscussionWidget(QWidget *parent = nullptr);

    /// Shows `boundaries` with what `discussions` recorded about them so far (matched by key).
    void setBoundaries(const QList<Boundary> &boundaries, const QList<BoundaryDiscussion> &discussions);
    /// One entry per boundary shown, in order.
    QList<BoundaryDiscussion> discussions() const;

    int boundaryCount() const;
    int discussedCount() const;
    bool allDiscussed() const { return discussedCount() == boundaryCount(); }

Q_SIGNALS:
    /// A tick, a question or an answer changed.
    void changed();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showBoundary(int row);
    /// Sizes the boundary text to its content, so the tick and the questions follow right under it.
    void fitText();
    void setDiscussed(int row, bool discussed);
    void updateProgress();
    QString currentKey() const;

    QList<Boundary> m_boundaries;
    QHash<QString, BoundaryDiscussion> m_entries;
    QListWidget *m_list = nullptr;
    QLabel *m_progress = nullptr;
    QTextBrowser *m_text = nullptr;
    QCheckBox *m_discussed = nullptr;
    QPlainTextEdit *m_questions = nullptr;
    QPlainTextEdit *m_answers = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace bk
