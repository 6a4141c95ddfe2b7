#include "ui/catalog/catalogdialog.h"

#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/workspace.h"
#include "ui/catalog/cataloglistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

CatalogDialog::CatalogDialog(Workspace &workspace, std::unique_ptr<CatalogKindAdapter> adapter, qint64 groupId,
                             const QString &groupName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_adapter(std::move(adapter))
    , m_groupId(groupId)
{
    setObjectName(m_adapter->objectNameStem() + u"Dialog"_s);
    setWindowTitle(m_adapter->windowTitle(groupName));

    m_model = new CatalogListModel(m_adapter->detailsHeader(), this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"itemList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CatalogListModel::NameColumn, 200);
    m_view->setColumnHidden(CatalogListModel::DetailsColumn, m_adapter->detailsHeader().isEmpty());
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_empty = new QLabel(tr("Loading…"), this);
    m_empty->setObjectName(u"emptyText"_s);

    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addItem"_s);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(u"editItem"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteItem"_s);
    for (QPushButton *button : {m_add, m_edit, m_delete})
        button->setAutoDefault(false);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_edit);
    side->addWidget(m_delete);
    side->addStretch();

    m_message = new QLabel(this);
    m_message->setObjectName(u"catalogMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogDialog::reject);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_view);
    listColumn->addWidget(m_empty);
    auto *top = new QHBoxLayout;
    top->addLayout(listColumn, 1);
    top->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &CatalogDialog::addItem);
    connect(m_edit, &QPushButton::clicked, this, &CatalogDialog::editItem);
    connect(m_delete, &QPushButton::clicked, this, &CatalogDialog::deleteItem);
    connect(m_view, &QTableView::activated, this, &CatalogDialog::editItem);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CatalogDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogDialog::updateButtons);
    // Another console or dialog changed the group's catalog: show it.
    connect(&m_workspace, &Workspace::catalogChanged, this, [this](qint64 changed) {
        if (changed == m_groupId)
            reload(currentId());
    });
    connect(&m_workspace, &Workspace::changedElsewhere, this, [this] { reload(currentId()); });
    updateButtons(); // nothing to add to nor edit until the list arrived
    reload();
    resize(560, 360);
}

CatalogDialog::~CatalogDialog() = default;

void CatalogDialog::reload(qint64 selectId)
{
    m_adapter->rows(this, m_groupId, [this, selectId](const Result<QList<CatalogRow>> &rows) {
        if (!rows) {
            showMessage(rows.error().message);
            return;
        }
        m_loaded = true;
        m_model->setRows(*rows);
        m_empty->setText(m_adapter->emptyText());
        m_empty->setVisible(m_model->rowCount() == 0);
        if (const int row = m_model->rowOf(selectId); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, CatalogListModel::NameColumn));
        else if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, CatalogListModel::NameColumn));
        updateButtons();
    });
}

qint64 CatalogDialog::currentId() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void CatalogDialog::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void CatalogDialog::updateButtons()
{
    const bool hasItem = currentId() != 0 && !m_busy;
    m_add->setEnabled(m_loaded && !m_busy);
    m_edit->setEnabled(hasItem);
    m_delete->setEnabled(hasItem);
}

void CatalogDialog::addItem()
{
    showMessage(QString());
    if (const qint64 id = m_adapter->edit(this, m_groupId, 0))
        reload(id);
}

void CatalogDialog::editItem()
{
    showMessage(QString());
    const qint64 id = currentId();
    if (id != 0 && m_adapter->edit(this, m_groupId, id))
        reload(id);
}

void CatalogDialog::deleteItem()
{
    showMessage(QString());
    const qint64 id = currentId();
    if (id == 0)
        return;
    const QString name = m_model->index(m_view->currentIndex().row(), CatalogListModel::NameColumn).data().toString();
    QMessageBox box(QMessageBox::Question, windowTitle(), m_adapter->deleteQuestion(name), QMessageBox::Cancel, this);
    QPushButton *confirm = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    m_busy = true;
    updateButtons();
    m_workspace.call(
        this,
        [kind = m_adapter->kind(), id, groupId = m_groupId](WorkspaceServices &services) -> Result<void> {
            if (auto allowed = services.acting.allows(Permission::ManageSettings, groupId); !allowed)
                return allowed;
            return services.catalog.remove(kind, id);
        },
        [this](const Result<void> &removed) {
            m_busy = false;
            updateButtons();
            if (!removed) {
                showMessage(removed.error().message);
                return;
            }
            reload();
        });
}

} // namespace bc
