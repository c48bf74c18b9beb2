-- Written by hand (scripts/generate-postgres.mjs keeps hand-written migrations): "emailKey" (the
-- lower-cased address) replaces "email" as the unique key, so case variants of one address are one
-- subscriber; "email" keeps the address as typed. The merge is the same SQL as the SQLite migration's.

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

-- DropIndex
DROP INDEX "Subscriber_email_key";

-- AlterTable
ALTER TABLE "Subscriber" ADD COLUMN     "emailKey" TEXT,
ADD COLUMN     "mailPendingSince" TIMESTAMP(3);
UPDATE "Subscriber" SET "emailKey" = lower("email");
ALTER TABLE "Subscriber" ALTER COLUMN "emailKey" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_emailKey_key" ON "Subscriber"("emailKey");
