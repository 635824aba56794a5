/** How MDX bodies render links (with the site's base), code blocks and tables (scroll regions). */
import MdxLink from './MdxLink.astro';
import MdxPre from './MdxPre.astro';
import MdxTable from './MdxTable.astro';

export const mdxComponents = { a: MdxLink, pre: MdxPre, table: MdxTable };
