// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "ui/common/CheckingProgress.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>

namespace bk {

CheckingProgress::CheckingProgress(QWidget *parent, const QString &location, int showAfterMs)
    : m_parent(parent)
    , m_location(location)
    , m_showAfterMs(showAfterMs) {}

CheckingProgress::~CheckingProgress() {
    delete m_dialog;
}

std::function<bool()> CheckingProgress::callback() {
    m_elapsed.start();
    m_cancelled = false;
    return [this] {
        return goOn();
    };
}

bool CheckingProgress::goOn() {
    if (!m_dialog && m_elapsed.elapsed() >= m_showAfterMs) {
        const QFileInfo file(m_location);
        m_dialog = new QProgressDialog(m_parent);
        // A long path and sentence wrap within a dialog of a reasonable width.
        auto *label = new QLabel(
            tr("Checking the practice file %1 (%2) before opening it. This takes a while after another "
               "program changed the file or a copy replaced it; the records are not changed.")
                .arg(QDir::toNativeSeparators(file.absoluteFilePath()),
                     QLocale().formattedDataSize(file.size())));
        label->setWordWrap(true);
        m_dialog->setLabel(label);
        m_dialog->setCancelButtonText(tr("Cancel"));
        m_dialog->setRange(0, 0);
        m_dialog->setMinimumWidth(label->fontMetrics().averageCharWidth() * 70);
        m_dialog->setObjectName(QStringLiteral("checkingProgressDialog"));
        m_dialog->setWindowTitle(tr("Checking the practice file"));
        m_dialog->setWindowModality(Qt::ApplicationModal);
        m_dialog->setMinimumDuration(0);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        QObject::connect(m_dialog, &QProgressDialog::canceled, m_dialog, [this] { m_cancelled = true; });
        m_dialog->show();
    }
    if (m_dialog)
        QCoreApplication::processEvents();
    return !m_cancelled;
}

} // namespace bk
