#include "ui/mainwindow/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr int iconSize = 96;

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Backup Account Console"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    // Drawn from the SVG at the screen's device pixel ratio: sharp at any scale.
    icon->setPixmap(QIcon(u":/icons/backup-console.svg"_s).pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto *title = new QLabel(
        tr("<h2>Backup Account Console</h2><p>Version %1</p>").arg(QString::fromLatin1(BACKUP_CONSOLE_VERSION)), this);
    title->setObjectName(u"aboutVersion"_s);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setWordWrap(true);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(tr("<p>Create and manage the cloud-backup accounts of your customers' users.</p>"
                     "<p>This program is free software: you can redistribute it and/or modify it under the terms "
                     "of the GNU General Public License as published by the Free Software Foundation, either "
                     "version 3 of the License, or (at your option) any later version (%1).</p>"
                     "<p>It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see "
                     "<a href=\"%2\">the GNU General Public License</a> for details.</p>"
                     "<p>Built with Qt %3, running on Qt %4.</p>")
                      .arg(licenseId(), u"https://www.gnu.org/licenses/gpl-3.0.html"_s,
                           QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(qVersion())));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtons"_s);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(text);
    texts->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addSpacing(12);
    row->addLayout(texts, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::licenseId()
{
    return u"GPL-3.0-or-later"_s;
}

} // namespace bc
