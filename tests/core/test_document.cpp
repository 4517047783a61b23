#include "document/document.h"
#include "io/planjson.h"

#include <gtest/gtest.h>

using namespace pw;
using namespace Qt::StringLiterals;

TEST(Document, InsertUndoRedo)
{
    Document doc;
    const QByteArray before = writePlanJson(doc.plan());
    const Node *n = doc.insertNode(nullptr, 0, { NodeKind::Chapter, u"总体要求"_s });
    ASSERT_EQ(doc.plan().root().childCount(), 1);
    EXPECT_EQ(n->content.title, u"总体要求"_s);
    EXPECT_TRUE(doc.isModified());
    doc.undoStack()->undo();
    EXPECT_EQ(doc.plan().root().childCount(), 0);
    EXPECT_EQ(writePlanJson(doc.plan()), before);
    EXPECT_FALSE(doc.isModified());
    doc.undoStack()->redo();
    EXPECT_EQ(doc.plan().root().child(0), n);
}
