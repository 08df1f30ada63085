// The 1000 x 5 table of the Spring app's /cache/table, prerendered at build time (a static
// page: no dynamic APIs), the Next.js counterpart of a cached response.

const rows = Array.from({ length: 1000 }, (_, index) => {
	const id = index + 1;
	return {
		id,
		name: `Item ${id}`,
		category: `Category ${id % 17}`,
		quantity: (id * 3) % 101,
		status: id % 3 === 0 ? "done" : "open",
	};
});

export const metadata = { title: "1000 rows" };

export default function TablePage() {
	return (
		<table>
			<thead>
				<tr>
					<th>Id</th>
					<th>Name</th>
					<th>Category</th>
					<th>Quantity</th>
					<th>Status</th>
				</tr>
			</thead>
			<tbody>
				{rows.map((row) => (
					<tr key={row.id}>
						<td>{row.id}</td>
						<td>{row.name}</td>
						<td>{row.category}</td>
						<td>{row.quantity}</td>
						<td>{row.status}</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}
