<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.page title=content.title root=content.rootpath current=content.uri description=(content.description!content.summary!"")>
  <@layout.breadcrumbs/>
  <article class="document-part" data-number="${content.number!""}" data-uri="${content.uri}">
    <h1>${content.title}</h1>
    <@layout.page_contents/>
    <div class="text">${content.body?no_esc}</div>
  </article>
  <@layout.pager/>
</@layout.page>
