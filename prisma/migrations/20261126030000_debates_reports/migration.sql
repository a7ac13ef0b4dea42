-- CreateEnum
CREATE TYPE "RatingVisibility" AS ENUM ('always', 'after_rating', 'after_close');

-- CreateEnum
CREATE TYPE "ArgumentStance" AS ENUM ('pro', 'con');

-- CreateEnum
CREATE TYPE "ArgumentStatus" AS ENUM ('visible', 'hidden', 'merged');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "QuestionStatus" ADD VALUE 'approved';
ALTER TYPE "QuestionStatus" ADD VALUE 'dismissed';

-- AlterTable
ALTER TABLE "Group" ADD COLUMN     "moderatorsSeeNames" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "ratingVisibility" "RatingVisibility" NOT NULL DEFAULT 'always';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "anonymous" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "closesAt" TIMESTAMP(3),
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "proposedById" TEXT,
ADD COLUMN     "roundEndsAt" TIMESTAMP(3),
ADD COLUMN     "roundStartedAt" TIMESTAMP(3),
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "revisedAt" TIMESTAMP(3),
ADD COLUMN     "revisedById" TEXT,
ADD COLUMN     "revisionNote" TEXT,
ADD COLUMN     "revisionUrl" TEXT;

-- AlterTable
ALTER TABLE "Reply" ADD COLUMN     "asAuthor" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Argument" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "parentId" TEXT,
    "stance" "ArgumentStance" NOT NULL,
    "body" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "authorId" TEXT,
    "asAuthor" BOOLEAN NOT NULL DEFAULT false,
    "status" "ArgumentStatus" NOT NULL DEFAULT 'visible',
    "pinnedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,
    "hiddenReason" TEXT,
    "mergedIntoId" TEXT,
    "editedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Argument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArgumentRevision" (
    "id" TEXT NOT NULL,
    "argumentId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArgumentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArgumentRating" (
    "argumentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArgumentRating_pkey" PRIMARY KEY ("argumentId","userId")
);

-- CreateTable
CREATE TABLE "ArgumentMerge" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "movedChildIds" TEXT[],
    "mergedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),
    "undoneById" TEXT,

    CONSTRAINT "ArgumentMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DebatePseudonym" (
    "questionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "DebatePseudonym_pkey" PRIMARY KEY ("questionId","userId")
);

-- CreateIndex
CREATE INDEX "Argument_questionId_createdAt_idx" ON "Argument"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "Argument_parentId_idx" ON "Argument"("parentId");

-- CreateIndex
CREATE INDEX "ArgumentRevision_argumentId_createdAt_idx" ON "ArgumentRevision"("argumentId", "createdAt");

-- CreateIndex
CREATE INDEX "ArgumentMerge_questionId_createdAt_idx" ON "ArgumentMerge"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "ArgumentMerge_sourceId_idx" ON "ArgumentMerge"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "DebatePseudonym_questionId_name_key" ON "DebatePseudonym"("questionId", "name");

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRevision" ADD CONSTRAINT "ArgumentRevision_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRating" ADD CONSTRAINT "ArgumentRating_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRating" ADD CONSTRAINT "ArgumentRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentMerge" ADD CONSTRAINT "ArgumentMerge_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebatePseudonym" ADD CONSTRAINT "DebatePseudonym_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

