-- Written by hand: `prisma migrate diff` redefines "User" to add a column, and dropping "User" inside a
-- transaction (where PRAGMA foreign_keys=OFF has no effect) would cascade-delete every Account and Session.

-- AlterTable
ALTER TABLE "User" ADD COLUMN "scenarioCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "calculatorId" TEXT NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "inputs" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "shareToken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Scenario_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_shareToken_key" ON "Scenario"("shareToken");

-- CreateIndex
CREATE INDEX "Scenario_userId_updatedAt_idx" ON "Scenario"("userId", "updatedAt");
