import { expect, test, type Page } from "@playwright/test";
import { openSamplePaper, pageAs } from "./helpers";

/** Creates an invite link on the open group page and returns its URL (shown once). */
async function createInviteLink(page: Page, options: { role: string; maxUses?: number }) {
  const panel = page.locator("section", { has: page.getByRole("heading", { name: "Invite links" }) });
  await panel.getByLabel("Role").selectOption(options.role);
  if (options.maxUses) await panel.getByLabel(/Maximum uses/).fill(String(options.maxUses));
  await panel.getByRole("button", { name: "Create invite link" }).click();
  const link = panel.getByRole("textbox", { name: "Invite link", exact: true });
  await expect(link).toHaveValue(/\/invite\/inv_/);
  return link.inputValue();
}

test("signed-out visitors to /groups are sent to sign in first", async ({ page }) => {
  await page.goto("/groups");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fgroups/);
});

test("an owner invites a new user by link; the participant joins, reads the paper live, cannot edit it", async ({ browser }) => {
  const owner = await pageAs(browser, "owner@demo.test");
  const groupName = `Reading circle ${Date.now()}`;

  // The owner starts a new group and creates a single-use participant link.
  await owner.page.goto("/groups");
  await owner.page.getByLabel(/Group name/).fill(groupName);
  await owner.page.getByRole("button", { name: "Create group" }).click();
  await expect(owner.page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  const circleLink = await createInviteLink(owner.page, { role: "participant", maxUses: 1 });
  await expect(owner.page.getByRole("row", { name: /Participant Active 0 \/ 1/ })).toBeVisible();
  await owner.page.screenshot({ path: "test-results/groups-owner-page.png", fullPage: true });

  // A signed-out visitor sees what the link offers and how to get in.
  const guest = await browser.newContext();
  const guestPage = await guest.newPage();
  await guestPage.goto(circleLink);
  await expect(guestPage.getByRole("heading", { name: `Join ${groupName}` })).toBeVisible();
  await expect(guestPage.getByText("You are invited as a participant")).toBeVisible();
  await expect(guestPage.getByRole("link", { name: "Sign in to join" })).toHaveAttribute("href", /callbackUrl=%2Finvite%2Finv_/);
  await guestPage.screenshot({ path: "test-results/groups-invite-signed-out.png" });

  // A new user signs up, opens the link and joins.
  const newcomer = await browser.newContext();
  const page = await newcomer.newPage();
  const email = `newcomer-${Date.now()}@example.org`;
  await page.goto("/sign-up");
  await page.getByLabel("Display name").fill("Nico Newcomer");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel(/^Password/).fill("a long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your papers" })).toBeVisible();
  await page.goto(circleLink);
  await page.screenshot({ path: "test-results/groups-invite-signed-in.png" });
  await page.getByRole("button", { name: `Join ${groupName}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: groupName })).toBeVisible();
  await expect(page.getByText("You are a participant here")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Invite links" })).toHaveCount(0);
  await page.screenshot({ path: "test-results/groups-participant-page.png", fullPage: true });
  await page.goto("/groups");
  await expect(page.getByRole("link", { name: groupName })).toBeVisible();
  await page.screenshot({ path: "test-results/groups-list.png" });

  // The single-use link is spent: the next person is told so, and nothing is granted.
  await guestPage.goto(circleLink);
  await expect(guestPage.locator("main [role=alert]")).toContainText("already been used as many times as it allows");

  // The owner sees the newcomer join in the members table and the audit trail.
  await owner.page.reload();
  await expect(owner.page.getByRole("row", { name: /Nico Newcomer/ })).toBeVisible();
  await expect(owner.page.getByText("Nico Newcomer joined as a participant through an invite link.")).toBeVisible();

  // Live reading: the demo group's owner invites the newcomer into `demo` as a participant.
  await owner.page.goto("/groups/demo");
  const demoLink = await createInviteLink(owner.page, { role: "participant" });
  await owner.page.screenshot({ path: "test-results/groups-demo-owner.png", fullPage: true });
  await page.goto(demoLink);
  await page.getByRole("button", { name: "Join Demo seminar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Demo seminar" })).toBeVisible();

  await openSamplePaper(owner.page);
  await openSamplePaper(page);
  const paper = page.locator("article.paper-column .ProseMirror");

  // The participant cannot change the text: typing changes nothing, for anyone.
  await page.locator("article.paper-column .paper-body h2 + p").first().click();
  await page.keyboard.type("PARTICIPANT CANNOT TYPE");
  await expect(paper).not.toContainText("PARTICIPANT CANNOT TYPE");

  // …but reads the owner's edit live.
  const marker = `Owner edit ${Date.now()}`;
  await owner.page.locator("article.paper-column .paper-body h2 + p").first().click();
  await owner.page.keyboard.press("End");
  await owner.page.keyboard.type(` ${marker}.`);
  await expect(paper).toContainText(marker);
  await expect(owner.page.locator("article.paper-column .ProseMirror")).not.toContainText("PARTICIPANT CANNOT TYPE");

  await owner.context.close();
  await guest.close();
  await newcomer.close();
});
