-- CreateTable
CREATE TABLE "DocumentVisit" (
    "userId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "lastVisitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentVisit_pkey" PRIMARY KEY ("userId","documentId")
);

-- CreateIndex
CREATE INDEX "DocumentVisit_documentId_idx" ON "DocumentVisit"("documentId");

-- AddForeignKey
ALTER TABLE "DocumentVisit" ADD CONSTRAINT "DocumentVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentVisit" ADD CONSTRAINT "DocumentVisit_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

