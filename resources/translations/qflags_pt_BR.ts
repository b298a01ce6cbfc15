<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>a cota de disco se esgotou</translation>
    </message>
    <message>
        <source>the file (%1) is over the file size limit (ulimit -f) of %2</source>
        <translation>o arquivo (%1) passa do limite de tamanho de arquivo (ulimit -f) de %2</translation>
    </message>
    <message>
        <source>the file (%1) is too large for this disk</source>
        <translation>o arquivo (%1) é grande demais para este disco</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk</source>
        <translation>%1 está em um disco somente leitura</translation>
    </message>
    <message>
        <source>no permission to write in %1</source>
        <translation>sem permissão para gravar em %1</translation>
    </message>
    <message>
        <source>no permission to create the folder %1</source>
        <translation>sem permissão para criar a pasta %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>o sistema não informou o motivo</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
</context>
<context>
    <name>BlockingHttpGet</name>
    <message>
        <source>The server&apos;s answer does not begin with an HTTP status line: %1</source>
        <translation>A resposta do servidor não começa com uma linha de status HTTP: %1</translation>
    </message>
    <message>
        <source>The server sent over %1 KiB of headers</source>
        <translation>O servidor enviou mais de %1 KiB de cabeçalhos</translation>
    </message>
    <message>
        <source>The server sent a malformed chunked body: an invalid chunk size</source>
        <translation>O servidor enviou um corpo em partes (chunked) malformado: um tamanho de parte inválido</translation>
    </message>
    <message>
        <source>The server sent a malformed chunked body: a chunk size line without an end</source>
        <translation>O servidor enviou um corpo em partes (chunked) malformado: uma linha de tamanho de parte sem fim</translation>
    </message>
    <message>
        <source>The server sent a malformed chunked body: a chunk longer than its size</source>
        <translation>O servidor enviou um corpo em partes (chunked) malformado: uma parte maior que o seu tamanho</translation>
    </message>
</context>
<context>
    <name>ChartImage</name>
    <message>
        <source>the image could not be encoded: %1</source>
        <translation>não foi possível codificar a imagem: %1</translation>
    </message>
</context>
<context>
    <name>CliOutputOptions</name>
    <message>
        <source>Also write the run as a table: CSV when FILE ends in .csv, JSON when in .json.</source>
        <translation>Gravar também a execução como tabela: CSV quando FILE terminar em .csv, JSON quando terminar em .json.</translation>
    </message>
    <message>
        <source>After the run, save its request timeline as a PNG image.</source>
        <translation>Após a execução, salvar a linha do tempo das requisições como imagem PNG.</translation>
    </message>
    <message>
        <source>Instead of one run, one whole run per concurrency level (into scratch folders; --dest is not touched), and a table of elapsed time, flags per second and the ideal, e.g. 1,6,30,100,1000.</source>
        <translation>Em vez de uma execução, uma execução completa por nível de concorrência (em pastas temporárias; --dest não é alterado) e uma tabela de tempo decorrido, bandeiras por segundo e o ideal, p. ex. 1,6,30,100,1000.</translation>
    </message>
    <message>
        <source>With --sweep: also draw the sweep&apos;s chart into FILE (.png).</source>
        <translation>Com --sweep: desenhar também o gráfico da varredura em FILE (.png).</translation>
    </message>
    <message>
        <source>*** Usage error: --report FILE must end in .csv or .json: %1</source>
        <translation>*** Erro de uso: --report FILE deve terminar em .csv ou .json: %1</translation>
    </message>
    <message>
        <source>*** Usage error: --timeline-png FILE must end in .png: %1</source>
        <translation>*** Erro de uso: --timeline-png FILE deve terminar em .png: %1</translation>
    </message>
    <message>
        <source>*** Usage error: --sweep LEVELS: %1</source>
        <translation>*** Erro de uso: --sweep LEVELS: %1</translation>
    </message>
    <message>
        <source>*** Usage error: --sweep-png FILE needs --sweep LEVELS</source>
        <translation>*** Erro de uso: --sweep-png FILE requer --sweep LEVELS</translation>
    </message>
    <message>
        <source>--sweep-png FILE must be a file name ending in .png</source>
        <translation>--sweep-png FILE deve ser um nome de arquivo terminado em .png</translation>
    </message>
    <message>
        <source>Also write every request of the run (retries and name requests too) with its headers and timings as an HTTP Archive (HAR 1.2), which browsers&apos; developer tools open.</source>
        <translation>Grava também cada requisição da execução (novas tentativas e pedidos de nome incluídos), com seus cabeçalhos e tempos, como um HTTP Archive (HAR 1.2), que as ferramentas de desenvolvedor dos navegadores abrem.</translation>
    </message>
    <message>
        <source>*** Usage error: --har FILE needs a file name</source>
        <translation>*** Erro de uso: --har ARQUIVO precisa de um nome de arquivo</translation>
    </message>
    <message>
        <source>*** Usage error: --report, --timeline-png and --har describe one run, not a --sweep</source>
        <translation>*** Erro de uso: --report, --timeline-png e --har descrevem uma execução, não uma --sweep</translation>
    </message>
    <message>
        <source>With --sweep: also write a row per run (strategy, level, times, counts, peak threads and memory) into FILE (.csv).</source>
        <translation>Com --sweep: grava também uma linha por execução (estratégia, nível, tempos, contagens, pico de threads e de memória) em ARQUIVO (.csv).</translation>
    </message>
    <message>
        <source>*** Usage error: --sweep-report FILE needs --sweep LEVELS</source>
        <translation>*** Erro de uso: --sweep-report ARQUIVO precisa de --sweep NÍVEIS</translation>
    </message>
    <message>
        <source>*** Usage error: --sweep-report FILE must end in .csv: %1</source>
        <translation>*** Erro de uso: --sweep-report ARQUIVO deve terminar em .csv: %1</translation>
    </message>
</context>
<context>
    <name>CliRun</name>
    <message>
        <source>cannot save the report: %1</source>
        <translation>não foi possível salvar o relatório: %1</translation>
    </message>
    <message>
        <source>cannot save the timeline: %1</source>
        <translation>não foi possível salvar a linha do tempo: %1</translation>
    </message>
    <message>
        <source>cannot save flags: %1</source>
        <translation>não foi possível salvar as bandeiras: %1</translation>
    </message>
    <message>
        <source>Errors (-v lists every code):</source>
        <translation>Erros (-v lista todos os códigos):</translation>
    </message>
    <message>
        <source>%1 like  %2</source>
        <translation>%1 como  %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Relatório salvo em %1</translation>
    </message>
    <message>
        <source>Timeline saved to %1</source>
        <translation>Linha do tempo salva em %1</translation>
    </message>
    <message>
        <source>cannot save the timeline %1: %2</source>
        <translation>não foi possível salvar a linha do tempo %1: %2</translation>
    </message>
    <message>
        <source>nothing could be fetched from %1: %2</source>
        <translation>nada pôde ser baixado de %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 é uma pasta</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to fetch: all %n flag(s) are already in %1.</source>
        <translation>
            <numerusform>Nada a baixar: a %n bandeira já está em %1.</numerusform>
            <numerusform>Nada a baixar: todas as %n bandeiras já estão em %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Continuing: %1 of %n flag(s) already in %2, %3 to fetch.</source>
        <translation>
            <numerusform>Continuando: %1 de %n bandeira já em %2, %3 a baixar.</numerusform>
            <numerusform>Continuando: %1 de %n bandeiras já em %2, %3 a baixar.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot save the HAR file: %1</source>
        <translation>não é possível salvar o arquivo HAR: %1</translation>
    </message>
    <message numerus="yes">
        <source>Strategy threads: each request blocks a thread of its own, %n thread(s).</source>
        <translation>
            <numerusform>Estratégia threads: cada requisição bloqueia uma thread própria, %n thread.</numerusform>
            <numerusform>Estratégia threads: cada requisição bloqueia uma thread própria, %n threads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSweep</name>
    <message>
        <source>level</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>elapsed (s)</source>
        <translation>tempo (s)</translation>
    </message>
    <message>
        <source>flags/s</source>
        <translation>band./s</translation>
    </message>
    <message>
        <source>ideal (s)</source>
        <translation>ideal (s)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>ausentes</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erros</translation>
    </message>
    <message>
        <source>cannot write the chart: %1</source>
        <translation>não foi possível gravar o gráfico: %1</translation>
    </message>
    <message>
        <source>Sweep over %1 concurrency levels: %2 (each a whole run into a scratch folder)</source>
        <translation>Varredura em %1 níveis de concorrência: %2 (cada um, uma execução completa numa pasta temporária)</translation>
    </message>
    <message>
        <source>Ideal: ceil(N/C) x %1 s, the server&apos;s mean delay</source>
        <translation>Ideal: ceil(N/C) x %1 s, o atraso médio do servidor</translation>
    </message>
    <message>
        <source>Ideal: ceil(N/C) x one request&apos;s time, measured at the first level</source>
        <translation>Ideal: ceil(N/C) x o tempo de uma requisição, medido no primeiro nível</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <source>nothing could be fetched from %1</source>
        <translation>nada pôde ser baixado de %1</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estratégia</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>peak MiB</source>
        <translation>pico MiB</translation>
    </message>
    <message>
        <source>cannot write the sweep report: %1</source>
        <translation>não é possível gravar o relatório da varredura: %1</translation>
    </message>
    <message>
        <source>Each level runs with each strategy: %1</source>
        <translation>Cada nível roda com cada estratégia: %1</translation>
    </message>
    <message>
        <source>Threads and memory are the whole process&apos;s: the built-in server runs in it too</source>
        <translation>Threads e memória são do processo inteiro: o servidor embutido roda nele também</translation>
    </message>
    <message>
        <source>level %1 (%2): %3 of %4</source>
        <translation>nível %1 (%2): %3 de %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n run(s) measured.</source>
        <translation>
            <numerusform>Cancelada: %1 de %n execução medida.</numerusform>
            <numerusform>Cancelada: %1 de %n execuções medidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep report: %1</source>
        <translation>Relatório da varredura: %1</translation>
    </message>
</context>
<context>
    <name>ConcurrencySweep</name>
    <message>
        <source>Cannot make a scratch folder in %1: %2</source>
        <translation>Não foi possível criar uma pasta temporária em %1: %2</translation>
    </message>
</context>
<context>
    <name>ContentSource</name>
    <message>
        <source>The embedded flag set is missing from this build.</source>
        <translation>O conjunto de bandeiras embutido não está nesta compilação.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
