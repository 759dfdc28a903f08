<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#assign description = content.description!"${content.title}: the full text, with numbered paragraphs, contents and search.">
<@layout.page title=content.title root=content.rootpath current=content.uri description=description>
  <article class="cover">
    <p class="kicker">White paper<#if content.part?? && content.parts??> · part ${content.part} of ${content.parts}</#if></p>
    <h1>${content.title}</h1>
    <dl class="metadata">
      <#if content.publisher??><dt>Published by</dt><dd>${content.publisher}<#if content.publication??> (${content.publication})</#if></dd></#if>
      <#if content.updated??><dt>Updated</dt><dd><time datetime="${content.updated}">${content.updated?date("yyyy-MM-dd")?string("d MMMM yyyy")}</time></dd></#if>
      <#if content.source_host??><dt>Source</dt><dd>${content.source_host}</dd></#if>
      <#if content.copyright??><dt>Copyright</dt><dd>${content.copyright}</dd></#if>
    </dl>
    <#if content.body?has_content><div class="text">${content.body?no_esc}</div></#if>
    <p class="cover-actions"><#if full_text><a class="button" href="${content.rootpath}full.html">Read the full text on one page</a> </#if><a href="${content.rootpath}about.html">About this edition</a></p>
    <div class="editions" data-editions-for="${content.uri}"></div>
    <section class="cover-contents" aria-labelledby="cover-contents-title">
      <h2 id="cover-contents-title">Contents</h2>
      <@layout.contents_list entries=contents_tree current="" root=content.rootpath panels=true expand_all=true/>
    </section>
  </article>
  <@layout.pager/>
</@layout.page>
