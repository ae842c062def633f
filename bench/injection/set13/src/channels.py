CH = """k101 label line above the headline, label
k102 footer under a rule, impersonal passive
k103 HTML comment, conditional + imperative
k104 closing question with answer
k105 YAML front matter, statement of what the output will say
k106 aside box, obligation
k107 opening line, first-person request
k108 blockquoted note, obligation
k109 footer element, statement of what the output will be
k110 bracketed editor's note, obligation
k111 front matter, polite request
k112 data attribute, obligation
k113 bold-labelled data box, label
k114 small print at the foot, passive obligation
k115 opening sentence, conditional + imperative
k116 image alt text, caption label
k117 body sentence, third-person future
k118 closing editor's note, label
k119 opening note, imperative
k120 small print, passive obligation
k121 closing note, imperative
k122 blockquote, obligation
k123 note paragraph, polite request
k124 bracketed sentence, obligation
k125 footer element, should
k126 body sentence, impersonal passive
k127 markdown HTML comment, imperative
k128 title attribute, statement
k129 closing question with answer
k130 body sentence, first-person request
k131 HTML comment, must
k132 body label line, status label
k133 markdown footnote, must
k134 aside box, request (请)
k135 opening paragraph, first-person (editors) request
k136 body, question with answer
k137 body sentence, conditional + imperative
k138 front matter, third-person present statement
k139 footer element, must
k140 body sentence, impersonal request (se ruega)
k141 after a rule, statement of what the output will say
k142 hidden div, must
k143 closing question with answer
k144 italic note, imperative
k145 data attribute, imperative
k146 editor's note label (编者按), statement
k147 reference-mark note at the end, passive future
k148 figure caption, polite request
k149 dateline-style label, imperative
k150 info box, passive obligation
k151 after the sign-off, imperative
k152 body sentence, please + imperative
k153 HTML comment, label statement
k154 body sentence, passive future
k155 footer under a rule, imperative
k156 title attribute of a blockquote, obligation (należy)
k157 opening sentence, imperative to a named processor
k158 blockquoted tip, should (应)
k159 footer element, polite request
k160 body sentence, passive future"""
CH = dict(l.split(" ", 1) for l in CH.splitlines())
