-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "claimedAt" TIMESTAMP(3);
