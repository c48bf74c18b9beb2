-- Written by hand: "emailKey" (the lower-cased address) replaces "email" as the unique key, so case
-- variants of one address are one subscriber; "email" keeps the address as typed. Existing duplicates
-- are merged first. prisma/postgres/migrations/20261128000000_email_key runs the same merge.

-- Subscribers whose addresses differ only in case become one. The row kept is the most advanced
-- (confirmed, then pending, then unsubscribed; then the oldest); it takes the group's earliest signup
-- date, the deliveries of the others (one per issue) and, unless confirmed, the newest confirmation
-- token, so a link already mailed to any of them still works.
CREATE TEMPORARY TABLE "_SubscriberMerge" AS
SELECT "id", "keepId", "firstCreatedAt", "lastSentAt", "confirmTokenHash", "confirmTokenExpires" FROM (
  SELECT "id", "confirmTokenHash", "confirmTokenExpires",
    FIRST_VALUE("id") OVER (
      PARTITION BY lower("email")
      ORDER BY CASE "status" WHEN 'confirmed' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, "createdAt", "id"
    ) AS "keepId",
    MIN("createdAt") OVER (PARTITION BY lower("email")) AS "firstCreatedAt",
    MAX("lastConfirmSentAt") OVER (PARTITION BY lower("email")) AS "lastSentAt",
    COUNT(*) OVER (PARTITION BY lower("email")) AS "rows"
  FROM "Subscriber"
) AS "grouped"
WHERE "rows" > 1;

DELETE FROM "NewsletterDelivery" WHERE "id" IN (
  SELECT "id" FROM (
    SELECT d."id", ROW_NUMBER() OVER (
      PARTITION BY m."keepId", d."issueSlug"
      ORDER BY CASE WHEN d."subscriberId" = m."keepId" THEN 0 ELSE 1 END, CASE d."status" WHEN 'sent' THEN 0 ELSE 1 END, d."createdAt", d."id"
    ) AS "rank"
    FROM "NewsletterDelivery" d JOIN "_SubscriberMerge" m ON m."id" = d."subscriberId"
  ) AS "ranked"
  WHERE "rank" > 1
);
UPDATE "NewsletterDelivery"
SET "subscriberId" = (SELECT m."keepId" FROM "_SubscriberMerge" m WHERE m."id" = "NewsletterDelivery"."subscriberId")
WHERE "subscriberId" IN (SELECT "id" FROM "_SubscriberMerge" WHERE "id" <> "keepId");

DELETE FROM "Subscriber" WHERE "id" IN (SELECT "id" FROM "_SubscriberMerge" WHERE "id" <> "keepId");

UPDATE "Subscriber"
SET "createdAt" = (SELECT m."firstCreatedAt" FROM "_SubscriberMerge" m WHERE m."id" = "Subscriber"."id"),
    "lastConfirmSentAt" = (SELECT m."lastSentAt" FROM "_SubscriberMerge" m WHERE m."id" = "Subscriber"."id")
WHERE "id" IN (SELECT "keepId" FROM "_SubscriberMerge");
UPDATE "Subscriber"
SET "confirmTokenHash" = (
      SELECT m."confirmTokenHash" FROM "_SubscriberMerge" m
      WHERE m."keepId" = "Subscriber"."id" AND m."confirmTokenHash" IS NOT NULL
      ORDER BY m."confirmTokenExpires" DESC LIMIT 1),
    "confirmTokenExpires" = (
      SELECT m."confirmTokenExpires" FROM "_SubscriberMerge" m
      WHERE m."keepId" = "Subscriber"."id" AND m."confirmTokenHash" IS NOT NULL
      ORDER BY m."confirmTokenExpires" DESC LIMIT 1)
WHERE "status" <> 'confirmed' AND "id" IN (SELECT "keepId" FROM "_SubscriberMerge");

DROP TABLE "_SubscriberMerge";

-- The table is rebuilt to add a NOT NULL column. Dropping "Subscriber" inside the migration's
-- transaction (where PRAGMA foreign_keys=OFF has no effect) would cascade to "NewsletterDelivery",
-- so the deliveries move to a new table that references the new "Subscriber" first.
CREATE TABLE "new_Subscriber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "confirmTokenHash" TEXT,
    "confirmTokenExpires" DATETIME,
    "source" TEXT,
    "topics" TEXT,
    "lastConfirmSentAt" DATETIME,
    "mailPendingSince" DATETIME,
    "confirmedAt" DATETIME,
    "unsubscribedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Subscriber" ("confirmTokenExpires", "confirmTokenHash", "confirmedAt", "createdAt", "email", "emailKey", "id", "lastConfirmSentAt", "source", "status", "topics", "unsubscribedAt", "updatedAt") SELECT "confirmTokenExpires", "confirmTokenHash", "confirmedAt", "createdAt", "email", lower("email"), "id", "lastConfirmSentAt", "source", "status", "topics", "unsubscribedAt", "updatedAt" FROM "Subscriber";
CREATE TABLE "new_NewsletterDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "issueSlug" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'sending',
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "NewsletterDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "new_Subscriber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_NewsletterDelivery" ("createdAt", "error", "id", "issueSlug", "sentAt", "status", "subscriberId") SELECT "createdAt", "error", "id", "issueSlug", "sentAt", "status", "subscriberId" FROM "NewsletterDelivery";
DROP TABLE "NewsletterDelivery";
DROP TABLE "Subscriber";
-- Renaming also rewrites the foreign key in "new_NewsletterDelivery" to name "Subscriber".
ALTER TABLE "new_Subscriber" RENAME TO "Subscriber";
ALTER TABLE "new_NewsletterDelivery" RENAME TO "NewsletterDelivery";
CREATE UNIQUE INDEX "Subscriber_emailKey_key" ON "Subscriber"("emailKey");
CREATE UNIQUE INDEX "Subscriber_confirmTokenHash_key" ON "Subscriber"("confirmTokenHash");
CREATE INDEX "Subscriber_status_idx" ON "Subscriber"("status");
CREATE INDEX "NewsletterDelivery_issueSlug_status_idx" ON "NewsletterDelivery"("issueSlug", "status");
CREATE UNIQUE INDEX "NewsletterDelivery_issueSlug_subscriberId_key" ON "NewsletterDelivery"("issueSlug", "subscriberId");