</context>
<context>
    <name>CountryCodes</name>
    <message>
        <source>--limit N must be &gt;= 1</source>
        <translation>--limit N deve ser &gt;= 1</translation>
    </message>
    <message>
        <source>each CC argument must be A to Z or AA to ZZ.</source>
        <translation>cada argumento CC deve ser de A a Z ou de AA a ZZ.</translation>
    </message>
</context>
<context>
    <name>CountryMetadata</name>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON inválido na posição %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>no &quot;country&quot; field</source>
        <translation>sem o campo &quot;country&quot;</translation>
    </message>
    <message>
        <source>&quot;country&quot; is not a string</source>
        <translation>&quot;country&quot; não é uma string</translation>
    </message>
    <message>
        <source>the &quot;country&quot; field is empty</source>
        <translation>o campo &quot;country&quot; está vazio</translation>
    </message>
    <message>
        <source>the country name is too long (%1 characters; at most %2)</source>
        <translation>o nome do país é longo demais (%1 caracteres; no máximo %2)</translation>
    </message>
</context>
<context>
    <name>DownloadEngine</name>
    <message>
        <source>metadata.json not found (404)</source>
        <translation>metadata.json não encontrado (404)</translation>
    </message>
    <message>
        <source>No country name from the server: %1</source>
        <translation>O servidor não deu o nome do país: %1</translation>
    </message>
    <message>
        <source>Could not save the flag: %1</source>
        <translation>Não foi possível salvar a bandeira: %1</translation>
    </message>
    <message>
        <source>Could not save the flag: the save failed unexpectedly</source>
        <translation>Não foi possível salvar a bandeira: o salvamento falhou inesperadamente</translation>
    </message>
    <message numerus="yes">
        <source>, retried %n time(s)</source>
        <translation>
            <numerusform>, após %n nova tentativa</numerusform>
            <numerusform>, após %n novas tentativas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorListModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>O que deu errado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>FailureClassifier</name>
    <message>
        <source>Server stopped sending for %1 s after %2</source>
        <translation>O servidor parou de enviar por %1 s após %2</translation>
    </message>
    <message>
        <source>No answer from the server for %1 s</source>
        <translation>Sem resposta do servidor por %1 s</translation>
    </message>
    <message>
        <source>Still not complete after %1 s (%2): the server sends too slowly</source>
        <translation>Ainda incompleta após %1 s (%2): o servidor envia devagar demais</translation>
    </message>
    <message>
        <source>Response too large: over the %1 limit</source>
        <translation>Resposta grande demais: acima do limite de %1</translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation>Não encontrada (404)</translation>
    </message>
    <message>
        <source>Refused a redirect to %1 (only http and https, never from https to http)</source>
        <translation>Redirecionamento para %1 recusado (só http e https, nunca de https para http)</translation>
    </message>
    <message>
        <source>%1 (the test server fails some requests on purpose: fetch them again)</source>
        <translation>%1 (o servidor de teste faz algumas requisições falharem de propósito: baixe-as de novo)</translation>
    </message>
    <message>
        <source>The server sent no HTTP response</source>
        <translation>O servidor não enviou uma resposta HTTP</translation>
    </message>
    <message>
        <source>Connection dropped by the server after %1</source>
        <translation>Conexão derrubada pelo servidor após %1</translation>
    </message>
    <message>
        <source>Server timed out waiting for the request (408)</source>
        <translation>O servidor esgotou o tempo limite esperando a requisição (408)</translation>
    </message>
    <message>
        <source>Too many requests: the server asks to slow down (429)</source>
        <translation>Requisições demais: o servidor pede para ir mais devagar (429)</translation>
    </message>
    <message>
        <source>Server error (500)</source>
        <translation>Erro do servidor (500)</translation>
    </message>
    <message>
        <source>Bad gateway (502)</source>
        <translation>Gateway inválido (502)</translation>
    </message>
    <message>
        <source>Server busy (503)</source>
        <translation>Servidor ocupado (503)</translation>
    </message>
    <message>
        <source>Gateway timed out (504)</source>
        <translation>Tempo limite do gateway esgotado (504)</translation>
    </message>
    <message>
        <source>HTTP error %1</source>
        <translation>Erro HTTP %1</translation>
    </message>
    <message>
        <source>HTTP error %1 - %2</source>
        <translation>Erro HTTP %1 - %2</translation>
    </message>
    <message>
        <source>Connection refused by %1</source>
        <translation>Conexão recusada por %1</translation>
    </message>
    <message>
        <source>Connection dropped by the server before it answered</source>
        <translation>Conexão derrubada pelo servidor antes da resposta</translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation>Host não encontrado: %1</translation>
    </message>
    <message>
        <source>The connection to %1 timed out</source>
        <translation>A conexão com %1 excedeu o tempo limite</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed</source>
        <translation>A conexão segura com %1 falhou</translation>
    </message>
    <message>
        <source>Secure connection to %1 failed: %2</source>
        <translation>A conexão segura com %1 falhou: %2</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Redirecionamentos demais</translation>
    </message>
    <message>
        <source>Refused an insecure redirect (HTTPS to HTTP)</source>
        <translation>Redirecionamento inseguro recusado (HTTPS para HTTP)</translation>
    </message>
    <message>
        <source>The network is unavailable</source>
        <translation>A rede está indisponível</translation>
    </message>
    <message>
        <source>Unsupported protocol: %1</source>
        <translation>Protocolo não suportado: %1</translation>
    </message>
    <message>
        <source>Network error %1</source>
        <translation>Erro de rede %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n byte(s)</source>
        <translation>
            <numerusform>%1 de %n byte</numerusform>
            <numerusform>%1 de %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Server sent %1, under the %2 minimum, for %3 s</source>
        <translation>O servidor enviou %1, abaixo do mínimo de %2, por %3 s</translation>
    </message>
    <message>
        <source>No answer through the proxy %1 for %2 s</source>
        <translation>Nenhuma resposta pelo proxy %1 em %2 s</translation>
    </message>
    <message>
        <source>%1, through the proxy %2</source>
        <translation>%1, pelo proxy %2</translation>
    </message>
    <message>
        <source>The proxy %1 refused the user name and password</source>
        <translation>O proxy %1 recusou o nome de usuário e a senha</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password</source>
        <translation>O proxy %1 pede nome de usuário e senha</translation>
    </message>
    <message>
        <source>Proxy %1 refused the connection</source>
        <translation>O proxy %1 recusou a conexão</translation>
    </message>
    <message>
        <source>The proxy %1 could not connect to %2</source>
        <translation>O proxy %1 não conseguiu se conectar a %2</translation>
    </message>
    <message>
        <source>Proxy host not found: %1</source>
        <translation>Host do proxy não encontrado: %1</translation>
    </message>
    <message>
        <source>The proxy %1 could not find %2</source>
        <translation>O proxy %1 não encontrou %2</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time</source>
        <translation>O proxy %1 não respondeu a tempo</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection</source>
        <translation>O proxy %1 fechou a conexão</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before the server answered</source>
        <translation>O proxy %1 fechou a conexão antes de o servidor responder</translation>
    </message>
    <message>
        <source>The proxy %1 could not open a tunnel to %2: %3</source>
        <translation>O proxy %1 não conseguiu abrir um túnel até %2: %3</translation>
    </message>
</context>
<context>
    <name>FaultPlan</name>
    <message>
        <source>unknown fault &apos;%1&apos;: use one of %2</source>
        <translation>falha desconhecida &apos;%1&apos;: use uma destas: %2</translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; needs a status code, one of %2</source>
        <translation>a falha &apos;%1&apos; precisa de um código de status, um destes: %2</translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; has too many parts: use NAME[:RATE]</source>
        <translation>a falha &apos;%1&apos; tem partes demais: use NAME[:RATE]</translation>
    </message>
    <message>
        <source>fault &apos;%1&apos; has a bad rate: use a number from 0 to 1</source>
        <translation>a falha &apos;%1&apos; tem uma taxa inválida: use um número de 0 a 1</translation>
    </message>
</context>
<context>
    <name>FlagGridModel</name>
    <message>
        <source>Flag of %1</source>
        <translation>Bandeira: %1</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2 ms on the wire</source>
        <translation>%1, %2 ms em trânsito</translation>
    </message>
    <message>
        <source>Flag of %1, unchanged since the last run</source>
        <translation>Bandeira de %1, inalterada desde a última execução</translation>
    </message>
    <message>
        <source>Unchanged since the last run: the server answered 304, the file was kept</source>
        <translation>Inalterada desde a última execução: o servidor respondeu 304 e o arquivo foi mantido</translation>
    </message>
</context>
<context>
    <name>FlagSaver</name>
    <message>
        <source>The server sent an empty body (%1)</source>
        <translation>O servidor enviou um corpo vazio (%1)</translation>
    </message>
    <message>
        <source>Not an image (%1, %2)</source>
        <translation>Não é uma imagem (%1, %2)</translation>
    </message>
    <message>
        <source>Could not save %1: the name is not a plain file name in %2</source>
        <translation>Não foi possível salvar %1: o nome não é um nome de arquivo simples em %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: a folder of that name is in the way</source>
        <translation>Não foi possível salvar %1: já existe uma pasta com esse nome</translation>
    </message>
    <message>
        <source>Could not save %1: a link of that name is in the way</source>
        <translation>Não foi possível salvar %1: já existe um link com esse nome</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sem tipo de conteúdo</translation>
    </message>
    <message>
        <source>%1 no longer reads as an image: %2</source>
        <translation>%1 não pode mais ser lido como imagem: %2</translation>
    </message>
</context>
<context>
    <name>FlagServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não é possível escutar em %1, porta %2: %3</translation>
    </message>
</context>
<context>
    <name>FlagSite</name>
    <message>
        <source>Unknown server %1: use one of %2</source>
        <translation>Servidor desconhecido %1: use um destes: %2</translation>
    </message>
</context>
<context>
    <name>Flags2Report</name>
    <message>
        <source>%1 site: %2
</source>
        <translation>Site %1: %2
</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 OK</source>
        <translation>%1 OK</translation>
    </message>
    <message>
        <source>%1 OK (%2)</source>
        <translation>%1 OK (%2)</translation>
    </message>
    <message>
        <source>%1 not found: %2</source>
        <translation>%1 não encontrada: %2</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelada</translation>
    </message>
    <message>
        <source>%1 error: %2</source>
        <translation>%1 erro: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 not found.</source>
        <translation>
            <numerusform>%1 não encontrada.</numerusform>
            <numerusform>%1 não encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 retried after a transient failure.</source>
        <translation>%1 com nova tentativa após falha transitória.</translation>
    </message>
    <message>
        <source>Elapsed time: %1s</source>
        <translation>Tempo decorrido: %1s</translation>
    </message>
    <message numerus="yes">
        <source>Searching for %n flag(s): %1
