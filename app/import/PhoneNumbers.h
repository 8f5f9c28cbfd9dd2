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
        /// How to write the number again without reading it (see written()): AsTyped, ReadAgain when it
        /// does not fit in 64 bits, else the number itself.
        quint64 number = AsTyped;
    };
    /// Reading::number of a number written as typed (trimmed), and of one that written() must read again.
    static constexpr quint64 AsTyped = 0;
    static constexpr quint64 ReadAgain = 1;
    Reading read(const QString &phone) const;
    /// `phone` written as read() wrote it, given the Reading::number it gave: reading a number (parsing it)
    /// is the costly part, writing one a third of it.
    QString written(const QString &phone, quint64 number) const;
    QString key(const QString &phone) const { return read(phone).key; }

private:
    QString m_region;
};

} // namespace bk
