// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Boundary Keeper contributors
#include "tests/benchmarks/DocumentBench.h"

#include "app/agreements/AgreementDocument.h"
#include "app/agreements/AgreementFiles.h"
#include "app/agreements/AgreementVerifier.h"
#include "tests/benchmarks/BenchReport.h"
#include "tests/core/AgreementFixture.h"

#include <QPixmap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cmath>

namespace bk::bench {

namespace {

constexpr double MaxRenderMs = 300;
constexpr double MaxVerifyMs = 1000;

/// A logo that stays under the practice profile's 2 MB as PNG but does not compress in the PDF: a tile of
/// random pixels repeated (PNG's deflate finds the repeats within each row; the PDF's image compression does
/// not), `side` pixels square.
QByteArray tiledNoisePng(int side, quint32 seed) {
    constexpr int Tile = 64;
    QImage tile(Tile, Tile, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < Tile; ++y) {
        for (int x = 0; x < Tile; ++x)
            tile.setPixel(x, y, random.generate() | 0xff000000u);
    }
    QImage image(side, side, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.drawTiledPixmap(image.rect(), QPixmap::fromImage(tile));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

/// A practice logo that makes the agreement PDF at least `bytes` long, found by rendering with larger logos.
Result<QByteArray> logoForPdfSize(const Agreement &agreement, const PolicyVersion &policy, qint64 bytes,
                                  quint32 seed) {
    int side = 1000;
    for (int attempt = 0; attempt < 6; ++attempt) {
        Agreement sized = agreement;
        sized.terms.logoPng = tiledNoisePng(side, seed);
        const Result<QByteArray> pdf = AgreementDocument(sized, policy).renderPdf();
        if (!pdf.ok())
            return pdf.error();
        if (pdf.value().size() >= bytes)
            return sized.terms.logoPng;
        // The PDF grows with the logo's area.
        side =
            int(side * std::sqrt(double(bytes) * 1.05 / double(std::max<qsizetype>(pdf.value().size(), 1))));
    }
    return Error{Error::Kind::Invalid,
                 QStringLiteral("No logo made the agreement PDF %1 bytes long.").arg(bytes)};
}

Status checkVerified(const Result<VerificationResult> &result, VerificationResult::Outcome expected) {
    if (!result.ok())
        return result.error();
    if (result.value().outcome != expected)
        return Error{Error::Kind::Invalid,
                     QStringLiteral("AgreementVerifier found something else than expected: %1")
                         .arg(result.value().reason)};
    return {};
}

} // namespace

Status DocumentBench::measure(const BenchContext &context, BenchReport &report) {
    const QString group = QStringLiteral("Agreement documents");
    report.addGroupNote(
        group, QStringLiteral("No baseline: the targets are absolute (PDF under %1 ms, verifying 10 MB "
                              "under %2 ms). The agreement has the 12 boundaries of the test fixture, a "
                              "question and answer, and two drawn signatures.")
                   .arg(MaxRenderMs)
                   .arg(MaxVerifyMs));
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error{Error::Kind::Io,
                     QStringLiteral("Cannot create a temporary folder: %1").arg(folder.errorString())};
    test::AgreementFixture fixture =
        test::makeAgreementFixture(folder.filePath(QStringLiteral("documents.sqlite")));
    if (!fixture.db || fixture.clientId == 0)
        return Error{Error::Kind::Storage, QStringLiteral("The agreement fixture could not be set up.")};
    Agreement agreement = test::completeAgreement(fixture);
    agreement.practitionerSignature =
        Signature::drawn(QStringLiteral("Alex Morgan"), test::sampleStrokes(), Clock::nowUtc());

    // a) Rendering the signed agreement's PDF.
    {
        const AgreementDocument document(agreement, fixture.policy);
        Status rendered;
        TimingRow row;
        row.operation = QStringLiteral("Render an agreement PDF (%1 boundaries, 2 drawn signatures)")
                            .arg(fixture.policy.document.boundaries.size());
        row.ours = bench::measure(context.options.repeat, {}, [&]() {
            if (Result<QByteArray> pdf = document.renderPdf(); !pdf.ok() && rendered)
                rendered = pdf.error();
        });
        if (!rendered)
            return rendered;
        row.maxMs = MaxRenderMs;
        report.addTiming(group, row);
    }

    // b) Verifying a 10 MB agreement PDF: one whose logo does not compress, signed and stored. Unaltered, it
    // is found by its SHA-256; altered, the verifier also reads the whole file looking for document IDs.
    const Result<QByteArray> logo =
        logoForPdfSize(agreement, fixture.policy, VerifiedPdfBytes, context.options.seed);
    if (!logo.ok())
        return logo.error();
    PracticeProfile profile = PracticeService(*fixture.db).load().value();
    profile.logoPng = logo.value();
    if (Status saved = PracticeService(*fixture.db).save(profile); !saved)
        return saved;
    Agreement large = test::completeAgreement(fixture);
    Result<Agreement> signedAgreement = AgreementService(*fixture.db).finalise(large);
    if (!signedAgreement.ok())
        return signedAgreement.error();
    const QByteArray pdf = signedAgreement.value().pdf;
    QByteArray altered = pdf;
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x20);
    const QString unalteredPath = folder.filePath(QStringLiteral("unaltered.pdf"));
    const QString alteredPath = folder.filePath(QStringLiteral("altered.pdf"));
    if (Status saved = AgreementFiles::savePdf(pdf, unalteredPath); !saved)
        return saved;
    if (Status saved = AgreementFiles::savePdf(altered, alteredPath); !saved)
        return saved;

    const AgreementVerifier verifier(*fixture.db);
    const QString size = QString::number(double(pdf.size()) / 1e6, 'f', 1);
    const QList<std::tuple<QString, QString, VerificationResult::Outcome>> files = {
        {QStringLiteral("Verify an unaltered %1 MB agreement PDF").arg(size), unalteredPath,
         VerificationResult::Outcome::Match},
        {QStringLiteral("Verify an altered %1 MB agreement PDF (reads it for document IDs)").arg(size),
         alteredPath, VerificationResult::Outcome::Altered},
    };
    for (const auto &[operation, path, expected] : files) {
        Status verified;
        TimingRow row;
        row.operation = operation;
        row.ours = bench::measure(context.options.repeat, {}, [&]() {
            if (Status checked = checkVerified(verifier.verifyFile(path), expected); !checked && verified)
                verified = checked;
        });
        if (!verified)
            return verified;
        row.maxMs = MaxVerifyMs;
        report.addTiming(group, row);
    }
    return {};
}

} // namespace bk::bench
