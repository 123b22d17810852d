/**
 * Pending work that must reach the vault before it locks or the window closes (the form's
 * debounced autosave registers here).
 */
export class FlushRegistry {
  private readonly tasks = new Set<() => Promise<void>>();

  add(task: () => Promise<void>): () => void {
    this.tasks.add(task);
    return () => this.tasks.delete(task);
  }

  async flushAll(): Promise<void> {
    await Promise.allSettled([...this.tasks].map((task) => task()));
  }
}