</source>
        <translation>
            <numerusform>Buscando %n bandeira: %1
</numerusform>
            <numerusform>Buscando %n bandeiras: %1
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) will be used.
</source>
        <translation>
            <numerusform>Será usada %n conexão.
</numerusform>
            <numerusform>Serão usadas %n conexões simultâneas.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 flag(s) downloaded.</source>
        <translation>
            <numerusform>%1 bandeira baixada.</numerusform>
            <numerusform>%1 bandeiras baixadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 error(s).</source>
        <translation>
            <numerusform>%1 erro.</numerusform>
            <numerusform>%1 erros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n flag(s) were not fetched.</source>
        <translation>
            <numerusform>Cancelado: %1 de %n bandeira não foi baixada.</numerusform>
            <numerusform>Cancelado: %1 de %n bandeiras não foram baixadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 inalterada</translation>
    </message>
    <message numerus="yes">
        <source>%1 unchanged.</source>
        <translation>
            <numerusform>%1 inalterada.</numerusform>
            <numerusform>%1 inalteradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 KiB/s</source>
        <translation>%1 KiB/s</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>qflags Guide</source>
        <translation>Guia do qflags</translation>
    </message>
    <message>
        <source>&lt;h3&gt;What qflags does&lt;/h3&gt;&lt;p&gt;qflags downloads country flags, many at a time, and shows them as they arrive. It is the desktop form of the flags2 examples of &lt;i&gt;Fluent Python&lt;/i&gt;: the same servers, the same country codes, the same counts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;O que o qflags faz&lt;/h3&gt;&lt;p&gt;O qflags baixa bandeiras de países, muitas de uma vez, e as mostra à medida que chegam. É a versão para desktop dos exemplos flags2 do livro &lt;i&gt;Python Fluente&lt;/i&gt;: os mesmos servidores, os mesmos códigos de países, as mesmas contagens.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Why concurrency helps&lt;/h3&gt;&lt;p&gt;A download spends nearly all its time waiting: for the connection, for the server to answer, for the bytes to travel. The computer is idle meanwhile. With one request at a time, 20 flags from a server that takes a second to answer take 20 seconds; with 20 in flight at once, about one second. Concurrency does not make a request faster: it stops the waits from adding up.&lt;/p&gt;&lt;p&gt;It has limits. Past a point the server, the network or the disk becomes the bottleneck, and some servers refuse clients that open too many connections. The &lt;b&gt;Sweep&lt;/b&gt; tab measures where that point is.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Por que a concorrência ajuda&lt;/h3&gt;&lt;p&gt;Um download passa quase todo o tempo esperando: pela conexão, pela resposta do servidor, pela viagem dos bytes. Enquanto isso, o computador fica ocioso. Com uma requisição por vez, 20 bandeiras de um servidor que leva um segundo para responder levam 20 segundos; com 20 em andamento ao mesmo tempo, cerca de um segundo. A concorrência não deixa uma requisição mais rápida: ela impede que as esperas se somem.&lt;/p&gt;&lt;p&gt;Ela tem limites. A partir de certo ponto, o servidor, a rede ou o disco vira o gargalo, e alguns servidores recusam clientes que abrem conexões demais. A aba &lt;b&gt;Varredura&lt;/b&gt; mede onde fica esse ponto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The servers&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LOCAL&lt;/b&gt;: a server built into qflags, on this computer, answering at once.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DELAY&lt;/b&gt;: the same server, waiting before each answer, as a distant server would. This is where concurrency shows.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERROR&lt;/b&gt;: the same server, failing some requests on purpose with &lt;i&gt;418 I&apos;m a teapot&lt;/i&gt;. &lt;b&gt;Retry Failed&lt;/b&gt; fetches them again.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMOTE&lt;/b&gt;: the book&apos;s own server on the internet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Custom URL template&lt;/b&gt;: any server; {cc} stands for the lower-case country code, {CC} for the upper-case one.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Os servidores&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;LOCAL&lt;/b&gt;: um servidor embutido no qflags, neste computador, que responde na hora.&lt;/li&gt;&lt;li&gt;&lt;b&gt;DELAY&lt;/b&gt;: o mesmo servidor, esperando antes de cada resposta, como faria um servidor distante. É aqui que a concorrência faz diferença.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ERROR&lt;/b&gt;: o mesmo servidor, fazendo algumas requisições falharem de propósito com &lt;i&gt;418 I&apos;m a teapot&lt;/i&gt;. &lt;b&gt;Tentar de novo as falhas&lt;/b&gt; baixa essas bandeiras de novo.&lt;/li&gt;&lt;li&gt;&lt;b&gt;REMOTE&lt;/b&gt;: o próprio servidor do livro, na internet.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Modelo de URL personalizado&lt;/b&gt;: qualquer servidor; {cc} representa o código do país em minúsculas, {CC} em maiúsculas.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;When a run stops&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Cancel&lt;/b&gt; (Esc) aborts the requests on the wire; flags being saved are finished, so no half-written file is ever left. &lt;b&gt;Continue&lt;/b&gt; then fetches the codes that did not finish. &lt;b&gt;Retry Failed&lt;/b&gt; fetches the codes that failed. &lt;b&gt;Save Report&lt;/b&gt; writes every code&apos;s result and times as CSV or JSON.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quando uma execução para&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Cancelar&lt;/b&gt; (Esc) interrompe as requisições em trânsito; as bandeiras que estão sendo salvas são concluídas, então nunca sobra um arquivo gravado pela metade. &lt;b&gt;Continuar&lt;/b&gt; depois baixa os códigos que não terminaram. &lt;b&gt;Tentar de novo as falhas&lt;/b&gt; baixa os códigos que falharam. &lt;b&gt;Salvar relatório&lt;/b&gt; grava o resultado e os tempos de cada código em CSV ou JSON.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The window&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Settings&lt;/b&gt; (F9 shows or hides it): the server, the countries, where to save, and &lt;b&gt;Concurrency&lt;/b&gt;, the number of requests in flight at once. Concurrency can be changed during a run.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Flags&lt;/b&gt;: each flag as it is saved. Double-click one to open it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Timeline&lt;/b&gt;: one bar per request, from the moment it was queued to the moment its file was saved, split into its phases as a browser&apos;s network panel shows them: queued (waiting for a slot under the concurrency), blocked (waiting for a connection), connect or TLS (a new connection: a request on a connection already open has none), wait (the server thinking) and receive (the bytes arriving). With low concurrency the bars form a staircase; with high concurrency they start together. The summary says where the run&apos;s time went, and &lt;b&gt;File ▸ Save as HAR&lt;/b&gt; writes every request for a browser&apos;s HAR viewer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Sweep&lt;/b&gt;: the same run at several concurrency levels, timed, against the ideal time for the server&apos;s delay. Tick &lt;b&gt;Events and threads&lt;/b&gt; to run each level both ways: against a server that only waits, both lines follow the ideal (waiting costs neither anything), while the table&apos;s Threads and Peak MiB show what the waiting costs: a few threads for the event loop, one thread per request for the pool. That cost is why a thread pool is kept small.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Errors&lt;/b&gt; (F8): what went wrong with each code, in words.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;status bar&lt;/b&gt;: flags downloaded, not found and failed, requests in flight, time and rate.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;A janela&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Configurações&lt;/b&gt; (F9 mostra ou oculta): o servidor, os países, onde salvar e a &lt;b&gt;Concorrência&lt;/b&gt;, o número de requisições em andamento ao mesmo tempo. A concorrência pode ser alterada durante uma execução.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Bandeiras&lt;/b&gt;: cada bandeira assim que é salva. Clique duas vezes em uma para abri-la.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Linha do tempo&lt;/b&gt;: uma barra por requisição, do momento em que entrou na fila até o momento em que seu arquivo foi salvo, dividida em suas fases como o painel de rede de um navegador as mostra: na fila (esperando uma vaga sob a concorrência), bloqueado (esperando uma conexão), conexão ou TLS (uma conexão nova: uma requisição numa conexão já aberta não tem), espera (o servidor pensando) e recepção (os bytes chegando). Com concorrência baixa, as barras formam uma escada; com concorrência alta, começam juntas. O resumo diz para onde foi o tempo da execução, e &lt;b&gt;Arquivo ▸ Salvar como HAR&lt;/b&gt; grava cada requisição para o visualizador de HAR de um navegador.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Varredura&lt;/b&gt;: a mesma execução em vários níveis de concorrência, cronometrada e comparada com o tempo ideal para o atraso do servidor. Marque &lt;b&gt;Eventos e threads&lt;/b&gt; para rodar cada nível dos dois modos: contra um servidor que só espera, as duas linhas seguem o ideal (esperar não custa nada a nenhum), enquanto as colunas Threads e Pico MiB da tabela mostram o que a espera custa: poucas threads para o laço de eventos, uma thread por requisição para o pool. Esse custo é o motivo de um pool de threads ser mantido pequeno.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Erros&lt;/b&gt; (F8): o que deu errado com cada código, em palavras.&lt;/li&gt;&lt;li&gt;A &lt;b&gt;barra de status&lt;/b&gt;: bandeiras baixadas, não encontradas e com falha, requisições em andamento, tempo e taxa.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>HarLog</name>
    <message>
        <source>Could not save the HAR file %1: %2</source>
        <translation>Não foi possível salvar o arquivo HAR %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, %n flag(s) at concurrency %3</source>
        <translation>
            <numerusform>%1 %2, %n bandeira com concorrência %3</numerusform>
            <numerusform>%1 %2, %n bandeiras com concorrência %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HAR file saved to %1 (%n request(s))</source>
        <translation>
            <numerusform>Arquivo HAR salvo em %1 (%n requisição)</numerusform>
            <numerusform>Arquivo HAR salvo em %1 (%n requisições)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop: requests on the wire are aborted, saves finish (Esc)</source>
        <translation>Parar: as requisições em trânsito são interrompidas, os salvamentos terminam (Esc)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Fetch the codes the cancelled run did not finish, into the same folder</source>
        <translation>Baixar os códigos que a execução cancelada não concluiu, na mesma pasta</translation>
    </message>
    <message>
        <source>&amp;Retry Failed</source>
        <translation>&amp;Tentar de novo as falhas</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <source>&amp;Open Download Folder</source>
        <translation>&amp;Abrir pasta de download</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>qflags &amp;Guide</source>
        <translation>&amp;Guia do qflags</translation>
    </message>
    <message>
        <source>&amp;About qflags</source>
        <translation>&amp;Sobre o qflags</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Execução</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message numerus="yes">
        <source>Errors (%n)</source>
        <translation>
            <numerusform>Erros (%n)</numerusform>
            <numerusform>Erros (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Settings Panel</source>
        <translation>Painel de &amp;configurações</translation>
    </message>
    <message>
        <source>&amp;Errors Panel</source>
        <translation>Painel de &amp;erros</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barra de ferramentas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Downloaded flags</source>
        <translation>Bandeiras baixadas</translation>
    </message>
    <message>
        <source>Fl&amp;ags</source>
        <translation>&amp;Bandeiras</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Lin&amp;ha do tempo</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>&amp;Varredura</translation>
    </message>
    <message>
        <source>Sweep: %p%</source>
        <translation>Varredura: %p%</translation>
    </message>
    <message>
        <source>Sweep starting</source>
        <translation>Iniciando a varredura</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Varredura</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Sweep: %1</source>
        <translation>Varredura: %1</translation>
    </message>
    <message>
        <source>About qflags</source>
        <translation>Sobre o qflags</translation>
    </message>
    <message>
        <source>&lt;h3&gt;qflags %1&lt;/h3&gt;&lt;p&gt;Downloads country flags concurrently and shows them as they arrive: the desktop form of the flags2 examples of &lt;i&gt;Fluent Python&lt;/i&gt;, 2nd edition, by Luciano Ramalho (chapters 20 and 21).&lt;/p&gt;&lt;p&gt;The built-in server&apos;s flags are Debian&apos;s iso-flags-png-320x240 (public domain); their country names come from Debian&apos;s iso-codes. The REMOTE server is the book&apos;s, fluentpython.com.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;qflags %1&lt;/h3&gt;&lt;p&gt;Baixa bandeiras de países de forma concorrente e as mostra à medida que chegam: a versão para desktop dos exemplos flags2 do livro &lt;i&gt;Python Fluente&lt;/i&gt; (&lt;i&gt;Fluent Python&lt;/i&gt;), 2ª edição, de Luciano Ramalho (capítulos 20 e 21).&lt;/p&gt;&lt;p&gt;As bandeiras do servidor embutido são do pacote iso-flags-png-320x240 do Debian (domínio público); os nomes dos países vêm do iso-codes do Debian. O servidor REMOTE é o do livro, fluentpython.com.&lt;/p&gt;&lt;p&gt;Licenciado sob a licença MIT. Feito com Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Run a long sweep?</source>
        <translation>Fazer uma varredura longa?</translation>
    </message>
    <message numerus="yes">
        <source>This sweep will take at least %1: each level fetches all %n flag(s), and the lowest levels wait for the server&apos;s delay many times over.</source>
        <translation>
            <numerusform>Esta varredura vai levar pelo menos %1: cada nível baixa %n bandeira, e os níveis mais baixos esperam o atraso do servidor muitas vezes.</numerusform>
            <numerusform>Esta varredura vai levar pelo menos %1: cada nível baixa todas as %n bandeiras, e os níveis mais baixos esperam o atraso do servidor muitas vezes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer countries, a shorter delay, or leaving out the lowest levels make it shorter.</source>
        <translation>Menos países, um atraso menor ou deixar de fora os níveis mais baixos a tornam mais curta.</translation>
    </message>
    <message>
        <source>Run the Sweep</source>
        <translation>Fazer a varredura</translation>
    </message>
    <message>
        <source>%1, %2 never started.</source>
        <translation>%1; não iniciadas: %2.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>  ·  retried %1</source>
        <translation>  ·  novas tentativas %1</translation>
    </message>
    <message>
        <source>  ·  cancelled %1  ·  not started %2</source>
        <translation>  ·  canceladas %1  ·  não iniciadas %2</translation>
    </message>
    <message>
        <source>  ·  cancelled %1</source>
        <translation>  ·  canceladas %1</translation>
    </message>
    <message>
        <source>Downloaded %1  ·  not found %2  ·  errors %3%4  ·  in flight %5 of %6  ·  %7 s  ·  %8 flags/s%9</source>
        <translation>Baixadas %1  ·  não encontradas %2  ·  erros %3%4  ·  em andamento %5 de %6  ·  %7 s  ·  %8 bandeiras/s%9</translation>
    </message>
    <message>
        <source>Save the run&apos;s report</source>
        <translation>Salvar o relatório da execução</translation>
    </message>
    <message>
        <source>CSV table (*.csv);;JSON (*.json)</source>
        <translation>Tabela CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Relatório não salvo</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Relatório salvo em %1</translation>
    </message>
    <message>
        <source>Start downloading (Enter)</source>
        <translation>Começar a baixar (Enter)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Não está pronto</translation>
    </message>
    <message numerus="yes">
        <source>Fetch the %n code(s) the cancelled run did not finish, into the same folder</source>
        <translation>
            <numerusform>Baixar o %n código que a execução cancelada não concluiu, na mesma pasta</numerusform>
            <numerusform>Baixar os %n códigos que a execução cancelada não concluiu, na mesma pasta</numerusform>
        </translation>
    </message>
    <message>
        <source>A run is going on</source>
        <translation>Há uma execução em andamento</translation>
    </message>
    <message>
        <source>Download the codes that failed again</source>
        <translation>Baixar de novo os códigos que falharam</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open containing &amp;folder</source>
        <translation>Abrir a &amp;pasta do arquivo</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message numerus="yes">
        <source>%n was cancelled on the wire</source>
        <translation>
            <numerusform>%n foi cancelada em trânsito</numerusform>
            <numerusform>%n foram canceladas em trânsito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, cancelled (%n)</source>
        <translation>
            <numerusform>, cancelada (%n)</numerusform>
            <numerusform>, canceladas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n code(s) so far: %1 downloaded, %2 not found, %3 errors, %4 not fetched</source>
        <translation>
            <numerusform>Todos os %n código até agora: %1 baixadas, %2 não encontradas, %3 erros, %4 não baixadas</numerusform>
            <numerusform>Todos os %n códigos até agora: %1 baixadas, %2 não encontradas, %3 erros, %4 não baixadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  ·  unchanged %2</source>
        <translation>%1  ·  inalteradas %2</translation>
    </message>
    <message>
        <source>Save as &amp;HAR…</source>
        <translation>Salvar como HAR (&amp;K)…</translation>
    </message>
    <message>
        <source>Save every request of the last run with its headers and timings as an HTTP Archive, which browsers&apos; developer tools open</source>
        <translation>Salva cada requisição da última execução, com seus cabeçalhos e tempos, como um HTTP Archive, que as ferramentas de desenvolvedor dos navegadores abrem</translation>
    </message>
    <message>
        <source>Save the run&apos;s requests as HAR</source>
        <translation>Salvar as requisições da execução como HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>HAR file not saved</source>
        <translation>Arquivo HAR não salvo</translation>
    </message>
    <message>
        <source>Not enough threads</source>
        <translation>Threads insuficientes</translation>
    </message>
    <message numerus="yes">
        <source>The threads strategy needs %n thread(s) at once, one per request.</source>
        <translation>
            <numerusform>A estratégia threads precisa de %n thread ao mesmo tempo, uma por requisição.</numerusform>
            <numerusform>A estratégia threads precisa de %n threads ao mesmo tempo, uma por requisição.</numerusform>
        </translation>
    </message>
    <message>
        <source>Concurrency kept at %1: %2</source>
        <translation>Concorrência mantida em %1: %2</translation>
    </message>
</context>
<context>
    <name>PhaseShares</name>
    <message>
        <source>%1 %2 %</source>
        <extracomment>A phase and its share of the run&apos;s time: &quot;waiting for the server 82 %&quot;</extracomment>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Time went to: %1.</source>
        <translation>O tempo foi para: %1.</translation>
    </message>
</context>
<context>
    <name>ProxyPolicy</name>
    <message>
        <source>no proxy given (a URL such as http://127.0.0.1:3128, or none)</source>
        <translation>nenhum proxy informado (uma URL como http://127.0.0.1:3128, ou none)</translation>
    </message>
    <message>
        <source>HTTPS proxies are not supported: use http:// (requests to https servers still go through it encrypted)</source>
        <translation>proxies HTTPS não são suportados: use http:// (pedidos a servidores https passam por ele cifrados mesmo assim)</translation>
    </message>
    <message>
        <source>the proxy must be http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>o proxy deve ser http://HOST:PORTA ou socks5://HOST:PORTA</translation>
    </message>
</context>
<context>
    <name>QHttp</name>
    <message>
        <source>SSL handshake failed</source>
        <translation>A negociação de SSL falhou</translation>
    </message>
</context>
<context>
    <name>RequestPhaseBreakdown</name>
    <message>
        <source>waiting in the queue</source>
        <translation>esperando na fila</translation>
    </message>
    <message>
        <source>waiting for a connection</source>
        <translation>esperando uma conexão</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connecting with TLS</source>
        <translation>conectando com TLS</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>esperando o servidor</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>recebendo</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>salvando</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>conexão</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>send</source>
        <translation>envio</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>espera</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>recepção</translation>
    </message>
    <message>
        <source>save</source>
        <translation>gravação</translation>
    </message>
</context>
<context>
    <name>RunForm</name>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>Any server: {cc} is the lower-case country code, {CC} the upper-case one</source>
        <translation>Qualquer servidor: {cc} é o código do país em minúsculas, {CC} em maiúsculas</translation>
    </message>
    <message>
        <source>URL template</source>
        <translation>Modelo de URL</translation>
    </message>
    <message>
        <source>&amp;URL template:</source>
        <translation>Modelo de &amp;URL:</translation>
    </message>
    <message>
        <source>Built-in server:</source>
        <translation>Servidor embutido:</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Países:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite:</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>&amp;Concorrência:</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Salvar e&amp;m:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up on a request that receives nothing for this long while on the wire</source>
        <translation>Desistir de uma requisição em trânsito que passar esse tempo sem receber nada</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tempo limite em segundos</translation>
    </message>
    <message>
        <source>retry </source>
        <translation>repetir </translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Novas tentativas</translation>
    </message>
    <message>
        <source>Fresh requests after a failure that may pass: refused or reset connections, timeouts, 408, 429, 500, 502, 503, 504</source>
        <translation>Novas requisições após uma falha que pode ser passageira: conexões recusadas ou reiniciadas, tempo limite esgotado, 408, 429, 500, 502, 503, 504</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Nomes:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>LOCAL — built-in server, fast</source>
        <translation>LOCAL — servidor embutido, rápido</translation>
    </message>
    <message>
        <source>DELAY — built-in server, slow answers</source>
        <translation>DELAY — servidor embutido, respostas lentas</translation>
    </message>
    <message>
        <source>ERROR — built-in server, some 418 errors</source>
        <translation>ERROR — servidor embutido, alguns erros 418</translation>
    </message>
    <message>
        <source>REMOTE — fluentpython.com</source>
        <translation>REMOTE — fluentpython.com</translation>
    </message>
    <message>
        <source>Custom URL template</source>
        <translation>Modelo de URL personalizado</translation>
    </message>
    <message>
        <source>Shortest delay</source>
        <translation>Atraso mínimo</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>Atraso máximo</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of requests answered 418</source>
        <translation>Fração das requisições respondidas com 418</translation>
    </message>
    <message>
        <source>Share of requests the built-in server answers 418 I&apos;m a teapot</source>
        <translation>Fração das requisições que o servidor embutido responde com 418 I&apos;m a teapot</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>atraso</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>erros</translation>
    </message>
    <message>
        <source>answered 418</source>
        <translation>com resposta 418</translation>
    </message>
    <message>
        <source>empty: the 20 most populous</source>
        <translation>vazio: os 20 mais populosos</translation>
    </message>
    <message>
        <source>Country codes or first letters, as on the command line: &quot;BR CN A&quot; (A = AA to AZ), -a for all 194, -e for every code AA to ZZ; empty for the 20 most populous</source>
        <translation>Códigos de países ou letras iniciais, como na linha de comando: &quot;BR CN A&quot; (A = AA a AZ), -a para todos os 194, -e para todos os códigos de AA a ZZ; vazio para os 20 mais populosos</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>Códigos de países</translation>
    </message>
    <message>
        <source>Top 20</source>
        <translation>Top 20</translation>
    </message>
    <message>
        <source>All 194</source>
        <translation>Todos os 194</translation>
    </message>
    <message>
        <source>Every AA–ZZ</source>
        <translation>Todos AA–ZZ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>first </source>
        <translation>primeiros </translation>
    </message>
    <message>
        <source>Limit: only the first N codes</source>
        <translation>Limite: só os N primeiros códigos</translation>
    </message>
    <message>
        <source>Only the first N codes, after sorting</source>
        <translation>Só os N primeiros códigos, após a ordenação</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Pasta de destino</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>Open fol&amp;der</source>
        <translation>Abr&amp;ir pasta</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Concorrência</translation>
    </message>
    <message>
        <source>Requests in flight at once: 1 to 30 step by step, then up to 1000</source>
        <translation>Requisições em andamento ao mesmo tempo: de 1 a 30, de uma em uma, depois até 1000</translation>
    </message>
    <message>
        <source>Concurrency value</source>
        <translation>Valor da concorrência</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> simultâneas</translation>
    </message>
    <message>
        <source>The shortest delay is %1 to %2 s</source>
        <translation>O atraso mínimo vai de %1 a %2 s</translation>
    </message>
    <message>
        <source>The longest delay is %1 to %2 s</source>
        <translation>O atraso máximo vai de %1 a %2 s</translation>
    </message>
    <message>
        <source>The error rate is %1 to %2 %</source>
        <translation>A taxa de erros vai de %1 a %2 %</translation>
    </message>
    <message>
        <source>Concurrency is %1 to %2</source>
        <translation>A concorrência vai de %1 a %2</translation>
    </message>
    <message>
        <source>The timeout is %1 to %2 s</source>
        <translation>O tempo limite vai de %1 a %2 s</translation>
    </message>
    <message>
        <source>Retries are %1 to %2</source>
        <translation>As novas tentativas vão de %1 a %2</translation>
    </message>
    <message>
        <source>Answers can take up to %1 s, longer than the timeout: the slower requests will fail, on purpose.</source>
        <translation>As respostas podem levar até %1 s, mais que o tempo limite: as requisições mais lentas vão falhar, de propósito.</translation>
    </message>
    <message>
        <source>Save flags to</source>
        <translation>Salvar bandeiras em</translation>
    </message>
    <message>
        <source>BR will be fetched from %1</source>
        <translation>BR será baixada de %1</translation>
    </message>
    <message>
        <source>“%1” is not a country code: type two letters (BR), one letter (B for BA to BZ), -a or -e</source>
        <translation>“%1” não é um código de país: digite duas letras (BR), uma letra (B para BA a BZ), -a ou -e</translation>
    </message>
    <message>
        <source>The limit is 1 to %1, or 0 for no limit</source>
        <translation>O limite vai de 1 a %1, ou 0 para nenhum limite</translation>
    </message>
    <message>
        <source>Flags are saved here as they arrive</source>
        <translation>As bandeiras são salvas aqui à medida que chegam</translation>
    </message>
    <message>
        <source>Choose a folder to save the flags in</source>
        <translation>Escolha uma pasta para salvar as bandeiras</translation>
    </message>
    <message>
        <source>Type the full path, such as %1</source>
        <translation>Digite o caminho completo, como %1</translation>
    </message>
    <message>
        <source>This is a file, not a folder</source>
        <translation>Isto é um arquivo, não uma pasta</translation>
    </message>
    <message>
        <source>This folder is read-only for you: choose another one</source>
        <translation>Esta pasta é somente leitura para você: escolha outra</translation>
    </message>
    <message>
        <source>Flags already here are replaced when they arrive again</source>
        <translation>As bandeiras que já estão aqui são substituídas quando chegam de novo</translation>
    </message>
    <message>
        <source>Cannot create this folder: %1 is a broken link</source>
        <translation>Não é possível criar esta pasta: %1 é um link quebrado</translation>
    </message>
    <message>
        <source>Cannot create this folder: %1 is a file</source>
        <translation>Não é possível criar esta pasta: %1 é um arquivo</translation>
    </message>
    <message>
        <source>Cannot create this folder: %1 is read-only for you</source>
        <translation>Não é possível criar esta pasta: %1 é somente leitura para você</translation>
    </message>
    <message>
        <source>This folder will be created</source>
        <translation>Esta pasta será criada</translation>
    </message>
    <message>
        <source>Show the folder in your file manager</source>
        <translation>Mostrar a pasta no gerenciador de arquivos</translation>
    </message>
    <message>
        <source>The folder does not exist yet</source>
        <translation>A pasta ainda não existe</translation>
    </message>
    <message>
        <source>Fetch country &amp;names</source>
        <translation>Baixar nomes &amp;dos países</translation>
    </message>
    <message>
        <source>After each flag, ask the server for the country&apos;s name ({cc}/metadata.json, as flags3 does), under the same concurrency limit. Without an answer, the system&apos;s name is shown.</source>
        <translation>Depois de cada bandeira, pedir ao servidor o nome do país ({cc}/metadata.json, como faz o flags3), sob o mesmo limite de concorrência. Sem resposta, é mostrado o nome do sistema.</translation>
    </message>
    <message>
        <source>Name files b&amp;y country</source>
        <translation>Nomear ar&amp;quivos pelo país</translation>
    </message>
    <message>
        <source>Save &quot;Côte d&apos;Ivoire.png&quot; instead of &quot;ci.png&quot;. Names are made safe for every file system; a name taken twice gets the code, as in &quot;Congo (CD).png&quot;.</source>
        <translation>Salvar &quot;Côte d&apos;Ivoire.png&quot; em vez de &quot;ci.png&quot;. Os nomes ficam seguros para qualquer sistema de arquivos; um nome repetido recebe o código, como em &quot;Congo (CD).png&quot;.</translation>
    </message>
    <message numerus="yes">
        <source> time(s)</source>
        <translation>
            <numerusform> vez</numerusform>
            <numerusform> vezes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n flag(s) will be fetched</source>
        <translation>
            <numerusform>Será baixada %1 de %n bandeira</numerusform>
            <numerusform>Serão baixadas as primeiras %1 de %n bandeiras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) will be fetched</source>
        <translation>
            <numerusform>%n bandeira será baixada</numerusform>
            <numerusform>%n bandeiras serão baixadas</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep saves into scratch folders; this one is not touched</source>
        <translation>A varredura salva em pastas temporárias; esta não é alterada</translation>
    </message>
    <message>
        <source>A flag an earlier run saved in this folder is asked for with its ETag and date (If-None-Match, If-Modified-Since): when the server answers 304 Not Modified, the file stays and is not downloaded again</source>
        <translation>Uma bandeira salva nesta pasta por uma execução anterior é pedida com sua ETag e data (If-None-Match, If-Modified-Since): quando o servidor responde 304 Not Modified, o arquivo fica e não é baixado de novo</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) already here: downloaded again only if changed</source>
        <translation>
            <numerusform>%n bandeira já aqui: baixada de novo só se mudou</numerusform>
            <numerusform>%n bandeiras já aqui: baixadas de novo só se mudaram</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the proxy that http_proxy, https_proxy and no_proxy name, else the desktop&apos;s. &quot;none&quot;: no proxy. Or one for this window: http://[user:password@]host:port, or socks5://host:port. A password is used, never shown, and not remembered.</source>
        <translation>Vazio: o proxy que http_proxy, https_proxy e no_proxy indicam, senão o da área de trabalho. &quot;none&quot;: nenhum proxy. Ou um para esta janela: http://[usuário:senha@]host:porta, ou socks5://host:porta. A senha é usada, nunca mostrada e não é lembrada.</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>Proxy: %1</translation>
    </message>
    <message>
        <source>No proxy, whatever the environment says</source>
        <translation>Nenhum proxy, diga o ambiente o que disser</translation>
    </message>
    <message>
        <source>Every request goes through %1</source>
        <translation>Todos os pedidos passam por %1</translation>
    </message>
    <message>
        <source>&amp;Keep unchanged flags</source>
        <translation>Manter bandeiras inalteradas (&amp;K)</translation>
    </message>
    <message>
        <source>as the environment says</source>
        <translation>como diz o ambiente</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <source>How requests wait for their answers, the two ways of Fluent Python&apos;s flags2 examples: on an event loop (asyncio), or each blocking a thread of a pool (a thread pool), with as many threads as the concurrency</source>
        <translation>Como as requisições esperam suas respostas, dos dois modos dos exemplos flags2 do Python Fluente: num laço de eventos (asyncio), ou cada uma bloqueando uma thread de um pool (thread pool), com tantas threads quanto a concorrência</translation>
    </message>
    <message>
        <source>on events</source>
        <translation>em eventos</translation>
    </message>
    <message>
        <source>on threads</source>
        <translation>em threads</translation>
    </message>
    <message>
        <source>One event loop waits for every request (flags2_asyncio)</source>
        <translation>Um laço de eventos espera todas as requisições (flags2_asyncio)</translation>
    </message>
    <message>
        <source>Each request blocks a thread of its own, as many threads as the concurrency (flags2_threadpool)</source>
        <translation>Cada requisição bloqueia uma thread própria, tantas threads quanto a concorrência (flags2_threadpool)</translation>
    </message>
</context>
<context>
    <name>RunOptionsParser</name>
    <message>
        <source>get all available flags (the 194 of the flags2 set)</source>
        <translation>baixar todas as bandeiras disponíveis (as 194 do conjunto flags2)</translation>
    </message>
    <message>
        <source>get flags for every possible code (AA...ZZ)</source>
        <translation>baixar bandeiras para todos os códigos possíveis (AA...ZZ)</translation>
    </message>
    <message>
        <source>limit to N first codes</source>
        <translation>limitar aos N primeiros códigos</translation>
    </message>
    <message>
        <source>maximum concurrent requests (default=%1, at most %2)</source>
        <translation>máximo de requisições simultâneas (padrão=%1, no máximo %2)</translation>
    </message>
    <message>
        <source>server to hit; one of %1 (default=LOCAL)</source>
        <translation>servidor a acessar; um destes: %1 (padrão=LOCAL)</translation>
    </message>
    <message>
        <source>any other server: a URL template with {cc} (lower case) or {CC} (upper case)</source>
        <translation>qualquer outro servidor: um modelo de URL com {cc} (minúsculas) ou {CC} (maiúsculas)</translation>
    </message>
    <message>
        <source>seconds a request may wait for data while on the wire (default=%1)</source>
        <translation>segundos que uma requisição em trânsito pode esperar por dados (padrão=%1)</translation>
    </message>
    <message>
        <source>fresh requests after a transient failure: refused, reset, timeout, 408, 429, 500, 502, 503, 504 (default=%1)</source>
        <translation>novas requisições após uma falha transitória: recusada, reiniciada, tempo limite, 408, 429, 500, 502, 503, 504 (padrão=%1)</translation>
    </message>
    <message>
        <source>folder to save flags in (default=%1)</source>
        <translation>pasta onde salvar as bandeiras (padrão=%1)</translation>
    </message>
    <message>
        <source>output detailed progress info</source>
        <translation>mostrar informações detalhadas do progresso</translation>
    </message>
    <message>
        <source>also fetch each country&apos;s name (flags3: {cc}/metadata.json next to the flag)</source>
        <translation>baixar também o nome de cada país (flags3: {cc}/metadata.json junto à bandeira)</translation>
    </message>
    <message>
        <source>save flags under their country&apos;s name (&quot;Côte d&apos;Ivoire.png&quot;); implies --names</source>
        <translation>salvar as bandeiras com o nome do país (&quot;Côte d&apos;Ivoire.png&quot;); implica --names</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM) for this run, beside the system&apos;s</source>
        <translation>confiar também nos certificados de CA em FILE (PEM) nesta execução, além dos do sistema</translation>
    </message>
    <message>
        <source>country code or 1st letter (eg. B for BA...BZ)</source>
        <translation>código de país ou 1ª letra (ex.: B para BA...BZ)</translation>
    </message>
    <message>
        <source>*** Usage error: --max_req CONCURRENT must be a whole number &gt;= 1</source>
        <translation>*** Erro de uso: --max_req CONCURRENT deve ser um número inteiro &gt;= 1</translation>
    </message>
    <message>
        <source>*** Usage error: --limit N must be a whole number &gt;= 1</source>
        <translation>*** Erro de uso: --limit N deve ser um número inteiro &gt;= 1</translation>
    </message>
    <message>
        <source>*** Usage error: --server LABEL must be one of %1</source>
        <translation>*** Erro de uso: --server LABEL deve ser um destes: %1</translation>
    </message>
    <message>
        <source>*** Usage error: --url: %1</source>
        <translation>*** Erro de uso: --url: %1</translation>
    </message>
    <message>
        <source>*** Usage error: --timeout SECONDS must be a number above 0 and at most 3600</source>
        <translation>*** Erro de uso: --timeout SECONDS deve ser um número maior que 0 e no máximo 3600</translation>
    </message>
    <message>
        <source>*** Usage error: --retries N must be from 0 to %1</source>
        <translation>*** Erro de uso: --retries N deve ser de 0 a %1</translation>
    </message>
    <message>
        <source>*** Usage error: --dest DIR must not be empty</source>
        <translation>*** Erro de uso: --dest DIR não pode ser vazio</translation>
    </message>
    <message>
        <source>*** Usage error: --cacert FILE must not be empty</source>
        <translation>*** Erro de uso: --cacert FILE não pode ser vazio</translation>
    </message>
    <message>
        <source>*** Usage error: --cacert %1: %2</source>
        <translation>*** Erro de uso: --cacert %1: %2</translation>
    </message>
    <message>
        <source>*** Usage error: %1</source>
        <translation>*** Erro de uso: %1</translation>
    </message>
    <message>
        <source>a link to %1, which does not exist</source>
        <translation>um link para %1, que não existe</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>arquivo inexistente</translation>
    </message>
    <message>
        <source>a folder, not a file (PEM expected)</source>
        <translation>uma pasta, não um arquivo (esperado PEM)</translation>
    </message>
    <message>
        <source>not a regular file (PEM expected)</source>
        <translation>não é um arquivo comum (esperado PEM)</translation>
    </message>
    <message>
        <source>too large for a file of certificates (%1, at most %2)</source>
        <translation>grande demais para um arquivo de certificados (%1, no máximo %2)</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>sem permissão de leitura</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>não foi possível ler: %1</translation>
    </message>
    <message>
        <source>the file is empty (PEM expected)</source>
        <translation>o arquivo está vazio (esperado PEM)</translation>
    </message>
    <message>
        <source>certificate %1 in it has no end line (%2)</source>
        <translation>o certificado %1 do arquivo não tem linha final (%2)</translation>
    </message>
    <message>
        <source>certificate %1 in it is damaged (PEM expected)</source>
        <translation>o certificado %1 do arquivo está danificado (esperado PEM)</translation>
    </message>
    <message>
        <source>no certificate in it (PEM expected)</source>
        <translation>nenhum certificado no arquivo (esperado PEM)</translation>
    </message>
    <message>
        <source>download every flag again, even one saved by an earlier run that the server says is unchanged (by default such a flag is asked for with its ETag and Last-Modified, and a 304 keeps the file)</source>
        <translation>baixar todas as bandeiras de novo, mesmo as salvas por uma execução anterior que o servidor diz estarem inalteradas (por padrão, essa bandeira é pedida com sua ETag e Last-Modified, e um 304 mantém o arquivo)</translation>
    </message>
    <message>
        <source>cut short a transfer that brings fewer than BYTES per second for --speed-time seconds, and retry it like a timeout; 0 for no minimum (default=%1)</source>
        <translation>interromper uma transferência que traga menos de BYTES por segundo durante --speed-time segundos e tentar de novo como num tempo esgotado; 0 para nenhum mínimo (padrão=%1)</translation>
    </message>
    <message>
        <source>how long a transfer may stay under --speed-limit (default=%1)</source>
        <translation>por quanto tempo uma transferência pode ficar abaixo de --speed-limit (padrão=%1)</translation>
    </message>
    <message>
        <source>*** Usage error: --speed-limit BYTES must be a whole number &gt;= 0 (0: no minimum)</source>
        <translation>*** Erro de uso: --speed-limit BYTES deve ser um número inteiro &gt;= 0 (0: nenhum mínimo)</translation>
    </message>
    <message>
        <source>*** Usage error: --speed-time SECONDS must be a number above 0 and at most 3600</source>
        <translation>*** Erro de uso: --speed-time SECONDS deve ser um número acima de 0 e no máximo 3600</translation>
    </message>
    <message>
        <source>send every request through this proxy (http://[USER:PASSWORD@]HOST:PORT or socks5://...), or none; by default the one http_proxy, https_proxy and no_proxy name, else the desktop&apos;s</source>
        <translation>enviar todos os pedidos por este proxy (http://[USUÁRIO:SENHA@]HOST:PORTA ou socks5://...), ou none; por padrão, o que http_proxy, https_proxy e no_proxy indicam, senão o da área de trabalho</translation>
    </message>
    <message>
        <source>*** Usage error: --proxy: %1</source>
        <translation>*** Erro de uso: --proxy: %1</translation>
    </message>
    <message>
        <source>finish a run that was cancelled or killed: fetch only the codes of the selection whose flag is not in the destination yet</source>
        <translation>terminar uma execução cancelada ou interrompida: baixar só os códigos da seleção cuja bandeira ainda não está no destino</translation>
    </message>
    <message>
        <source>how requests wait for their answers: events (on an event loop, as flags2_asyncio; the default) or threads (a blocking request on a thread each, as flags2_threadpool); with --sweep, events,threads runs each level both ways</source>
        <translation>como as requisições esperam suas respostas: events (num laço de eventos, como flags2_asyncio; o padrão) ou threads (uma requisição bloqueante em cada thread, como flags2_threadpool); com --sweep, events,threads roda cada nível dos dois modos</translation>
    </message>
    <message>
        <source>*** Usage error: --strategy takes events, threads or events,threads: %1</source>
        <translation>*** Erro de uso: --strategy aceita events, threads ou events,threads: %1</translation>
    </message>
    <message>
        <source>usage: %1 [-h] [-a] [-e] [-l N] [-m CONCURRENT] [-s LABEL]%2 [-d DIR] [--url TEMPLATE] [--timeout SECONDS] [--retries N] [--names] [--name-files] [--no-conditional] [--speed-limit BYTES] [--speed-time SECONDS] [--proxy URL] [--continue] [--cacert FILE] [--strategy NAME]%3 [CC ...]</source>
        <translation>uso: %1 [-h] [-a] [-e] [-l N] [-m CONCORRENTES] [-s RÓTULO]%2 [-d PASTA] [--url MODELO] [--timeout SEGUNDOS] [--retries N] [--names] [--name-files] [--no-conditional] [--speed-limit BYTES] [--speed-time SEGUNDOS] [--proxy URL] [--continue] [--cacert ARQUIVO] [--strategy NOME]%3 [CC ...]</translation>
    </message>
</context>
<context>
    <name>RunReport</name>
    <message>
        <source>a report is saved as .csv or .json, not as %1</source>
        <translation>um relatório é salvo como .csv ou .json, não como %1</translation>
    </message>
    <message>
        <source>Could not save the report %1: %2</source>
        <translation>Não foi possível salvar o relatório %1: %2</translation>
    </message>
    <message>
        <source>the first line is not the report&apos;s header (%1)</source>
        <translation>a primeira linha não é o cabeçalho do relatório (%1)</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>registro %1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>não é JSON: %1 na posição %2</translation>
    </message>
    <message>
        <source>no &quot;results&quot; list</source>
        <translation>sem a lista &quot;results&quot;</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>resultado %1: %2</translation>
    </message>
    <message>
        <source>a report is a .csv or .json file</source>
        <translation>um relatório é um arquivo .csv ou .json</translation>
    </message>
    <message>
        <source>%1 columns instead of %2</source>
        <translation>%1 colunas em vez de %2</translation>
    </message>
    <message>
        <source>unknown result &quot;%1&quot;</source>
        <translation>resultado desconhecido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a number or the code is missing or malformed</source>
        <translation>um número ou o código está ausente ou malformado</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>linha %1: texto depois das aspas de fechamento</translation>
    </message>
    <message>
        <source>line %1: a quote is never closed</source>
        <translation>linha %1: aspas que nunca se fecham</translation>
    </message>
</context>
<context>
    <name>ServerMain</name>
    <message>
        <source>Serves country flags over HTTP, slowly or unreliably on request, for qflags and the flags2 examples.</source>
        <translation>Serve bandeiras de países por HTTP, devagar ou com falhas se solicitado, para o qflags e os exemplos flags2.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--root must be a directory: %1</source>
        <translation>--root deve ser uma pasta: %1</translation>
    </message>
    <message>
        <source>--delay must be SECONDS or MIN:MAX with 0 &lt;= MIN &lt;= MAX</source>
        <translation>--delay deve ser um número de segundos ou MIN:MAX com 0 &lt;= MIN &lt;= MAX</translation>
    </message>
    <message>
        <source>--error-rate must be a number from 0 to 1</source>
        <translation>--error-rate deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port deve ser um número de 0 a 65535</translation>
    </message>
    <message>
        <source>--bind must be an IP address such as 127.0.0.1</source>
        <translation>--bind deve ser um endereço IP, como 127.0.0.1</translation>
    </message>
    <message>
        <source>--seed must be a number from 0 to 4294967295</source>
        <translation>--seed deve ser um número de 0 a 4294967295</translation>
    </message>
    <message>
        <source>Serve the files under DIR instead of the embedded flag set.</source>
        <translation>Servir os arquivos de DIR em vez do conjunto de bandeiras embutido.</translation>
    </message>
    <message>
        <source>Hold each answer MIN seconds, or a random time from MIN to MAX seconds.</source>
        <translation>Segurar cada resposta por MIN segundos, ou por um tempo aleatório de MIN a MAX segundos.</translation>
    </message>
    <message>
        <source>Answer a fraction P (0 to 1) of requests 418.</source>
        <translation>Responder 418 a uma fração P (0 a 1) das requisições.</translation>
    </message>
    <message>
        <source>Inject a fault into a fraction RATE (0 to 1, default 1) of requests; repeat for several, the first that fires wins. NAME is one of: %1.</source>
        <translation>Injetar uma falha em uma fração RATE (0 a 1, padrão 1) das requisições; repita para várias, vale a primeira que disparar. NAME é um destes: %1.</translation>
    </message>
    <message>
        <source>Listen on port N (default 8001, 0 for any).</source>
        <translation>Escutar na porta N (padrão 8001, 0 para qualquer uma).</translation>
    </message>
    <message>
        <source>Listen on ADDRESS (default 127.0.0.1).</source>
        <translation>Escutar em ADDRESS (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>Seed delays and errors with N, so runs repeat.</source>
        <translation>Usar N como semente dos atrasos e erros, para que as execuções se repitam.</translation>
    </message>
    <message>
        <source>Log every request on stderr.</source>
        <translation>Registrar cada requisição no stderr.</translation>
    </message>
    <message>
        <source>Serving the embedded flag set (%1 flags) on %2/flags/{cc}/{cc}.png</source>
        <translation>Servindo o conjunto de bandeiras embutido (%1 bandeiras) em %2/flags/{cc}/{cc}.png</translation>
    </message>
    <message>
        <source>Serving %1 on %2/</source>
        <translation>Servindo %1 em %2/</translation>
    </message>
    <message>
        <source>Each answer waits %1 s.</source>
        <translation>Cada resposta espera %1 s.</translation>
    </message>
    <message>
        <source>Each answer waits %1 to %2 s.</source>
        <translation>Cada resposta espera de %1 a %2 s.</translation>
    </message>
    <message>
        <source>%1 % of requests are answered 418 I&apos;m a teapot.</source>
        <translation>%1 % das requisições são respondidas com 418 I&apos;m a teapot.</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Injected faults: %1.</source>
        <translation>Falhas injetadas: %1.</translation>
    </message>
</context>
<context>
    <name>SweepChart</name>
    <message>
        <source>answers delayed %1 to %2 s</source>
        <translation>respostas com atraso de %1 a %2 s</translation>
    </message>
    <message>
        <source>answers delayed %1 s</source>
        <translation>respostas com atraso de %1 s</translation>
    </message>
    <message>
        <source>no delay</source>
        <translation>sem atraso</translation>
    </message>
    <message>
        <source>%1 % answered 418</source>
        <translation>%1 % respondidas com 418</translation>
    </message>
    <message>
        <source>%1 server</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>Sweep · %1 · %2</source>
        <translation>Varredura · %1 · %2</translation>
    </message>
    <message>
        <source>Sweep · %1 · %2 · %3</source>
        <translation>Varredura · %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Ideal: the N = %1 requests go in waves of C at a time, each wave as long as one request (measured at the first level).</source>
        <translation>Ideal: as N = %1 requisições saem em ondas de C por vez, cada onda com a duração de uma requisição (medida no primeiro nível).</translation>
    </message>
    <message>
        <source>%1 s, one request&apos;s time measured at C = %2</source>
        <translation>%1 s, o tempo de uma requisição medido com C = %2</translation>
    </message>
    <message>
        <source>%1 s, the server&apos;s mean delay</source>
        <translation>%1 s, o atraso médio do servidor</translation>
    </message>
    <message>
        <source>Ideal = ⌈N/C⌉ × %1: the N = %2 requests go in waves of C at a time. From C = N on, all are on the wire at once and the run takes one wave.</source>
        <translation>Ideal = ⌈N/C⌉ × %1: as N = %2 requisições saem em ondas de C por vez. A partir de C = N, todas ficam em trânsito ao mesmo tempo e a execução leva uma só onda.</translation>
    </message>
    <message>
        <source>Requests that timed out or failed were retried: that time is not in the ideal.</source>
        <translation>Requisições que excederam o tempo limite ou falharam foram tentadas de novo: esse tempo não entra no ideal.</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>ideal ⌈N/C⌉ × %1 s</source>
        <translation>ideal ⌈N/C⌉ × %1 s</translation>
    </message>
    <message>
        <source>ideal</source>
        <translation>ideal</translation>
    </message>
    <message>
        <source>Elapsed (s)</source>
        <translation>Tempo decorrido (s)</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Flags per second</source>
        <translation>Bandeiras por segundo</translation>
    </message>
    <message>
        <source>Flags/s</source>
        <translation>Bandeiras/s</translation>
    </message>
    <message>
        <source>C = N = %1</source>
        <translation>C = N = %1</translation>
    </message>
    <message>
        <source>Each level is a whole run; its point appears here when it ends.</source>
        <translation>Cada nível é uma execução completa; seu ponto aparece aqui quando ela termina.</translation>
    </message>
    <message>
        <source>Concurrency C: requests on the wire at once (log scale)</source>
        <translation>Concorrência C: requisições em trânsito ao mesmo tempo (escala logarítmica)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n bandeira</numerusform>
            <numerusform>%n bandeiras</numerusform>
        </translation>
    </message>
    <message>
        <source>threads (a thread per request)</source>
        <translation>threads (uma thread por requisição)</translation>
    </message>
    <message>
        <source>events (one event loop)</source>
        <translation>eventos (um laço de eventos)</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
</context>
<context>
    <name>SweepChartWidget</name>
    <message>
        <source>Sweep chart</source>
        <translation>Gráfico da varredura</translation>
    </message>
</context>
<context>
    <name>SweepLevels</name>
    <message>
        <source>Give at least one concurrency level, such as 1,6,30</source>
        <translation>Informe pelo menos um nível de concorrência, como 1,6,30</translation>
    </message>
    <message>
        <source>A level is missing between two commas in &quot;%1&quot;</source>
        <translation>Falta um nível entre duas vírgulas em &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a concurrency level: give whole numbers from 1 to %2, separated by commas</source>
        <translation>&quot;%1&quot; não é um nível de concorrência: informe números inteiros de 1 a %2, separados por vírgulas</translation>
    </message>
    <message>
        <source>Concurrency level %1 is out of range: each level must be from 1 to %2</source>
        <translation>O nível de concorrência %1 está fora do intervalo: cada nível deve ser de 1 a %2</translation>
    </message>
</context>
<context>
    <name>SweepReport</name>
    <message>
        <source>Could not save the sweep report %1: %2</source>
        <translation>Não foi possível salvar o relatório da varredura %1: %2</translation>
    </message>
</context>
<context>
    <name>SweepTableModel</name>
    <message>
        <source>Concurrency: requests on the wire at once</source>
        <translation>Concorrência: requisições em trânsito ao mesmo tempo</translation>
    </message>
    <message>
        <source>Seconds the whole run took</source>
        <translation>Segundos que a execução inteira levou</translation>
    </message>
    <message>
        <source>Flags saved per second</source>
        <translation>Bandeiras salvas por segundo</translation>
    </message>
    <message>
        <source>Seconds the server&apos;s delay alone would take: ⌈N/C⌉ waves of requests</source>
        <translation>Segundos que só o atraso do servidor levaria: ⌈N/C⌉ ondas de requisições</translation>
    </message>
    <message>
        <source>Flags saved</source>
        <translation>Bandeiras salvas</translation>
    </message>
    <message>
        <source>Codes the server has no flag for (404): OK, not found and errors add up to N</source>
        <translation>Códigos para os quais o servidor não tem bandeira (404): OK, não encontradas e erros somam N</translation>
    </message>
    <message>
        <source>Codes that failed after their retries</source>
        <translation>Códigos que falharam depois das novas tentativas</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Flags/s</source>
        <translation>Bandeiras/s</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideal</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontradas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>How requests waited: on one event loop, or each on a thread of its own</source>
        <translation>Como as requisições esperaram: num laço de eventos, ou cada uma numa thread própria</translation>
    </message>
    <message>
        <source>The most threads the process had during the run (the built-in server&apos;s included)</source>
        <translation>O máximo de threads do processo durante a execução (as do servidor embutido incluídas)</translation>
    </message>
    <message>
        <source>The most memory the process had in RAM during the run (peak resident set, MiB)</source>
        <translation>O máximo de memória do processo na RAM durante a execução (pico do conjunto residente, MiB)</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estratégia</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Peak MiB</source>
        <translation>Pico MiB</translation>
    </message>
</context>
<context>
    <name>SweepView</name>
    <message>
        <source>L&amp;evels:</source>
        <translation>&amp;Níveis:</translation>
    </message>
    <message>
        <source>Concurrency levels</source>
        <translation>Níveis de concorrência</translation>
    </message>
    <message>
        <source>Concurrency levels from 1 to 1000, separated by commas: each is a whole run of the form&apos;s countries from its server, into a scratch folder</source>
        <translation>Níveis de concorrência de 1 a 1000, separados por vírgulas: cada um é uma execução completa dos países das configurações, do servidor escolhido, numa pasta temporária</translation>
    </message>
    <message>
        <source>Run swee&amp;p</source>
        <translation>&amp;Fazer varredura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the sweep: the level on the wire is aborted, no other runs (Esc)</source>
        <translation>Parar a varredura: o nível em trânsito é interrompido e nenhum outro é executado (Esc)</translation>
    </message>
    <message>
        <source>Sweep progress</source>
        <translation>Progresso da varredura</translation>
    </message>
    <message>
        <source>Export PN&amp;G…</source>
        <translation>Exportar PN&amp;G…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Salvar o gráfico como imagem PNG</translation>
    </message>
    <message>
        <source>Sweep results</source>
        <translation>Resultados da varredura</translation>
    </message>
    <message>
        <source>Each level runs the form&apos;s countries from its server once, into a scratch folder (the Save to folder is not touched).</source>
        <translation>Cada nível baixa uma vez os países das configurações, do servidor escolhido, numa pasta temporária (a pasta de “Salvar em” não é alterada).</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one at each level</source>
        <translation>
            <numerusform>%n execução, uma em cada nível</numerusform>
            <numerusform>%n execuções, uma em cada nível</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n flag(s) each: at least %2 at the server&apos;s delay</source>
        <translation>
            <numerusform>%1, de %n bandeira cada: pelo menos %2 com o atraso do servidor</numerusform>
            <numerusform>%1, de %n bandeiras cada: pelo menos %2 com o atraso do servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, of %n flag(s) each: how long depends on the server</source>
        <translation>
            <numerusform>%1, de %n bandeira cada: a duração depende do servidor</numerusform>
            <numerusform>%1, de %n bandeiras cada: a duração depende do servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the form&apos;s countries once at each level</source>
        <translation>Baixar os países das configurações uma vez em cada nível</translation>
    </message>
    <message>
        <source>Level %1 (%2 of %3): %4 of %5 flags</source>
        <translation>Nível %1 (%2 de %3): %4 de %5 bandeiras</translation>
    </message>
    <message>
        <source>C = %1 took %2 s, C = %3 took %4 s: %5 times as fast, where the ideal is %6 times.</source>
        <translation>C = %1 levou %2 s, C = %3 levou %4 s: %5 vezes mais rápido, quando o ideal é %6 vezes.</translation>
    </message>
    <message>
        <source>Save the sweep chart</source>
        <translation>Salvar o gráfico da varredura</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Gráfico não salvo</translation>
    </message>
    <message>
        <source>Events and threads</source>
        <translation>Eventos e threads</translation>
    </message>
    <message>
        <source>Run each level twice, on one event loop and with a thread per request, and draw a line for each; the table gives each run&apos;s peak threads and memory. Off: the form&apos;s strategy alone.</source>
        <translation>Roda cada nível duas vezes, num laço de eventos e com uma thread por requisição, e desenha uma linha para cada; a tabela dá o pico de threads e de memória de cada execução. Desmarcado: só a estratégia do formulário.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), one at each level with each strategy</source>
        <translation>
            <numerusform>%n execução, uma em cada nível com cada estratégia</numerusform>
            <numerusform>%n execuções, uma em cada nível com cada estratégia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 com %2</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n run(s).</source>
        <translation>
            <numerusform>Cancelada após %1 de %n execução.</numerusform>
            <numerusform>Cancelada após %1 de %n execuções.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n run(s).</source>
        <translation>
            <numerusform>Concluída: %n execução.</numerusform>
            <numerusform>Concluída: %n execuções.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadLimits</name>
    <message>
        <source>The system lets this user run at most %1 threads and processes (ulimit -u), %2 run now, and %3 threads need more. Lower the concurrency, or raise the limit.</source>
        <translation>O sistema permite a este usuário no máximo %1 threads e processos (ulimit -u), %2 rodam agora, e %3 threads precisam de mais. Reduza a concorrência ou aumente o limite.</translation>
    </message>
    <message>
        <source>The control group %1 lets its programs run at most %2 threads and processes (pids.max), %3 run now, and %4 threads need more. Lower the concurrency, or raise the limit (systemd: TasksMax).</source>
        <translation>O grupo de controle %1 permite aos seus programas no máximo %2 threads e processos (pids.max), %3 rodam agora, e %4 threads precisam de mais. Reduza a concorrência ou aumente o limite (systemd: TasksMax).</translation>
    </message>
    <message>
        <source>The system runs at most %1 threads in all (kernel.threads-max), %2 run now, and %3 threads need more. Lower the concurrency.</source>
        <translation>O sistema roda no máximo %1 threads ao todo (kernel.threads-max), %2 rodam agora, e %3 threads precisam de mais. Reduza a concorrência.</translation>
    </message>
    <message>
        <source>The system gives a process at most %1 memory maps (vm.max_map_count), and %2 threads&apos; stacks need more. Lower the concurrency.</source>
        <translation>O sistema dá a um processo no máximo %1 mapeamentos de memória (vm.max_map_count), e as pilhas de %2 threads precisam de mais. Diminua a concorrência.</translation>
    </message>
</context>
<context>
    <name>ThreadedNetworkAccess</name>
    <message>
        <source>No thread could be started for this download (the system&apos;s limit on threads?)</source>
        <translation>Nenhuma thread pôde ser iniciada para este download (o limite de threads do sistema?)</translation>
    </message>
</context>
<context>
    <name>TimelineCanvas</name>
    <message>
        <source>Request timeline</source>
        <translation>Linha do tempo das requisições</translation>
    </message>
    <message>
        <source>on the wire</source>
        <translation>em trânsito</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>baixada</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>queued 0.000 s to %1 s</source>
        <translation>na fila de 0.000 s a %1 s</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>metadata</source>
        <translation>metadados</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requisição %1</translation>
    </message>
    <message>
        <source>%1: %2 s to %3, %4</source>
        <translation>%1: de %2 s a %3, %4</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>saved %1 s to %2 s</source>
        <translation>salva de %1 s a %2 s</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <source>on a connection already open</source>
        <translation>numa conexão já aberta</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>in flight</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>downloaded</source>
        <translation>baixada</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrada</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>nova tentativa</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>on the wire</source>
        <translation>em trânsito</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>salvando</translation>
    </message>
    <message>
        <source>limit</source>
        <translation>limite</translation>
    </message>
    <message>
        <source>%1, at most %2 on the wire, %3 s</source>
        <translation>%1, no máximo %2 em trânsito, %3 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n código</numerusform>
            <numerusform>%n códigos</numerusform>
        </translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterada</translation>
    </message>
    <message>
        <source>ends:</source>
        <translation>fim:</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Zoom to fit</source>
        <translation>Ajustar &amp;zoom</translation>
    </message>
    <message>
        <source>Show the whole run (Home)</source>
        <translation>Mostrar a execução inteira (Home)</translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation>Exp&amp;ortar PNG…</translation>
    </message>
    <message>
        <source>Wheel: rows · Ctrl+wheel or +/−: zoom · Shift+wheel or ←/→: time · hover a bar for its times</source>
        <translation>Roda: linhas · Ctrl+roda ou +/−: zoom · Shift+roda ou ←/→: tempo · passe o mouse sobre uma barra para ver seus tempos</translation>
    </message>
    <message>
        <source>Save the timeline as PNG</source>
        <translation>Salvar a linha do tempo como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Timeline not saved</source>
        <translation>Linha do tempo não salva</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
</context>
<context>
    <name>UrlTemplate</name>
    <message>
        <source>Enter a URL template, such as https://flagcdn.com/w320/{cc}.png</source>
        <translation>Digite um modelo de URL, como https://flagcdn.com/w320/{cc}.png</translation>
    </message>
    <message>
        <source>Unknown placeholder %1: use {cc} (lower-case code) or {CC} (upper-case code)</source>
        <translation>Marcador desconhecido %1: use {cc} (código em minúsculas) ou {CC} (código em maiúsculas)</translation>
    </message>
    <message>
        <source>The URL template must contain {cc} (lower-case code) or {CC} (upper-case code)</source>
        <translation>O modelo de URL deve conter {cc} (código em minúsculas) ou {CC} (código em maiúsculas)</translation>
    </message>
    <message>
        <source>The URL template must start with http:// or https://</source>
        <translation>O modelo de URL deve começar com http:// ou https://</translation>
    </message>
    <message>
        <source>The URL template is not a valid URL: %1</source>
        <translation>O modelo de URL não é uma URL válida: %1</translation>
    </message>
    <message>
        <source>no host name</source>
        <translation>sem nome de host</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unchanged since the last run (304)</source>
        <translation>Inalterada desde a última execução (304)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Download flags for country codes concurrently.</source>
        <translation>Baixa bandeiras para códigos de países de forma concorrente.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Mostra informações sobre a versão.</translation>
    </message>
    <message>
        <source>Download country flags concurrently and watch them arrive.</source>
        <translation>Baixa bandeiras de países de forma concorrente e as mostra à medida que chegam.</translation>
    </message>
    <message>
        <source>start downloading at once</source>
        <translation>começar a baixar imediatamente</translation>
    </message>
    <message>
        <source>run a concurrency sweep at once at these levels, e.g. 1,6,30,100 (instead of --start)</source>
        <translation>fazer imediatamente uma varredura de concorrência nestes níveis, p. ex. 1,6,30,100 (em vez de --start)</translation>
    </message>
    <message>
        <source>*** Usage error: --sweep LEVELS: %1</source>
        <translation>*** Erro de uso: --sweep LEVELS: %1</translation>
    </message>
    <message>
        <source>*** Usage error: --strategy takes one strategy for a run; events,threads is for a --sweep</source>
        <translation>*** Erro de uso: --strategy aceita uma estratégia numa execução; events,threads é para uma --sweep</translation>
    </message>
    <message>
        <source>*** Usage error: --strategy threads: %1</source>
        <translation>*** Erro de uso: --strategy threads: %1</translation>
    </message>
</context>
</TS>
