// SandboxSeedRenderer, the seeder's fast path: for thousands of generated contexts of every kind
// its JSON texts are byte for byte those of SandboxSeedJson::prepare() (QJsonDocument) on the
// same context, and what it counts for the attribute aggregates is what
// SandboxAttributeTotals::add() counts from that JSON.

#include "SandboxAttributeTotals.h"
#include "SandboxEntities.h"
#include "SandboxSeedEntity.h"
#include "SandboxSeedJson.h"
#include "SandboxSeedRenderer.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace sandbox;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sandbox::SeedEntity::Kind)

namespace {

const qint64 kNowMs = QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();

SeedContext reference(const SandboxEntities &entities, SeedEntity::Kind kind, int index)
{
    switch (kind) {
    case SeedEntity::User:
        return entities.user(index);
    case SeedEntity::Organization:
        return entities.organization(index);
    case SeedEntity::Device:
        return entities.device(index);
    case SeedEntity::Location:
        return entities.location(index);
    case SeedEntity::Anonymous:
        return entities.anonymousUser(index);
    case SeedEntity::Special:
        break;
    }
    return SeedEntity::special(index);
}

// Every row of the totals' tables as text, in a stable order.
QStringList rowsOf(const SandboxAttributeTotals &totals)
{
    QHash<qint64, QString> names;
    QStringList rows;
    totals.toBatches(1, 1, 0, 1, [&](SandboxRowBatch &&batch) {
        for (qsizetype row = 0; row < batch.rows(); ++row) {
            const auto text = [&](int column) {
                return QString::fromUtf8(batch.text(batch.cell(row * batch.columns() + column)));
            };
            const auto number
                = [&](int column) { return batch.cell(row * batch.columns() + column).integer; };
            if (batch.table() == 0) {
                names.insert(number(0), text(2) + u' ' + text(3));
                rows.append(
                    u"name %1 %2 %3"_s.arg(names.value(number(0))).arg(number(4)).arg(number(5)));
            } else {
                rows.append(
                    u"value %1 %2 %3"_s.arg(names.value(number(0)), text(1)).arg(number(2)));
            }
        }
    });
    rows.sort();
    return rows;
}

} // namespace

class tst_SandboxSeedRenderer : public QObject
{
    Q_OBJECT

private slots:
    void sameJsonAsTheReference_data();
    void sameJsonAsTheReference();
    void sameTotalsAsFromJson();
};

void tst_SandboxSeedRenderer::sameJsonAsTheReference_data()
{
    QTest::addColumn<SeedEntity::Kind>("kind");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    for (const auto &[name, kind] :
        {std::pair {"user", SeedEntity::User}, std::pair {"organization", SeedEntity::Organization},
            std::pair {"device", SeedEntity::Device}, std::pair {"location", SeedEntity::Location},
            std::pair {"anonymous", SeedEntity::Anonymous}}) {
        QTest::addRow("%s", name) << kind << 0 << 3000;
        QTest::addRow("%s, far", name) << kind << 2500000 << 500;
    }
    QTest::newRow("Anna's") << SeedEntity::Special << 0 << int(SeedEntity::SpecialCount);
}

void tst_SandboxSeedRenderer::sameJsonAsTheReference()
{
    QFETCH(SeedEntity::Kind, kind);
    QFETCH(int, first);
    QFETCH(int, count);
    for (const quint64 salt : {quint64(0x5eed00c0ffee2026ULL), quint64(42)}) {
        const SandboxEntities entities(salt, kNowMs);
        SandboxSeedRenderer renderer(entities);
        SeedContextJson fast; // reused, as the seeder does
        for (int index = first; index < first + count; ++index) {
            renderer.render(SeedEntity::make(kind, index), fast);
            const SeedContextJson slow = SandboxSeedJson::prepare(reference(entities, kind, index));
            const QByteArray at = QByteArray::number(index);
            QCOMPARE(fast.kind, slow.kind);
            QCOMPARE(fast.key, slow.key);
            QCOMPARE(fast.hasName, slow.hasName);
            QCOMPARE(fast.name, slow.name);
            QCOMPARE(fast.anonymous, slow.anonymous);
            QVERIFY2(fast.attributes == slow.attributes,
                at + ' ' + fast.attributes + '\n' + slow.attributes);
            QCOMPARE(fast.privateAttributes, slow.privateAttributes);
            QCOMPARE(fast.member, slow.member);
            QCOMPARE(fast.single, slow.single);
        }
    }
}

void tst_SandboxSeedRenderer::sameTotalsAsFromJson()
{
    const SandboxEntities entities(7, kNowMs);
    SandboxSeedRenderer renderer(entities);
    SandboxAttributeTotals counted;
    SandboxAttributeTotals parsed;
    SeedContextJson json;
    for (const SeedEntity::Kind kind :
        {SeedEntity::User, SeedEntity::Organization, SeedEntity::Device, SeedEntity::Location}) {
        for (int index = 0; index < 2000; ++index) {
            renderer.render(SeedEntity::make(kind, index), json, true);
            parsed.add(QString::fromUtf8(json.kind),
                {{json.hasName ? std::optional(QString::fromUtf8(json.name)) : std::nullopt,
                    QString::fromUtf8(json.attributes),
                    QString::fromUtf8(json.privateAttributes)}});
        }
    }
    renderer.countInto(counted);
    const QStringList fromJson = rowsOf(parsed);
    QVERIFY(fromJson.size() > 5000);
    // Every user once, with no /key values (they are the contexts' keys); some emails private.
    QVERIFY(fromJson.contains(u"name user /key 2000 0"_s));
    QVERIFY(fromJson.filter(u"value user /key "_s).isEmpty());
    QVERIFY(!fromJson.filter(QRegularExpression(u"^name user /email 2000 [1-9]"_s)).isEmpty());
    QCOMPARE(rowsOf(counted), fromJson);
}

QTEST_GUILESS_MAIN(tst_SandboxSeedRenderer)
#include "tst_SandboxSeedRenderer.moc"
