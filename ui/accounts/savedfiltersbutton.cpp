#include "ui/accounts/savedfiltersbutton.h"

#include "core/platform/settings.h"
#include "ui/accounts/savedfilternamedialog.h"
#include "ui/widgets/questionbox.h"

#include <QMenu>

#include <utility>

using namespace Qt::StringLiterals;

namespace bc {

SavedFiltersButton::SavedFiltersButton(CurrentFilter current, QWidget *parent)
    : QToolButton(parent)
    , m_current(std::move(current))
    , m_menu(new QMenu(this))
{
    setObjectName(u"savedFilters"_s);
    setText(tr("Saved f&ilters"));
    setToolTip(tr("Save the current filter under a name, or apply a saved one."));
    setPopupMode(QToolButton::InstantPopup);
    m_menu->setObjectName(u"savedFiltersMenu"_s);
    setMenu(m_menu);
    connect(m_menu, &QMenu::aboutToShow, this, &SavedFiltersButton::fillMenu);
}

void SavedFiltersButton::setStore(Settings *settings, const QString &database, const QString &operatorLogin)
{
    m_settings = settings;
    m_database = database;
    m_operator = operatorLogin;
}

SavedFilters SavedFiltersButton::filters() const
{
    return m_settings ? m_settings->savedFilters(m_database, m_operator) : SavedFilters();
}

void SavedFiltersButton::store(const SavedFilters &filters)
{
    m_settings->setSavedFilters(m_database, m_operator, filters);
    m_settings->sync();
}

void SavedFiltersButton::fillMenu()
{
    m_menu->clear();
    auto *save = m_menu->addAction(tr("&Save current filter…"), this, &SavedFiltersButton::saveCurrentFilter);
    save->setObjectName(u"saveFilterAction"_s);
    save->setEnabled(m_settings != nullptr);
    const SavedFilters saved = filters();
    m_menu->addSeparator();
    if (saved.isEmpty()) {
        m_menu->addAction(tr("No saved filters"))->setEnabled(false);
    }
    for (const SavedFilter &filter : saved.filters()) {
        // The name as typed: "&" is no mnemonic here.
        QString text = filter.name;
        auto *apply =
            m_menu->addAction(text.replace(u'&', u"&&"_s), this, [this, filter] { Q_EMIT applyRequested(filter); });
        apply->setObjectName(u"applySavedFilter"_s);
        apply->setData(filter.name);
    }
    m_menu->addSeparator();
    QMenu *remove = m_menu->addMenu(tr("&Delete saved filter"));
    remove->setObjectName(u"deleteSavedFilterMenu"_s);
    remove->setEnabled(!saved.isEmpty());
    for (const QString &name : saved.names()) {
        QString text = name;
        auto *entry =
            remove->addAction(tr("%1…").arg(text.replace(u'&', u"&&"_s)), this, [this, name] { deleteFilter(name); });
        entry->setObjectName(u"deleteSavedFilter"_s);
        entry->setData(name);
    }
}

bool SavedFiltersButton::saveCurrentFilter()
{
    if (!m_settings)
        return false;
    SavedFilterNameDialog dialog(filters(), window());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    SavedFilter filter = m_current();
    filter.name = dialog.name();
    // Read again: another window of this operator may have saved one meanwhile.
    SavedFilters saved = filters();
    if (auto put = saved.put(filter); !put)
        return false; // the dialog checked the name already
    store(saved);
    Q_EMIT statusMessage(tr("Filter \"%1\" saved.").arg(filter.name));
    return true;
}

bool SavedFiltersButton::deleteFilter(const QString &name)
{
    if (!m_settings)
        return false;
    const bool confirmed =
        QuestionBox {
            .objectName = u"deleteSavedFilterQuestion"_s,
            .title = tr("Delete Saved Filter"),
            .text = tr("Delete the saved filter \"%1\"?").arg(name),
            .informativeText = tr("The accounts stay as they are; only the filter's name and settings go."),
            .act = {tr("&Delete"), u"deleteSavedFilterConfirm"_s},
            .actRole = QMessageBox::DestructiveRole,
            .keep = {tr("&Keep"), u"deleteSavedFilterKeep"_s},
        }
            .ask(window());
    if (!confirmed)
        return false;
    SavedFilters saved = filters();
    if (!saved.remove(name))
        return false;
    store(saved);
    Q_EMIT statusMessage(tr("Saved filter \"%1\" deleted.").arg(name));
    return true;
}

} // namespace bc
