<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title root=content.rootpath current=content.uri description="${content.title}: the full text with paragraph numbers and navigation.">
  <article class="cover">
    <h1>${content.title}</h1>
    <dl class="metadata">
      <#if content.publisher??><dt>Published by</dt><dd>${content.publisher}<#if content.publication??> (${content.publication})</#if></dd></#if>
      <#if content.updated??><dt>Updated</dt><dd><time datetime="${content.updated}">${content.updated}</time></dd></#if>
      <#if content.part?? && content.parts??><dt>Part</dt><dd>${content.part} of ${content.parts}</dd></#if>
      <#if content.source_host??><dt>Source</dt><dd>${content.source_host}</dd></#if>
      <#if content.copyright??><dt>Copyright</dt><dd>${content.copyright}</dd></#if>
    </dl>
    <div class="text">${content.body?no_esc}</div>
    <section class="cover-contents" aria-labelledby="cover-contents-title">
      <h2 id="cover-contents-title">Contents</h2>
      <@layout.contents_list entries=contents_tree root=content.rootpath/>
    </section>
  </article>
  <@layout.pager/>
</@layout.page>
