/** A table with a caption for screen readers; `actions` adds a last column for row buttons. */
export function GroupsTable({ caption, columns, actions, children }: { caption: string; columns: string[]; actions: boolean; children: React.ReactNode }) {
  return (
    <table className="groups-table">
      <caption className="groups-sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
          {actions && (
            <th scope="col">
              <span className="groups-sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
