// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include "app/common/Result.h"
#include "app/policy/PracticeProfile.h"
#include "app/practitioner/Reflection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace bk {

class Database;

/// The practitioner's reflection as a PDF to take to supervision: every monthly reflection with what the
/// month looked like (own lapses, contacts out of hours, clients with repeated incidents, disclosure checks)
/// and the answers, then every disclosure check with what was decided. In the interface language, on the
/// practice's letterhead. Private: it is the practitioner's, never a client's document.
///
/// Rendering needs a QGuiApplication (fonts); a command-line tool can run one with QT_QPA_PLATFORM=offscreen.
class ReflectionReport {
    Q_DECLARE_TR_FUNCTIONS(ReflectionReport)
public:
    /// Reads everything the report shows (the signed-in practitioner's, as the Reflection view lists it).
    static Result<ReflectionReport> read(const Database &database);

    /// The PDF bytes (A4 or US Letter as the practice profile says).
    Result<QByteArray> renderPdf() const;
    /// The report as HTML, for tests and a preview.
    QString html() const;
    /// How many months were reflected on, and how many disclosure checks it lists.
    qsizetype reflectedMonths() const;
    qsizetype disclosureChecks() const { return m_checks.size(); }

private:
    struct Month {
        MonthlyReflection reflection;
        MonthlyReview review;
    };

    PracticeProfile m_practice;
    QDate m_exportedOn;
    QList<Month> m_months;
    QList<ReflectionEntry> m_checks;
};

} // namespace bk
