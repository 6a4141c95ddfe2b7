#include "core/domain/importmapping.h"

#include "core/domain/accountcsv.h"
#include "core/domain/csv.h"
#include "core/domain/fields.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// "First Name [Required]" → "firstname"; "Country/Region" → "countryregion": letters and digits only.
QString headerKey(QString text)
{
    static const QRegularExpression note(u"\\[[^\\]]*\\]"_s);
    text.remove(note);
    QString key;
    for (QChar c : std::as_const(text)) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key.toCaseFolded();
}

struct Alias
{
    QString header; // as headerKey() gives it
    QStringList fields;
};

// The columns of the Microsoft 365 admin center's user export (and its bulk-add template) and of
// Google Workspace's that an account has a field for. A user's sign-in name is the login and the
// email. The parts of an address, in the order they are joined.
const QList<Alias> &foreignAliases()
{
    static const QList<Alias> aliases {
        {u"userprincipalname"_s, {Field::login, Field::email}},
        {u"emailaddress"_s, {Field::login, Field::email}},
        {u"displayname"_s, {Field::displayName}},
        {u"firstname"_s, {Field::firstName}},
        {u"lastname"_s, {Field::lastName}},
        {u"mobilephone"_s, {Field::mobile}},
        {u"phonenumber"_s, {Field::phone}},
        {u"officephone"_s, {Field::phone}},
        {u"workphone"_s, {Field::phone}},
        {u"streetaddress"_s, {Field::address}},
        {u"workaddress"_s, {Field::address}},
        {u"city"_s, {Field::address}},
        {u"state"_s, {Field::address}},
        {u"stateorprovince"_s, {Field::address}},
        {u"postalcode"_s, {Field::address}},
        {u"ziporpostalcode"_s, {Field::address}},
        {u"countryregion"_s, {Field::address}},
        {u"countryorregion"_s, {Field::address}},
    };
    return aliases;
}

} // namespace

ImportMapping ImportMapping::of(const QStringList &header, const Choices &choices)
{
    QHash<QString, QString> own; // headerKey → field
    for (const QString &column : AccountCsv::columns() + QStringList {action, sendActivation})
        own.insert(headerKey(column), column);
    QStringList ignored {u"status"_s, u"createdAt"_s, u"activatedAt"_s, u"row"_s, u"field"_s, u"message"_s};
    for (QString &column : ignored)
        column = headerKey(column);

    QList<QString> keys;
    for (const QString &column : header)
        keys.append(headerKey(column));
    ImportMapping mapping;
    if (keys.contains(u"userprincipalname"_s))
        mapping.m_format = ImportFormat::Microsoft365;
    else if (keys.contains(u"emailaddress"_s))
        mapping.m_format = ImportFormat::GoogleWorkspace;

    // What each column feeds, as its header says, then as a person chose.
    QList<QStringList> feeds(keys.size());
    QList<bool> known(keys.size(), false); // feeds something, or is known to feed nothing
    QHash<qsizetype, qsizetype> rank; // of a column among the parts of one field: its alias's
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        if (mapping.m_format == ImportFormat::Console) {
            if (ignored.contains(key))
                known[i] = true;
            else if (own.contains(key))
                feeds[i] = {own.value(key)};
        } else {
            const QList<Alias> &aliases = foreignAliases();
            for (qsizetype a = 0; a < aliases.size() && feeds.at(i).isEmpty(); ++a) {
                if (aliases.at(a).header == key) {
                    feeds[i] = aliases.at(a).fields;
                    rank.insert(i, a);
                }
            }
        }
    }
    for (qsizetype i = 0; i < keys.size(); ++i)
        known[i] = known.at(i) || !feeds.at(i).isEmpty(); // still known when a choice takes its fields
    const QStringList choosable = choosableFields();
    QSet<QString> chosen;
    QList<bool> isChosen(keys.size(), false);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const auto choice = choices.constFind(keys.at(i));
        if (choice == choices.cend())
            continue;
        feeds[i].clear();
        for (const QString &field : *choice) {
            if (choosable.contains(field) && !feeds.at(i).contains(field)) {
                feeds[i].append(field);
                chosen.insert(field);
            }
        }
        known[i] = true;
        isChosen[i] = true;
        rank.insert(i, foreignAliases().size() + i); // after the parts the header gave, in file order
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!isChosen.at(i))
            feeds[i].removeIf(
                [&chosen](const QString &field) { return field != Field::address && chosen.contains(field); });
    }

    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (feeds.at(i).isEmpty()) {
            if (!known.at(i))
                mapping.m_unknown.append(header.at(i));
            continue;
        }
        for (const QString &field : std::as_const(feeds.at(i))) {
            QList<qsizetype> &columns = mapping.m_columns[field];
            // A second column of one field: the first one counts.
            if (columns.isEmpty() || field == Field::address)
                columns.append(i);
        }
    }
    QList<qsizetype> &address = mapping.m_columns[Field::address];
    std::ranges::stable_sort(address, {}, [&rank](qsizetype column) { return rank.value(column); });
    if (address.isEmpty())
        mapping.m_columns.remove(Field::address);
    return mapping;
}

QString ImportMapping::columnKey(const QString &header)
{
    return headerKey(header);
}

QStringList ImportMapping::choosableFields()
{
    QStringList fields = AccountCsv::columns();
    fields.removeIf([](const QString &field) {
        return field == "status"_L1 || field == "createdAt"_L1 || field == "activatedAt"_L1;
    });
    return fields + QStringList {action, sendActivation};
}

QStringList ImportMapping::fieldsOf(qsizetype column) const
{
    QStringList fields;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        if (it->contains(column))
            fields.append(it.key());
    }
    const QStringList order = choosableFields();
    std::ranges::sort(fields, {}, [&order](const QString &field) { return order.indexOf(field); });
    return fields;
}

QString ImportMapping::value(const QStringList &record, const QString &field) const
{
    const auto columns = m_columns.constFind(field);
    if (columns == m_columns.cend())
        return {};
    if (columns->size() == 1) // most fields: no parts to join
        return Csv::unguarded(record.value(columns->constFirst()));
    QStringList parts;
    for (qsizetype column : *columns) {
        const QString text = Csv::unguarded(record.value(column));
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(u", "_s);
}

QString ImportMapping::key(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Console:
        return u"console"_s;
    case ImportFormat::Microsoft365:
        return u"microsoft-365"_s;
    case ImportFormat::GoogleWorkspace:
        return u"google-workspace"_s;
    }
    return {};
}

} // namespace bc
