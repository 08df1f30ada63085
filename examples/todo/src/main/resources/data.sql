-- An empty database starts with the two todos of the Next.js route-handler example this demo
-- mirrors, so the first page is not empty; a database that has todos is left as it is.
insert into todo (text, completed)
select seed.text, seed.completed
from (values (1, 'Learn Route Handlers', true), (2, 'Explore Server Actions', false)) as seed (n, text, completed)
where not exists (select 1 from todo)
order by seed.n;
