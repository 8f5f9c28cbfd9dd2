// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace bk {

/// Phone numbers as libphonenumber reads them, in the region a number without a country code is dialled
/// in: "030 1234567" and "+49 30 1234567" are one number in Germany.
class PhoneNumbers {
public:
    explicit PhoneNumbers(QString region)
        : m_region(std::move(region)) {}

    /// The practice's region: the country of its time zone (the practice profile names no country), or
    /// the system locale's territory when the zone has none. A two-letter ISO 3166 code, e.g. "DE".
    static QString regionOf(const QByteArray &timeZoneId);

    QString region() const { return m_region; }
    /// A number as libphonenumber read it (once: parsing is the costly part of an import's plan).
    struct Reading {
        /// Written the international way ("+49 30 1234567") when it is a valid number without an
        /// extension, otherwise as typed.
        QString written;
        /// In E.164 ("+49301234567") to compare numbers by; the digits alone when libphonenumber cannot read
        /// it; empty for no number.
        QString key;
    };
    Reading read(const QString &phone) const;
    QString key(const QString &phone) const { return read(phone).key; }

private:
    QString m_region;
};

} // namespace bk
