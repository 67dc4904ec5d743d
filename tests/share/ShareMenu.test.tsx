import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareMenu } from '../../src/ui/share/ShareMenu.tsx';
import { loadDataset, renderWithStore } from '../support/renderWithStore.tsx';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
  return navigator.clipboard.writeText as ReturnType<typeof vi.fn>;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(navigator, 'share');
});

// The dialogs are lazy chunks: under a loaded CI machine the first import can take seconds.
describe('ShareMenu', { timeout: 15_000 }, () => {
  it('ShareMenu "Copy link" copies the view link and says "Link copied" in a status', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareMenu />, { search: '?lang=en&edition=2024&country=USA&debug=1' });
    const writeText = stubClipboard(async () => {});
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}?edition=2024&country=USA&lang=en`);
    expect(screen.getByRole('status').textContent).toBe('Link copied');
  });

  it('ShareMenu "Copy link" without clipboard access shows the link selected in a read-only field', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareMenu />, { search: '?lang=en&edition=2024' });
    stubClipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Copy this link' });
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/\?edition=2024&lang=en$/);
    // The field is selected by an effect after it renders.
    await waitFor(() => expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]));
  });

  it('ShareMenu shows "Share…" only where navigator.share exists', () => {
    const { unmount } = renderWithStore(<ShareMenu />, { search: '?lang=en' });
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    unmount();
    Object.defineProperty(navigator, 'share', { value: vi.fn(async () => {}), configurable: true });
    renderWithStore(<ShareMenu />, { search: '?lang=en' });
    expect(screen.getByRole('button', { name: 'Share…' })).toBeTruthy();
  });

  it('ShareMenu "Download" discloses the four formats; Escape closes the list and keeps focus on the button', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareMenu />, { search: '?lang=en' });
    const button = screen.getByRole('button', { name: 'Download' });
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Map as SVG', 'Map as PNG', 'Table as CSV', 'Table with sources as JSON'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Table as CSV' })).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('ShareMenu "Embed" opens a labelled dialog whose code follows the options; Close returns focus', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareMenu />, { search: '?lang=en&edition=2024&types=executive' });
    const opener = screen.getByRole('button', { name: 'Embed' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map' }, { timeout: 5000 });
    const code = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Code to paste' }).value;
    // Pinned to the data version shown, by default.
    const version = loadDataset().version;
    expect(code()).toContain(`?edition=2024&amp;version=${version}&amp;types=executive&amp;lang=en&amp;embed=1"`);
    await user.click(screen.getByRole('radio', { name: /^Live/ }));
    expect(code()).toContain('?edition=2024&amp;types=executive&amp;lang=en&amp;embed=1"');
    expect(code()).toContain('data-support-map');
    expect(code()).toMatch(/<script src="http:\/\/[^"]+\/embed\.js" async><\/script>$/);
    await user.click(screen.getByRole('checkbox', { name: 'Static: no filters, no clicks' }));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(code()).toContain('&amp;theme=dark&amp;embed=1&amp;static=1"');
    await user.click(screen.getByRole('radio', { name: 'Fixed' }));
    expect(code()).not.toContain('<script');
    // Static, not plain: the height that fits a static embed in a wide column.
    expect(code()).toMatch(/height="650"><\/iframe>$/);
    expect(
      screen.getByText(/^Fits without scrolling: 650 px in columns 720 px wide or more, 600 px from 480 px, 650 px on phones\.$/),
    ).toBeTruthy();
    expect(screen.getByTitle('Preview of the embedded map').getAttribute('src')).toMatch(/static=1$/);
    expect(dialog).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it("ShareMenu embed dialog closes on Escape (the dialog's cancel event)", async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareMenu />, { search: '?lang=en' });
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map' }, { timeout: 5000 });
    act(() => void fireEvent(dialog, new Event('cancel', { cancelable: true })));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('ShareMenu "Cite" shows version, date and BibTeX; no correction link when the dataset has no corrections target', async () => {
    const user = userEvent.setup();
    renderWithStore(<ShareMenu />, { search: '?lang=en&edition=2024' });
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await screen.findByRole('dialog', { name: 'Cite this map' }, { timeout: 5000 });
    const dataset = loadDataset();
    expect(screen.getByText(new RegExp(`^Dataset version ${dataset.version.replace(/\./g, '\\.')}, updated `))).toBeTruthy();
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'BibTeX' }).value).toMatch(/^@misc\{/);
    const citation = () => screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Citation' }).value;
    // Pinned by default: the version shown; Live leaves it out. The edition is named either way.
    expect(citation()).toContain(`?edition=2024&version=${dataset.version}&lang=en`);
    expect(screen.getByRole('radio', { name: new RegExp(`^Pinned to version ${dataset.version.replace(/\./g, '\\.')}`) })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(screen.getByRole('radio', { name: /^Live/ }));
    expect(citation()).toContain('?edition=2024&lang=en');
    expect(screen.queryByRole('link', { name: /Suggest a correction/ })).toBeNull();
  });

  it('ShareMenu "Cite" with corrections=mailto: links to a prefilled e-mail about the open actor and edition', async () => {
    const user = userEvent.setup();
    const dataset = loadDataset(undefined, (d) => {
      d.corrections = 'mailto:corrections@example.org';
    });
    renderWithStore(<ShareMenu />, { search: '?lang=en&edition=2024&country=USA', dataset });
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const link = await screen.findByRole('link', { name: 'Suggest a correction' }, { timeout: 5000 });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:corrections@example.org?subject=')).toBe(true);
    expect(decodeURIComponent(href)).toContain('Correction: United States (USA), 2024');
  });
});
