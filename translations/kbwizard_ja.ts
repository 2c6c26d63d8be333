<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>kb::ActiveUpdateIni</name>
    <message>
        <source>%1 is not an http(s) address: &quot;%2&quot;.</source>
        <translation>%1 は http(s) アドレスではありません: &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The component line %1 names no file.</source>
        <translation>コンポーネント行 %1 にファイル名がありません。</translation>
    </message>
    <message>
        <source>The size of %1 is not a number: &quot;%2&quot;.</source>
        <translation>%1 のサイズが数値ではありません: &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>This is not an ActiveUpdate server.ini: it has no [Server] address and no component lines.</source>
        <translation>これは ActiveUpdate の server.ini ではありません。[Server] のアドレスもコンポーネント行もありません。</translation>
    </message>
</context>
<context>
    <name>kb::AnsiCodePage</name>
    <message>
        <source>The file is not UTF-8 and this line holds bytes that are not text in the server&apos;s ANSI code page %1, so the wizard does not edit it (it is only shown). Check the file&apos;s encoding, or change it by hand.</source>
        <translation>このファイルは UTF-8 ではなく、この行にはサーバーの ANSI コード ページ %1 の文字ではないバイトが含まれているため、ウィザードは編集しません (表示のみ)。ファイルのエンコードを確認するか、手動で変更してください。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 (the server&apos;s ANSI code page is %1) and the change would write characters the wizard can only encode as Windows-1252 into this line, so the wizard does not edit it. Change it by hand.</source>
        <translation>このファイルは UTF-8 ではなく (サーバーの ANSI コード ページは %1)、この変更ではウィザードが Windows-1252 でしかエンコードできない文字がこの行に書き込まれるため、ウィザードは編集しません。手動で変更してください。</translation>
    </message>
</context>
<context>
    <name>kb::AppcmdParser</name>
    <message>
        <source>appcmd was denied access to the IIS configuration: %1</source>
        <translation>appcmd は IIS 構成へのアクセスを拒否されました: %1</translation>
    </message>
    <message>
        <source>appcmd reported: %1</source>
        <translation>appcmd の報告: %1</translation>
    </message>
    <message>
        <source>appcmd failed with exit code %1: %2</source>
        <translation>appcmd が終了コード %1 で失敗しました: %2</translation>
    </message>
    <message>
        <source>Could not find the anonymous authentication settings in appcmd&apos;s output.</source>
        <translation>appcmd の出力に匿名認証の設定が見つかりませんでした。</translation>
    </message>
    <message>
        <source>appcmd ended without confirming the change; its output was: %1</source>
        <translation>appcmd は変更を確認せずに終了しました。出力: %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>kb::ApplicationHostConfig</name>
    <message>
        <source>applicationHost.config is not readable XML (line %1: %2).</source>
        <translation>applicationHost.config は読み取り可能な XML ではありません (%1 行目: %2)。</translation>
    </message>
    <message>
        <source>applicationHost.config has no site or application &quot;%1&quot;.</source>
        <translation>applicationHost.config にサイトまたはアプリケーション &quot;%1&quot; がありません。</translation>
    </message>
</context>
<context>
    <name>kb::Archive</name>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Cannot open the archive: %1</source>
        <translation>アーカイブを開けません: %1</translation>
    </message>
    <message>
        <source>The destination folder does not exist.</source>
        <translation>展開先のフォルダーが存在しません。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete: %1</source>
        <translation>アーカイブが破損しているか不完全です: %1</translation>
    </message>
    <message>
        <source>The archive holds an entry outside its folder (&quot;%1&quot;); nothing was extracted.</source>
        <translation>アーカイブにフォルダー外のエントリ (&quot;%1&quot;) が含まれています。何も展開していません。</translation>
    </message>
    <message>
        <source>The archive holds a link (&quot;%1&quot;); nothing was extracted.</source>
        <translation>アーカイブにリンク (&quot;%1&quot;) が含まれています。何も展開していません。</translation>
    </message>
    <message>
        <source>Cannot create a folder.</source>
        <translation>フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot;, which is not a regular file; nothing was extracted.</source>
        <translation>アーカイブに通常のファイルではない &quot;%1&quot; が含まれています。何も展開していません。</translation>
    </message>
    <message>
        <source>The archive holds &quot;%1&quot; twice; nothing was extracted.</source>
        <translation>アーカイブに &quot;%1&quot; が 2 つ含まれています。何も展開していません。</translation>
    </message>
    <message>
        <source>Cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1): %2</source>
        <translation>アーカイブが破損しているか不完全です (%1): %2</translation>
    </message>
    <message>
        <source>Cannot write (is the disk full?): %1</source>
        <translation>書き込めません (ディスクがいっぱいではありませんか?): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is incomplete: %L2 of %L3 bytes.</source>
        <translation>&quot;%1&quot; は不完全です: %L3 バイト中 %L2 バイト。</translation>
    </message>
    <message>
        <source>A folder or link is in the way; nothing was extracted.</source>
        <translation>フォルダーまたはリンクが邪魔になっています。何も展開していません。</translation>
    </message>
    <message>
        <source>Cannot move the extracted file into place: %1</source>
        <translation>展開したファイルを所定の場所に移動できません: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name inside a zip file.</source>
        <translation>&quot;%1&quot; は zip ファイル内の名前として使用できません。</translation>
    </message>
    <message>
        <source>Cannot create the zip file: %1</source>
        <translation>zip ファイルを作成できません: %1</translation>
    </message>
    <message>
        <source>Cannot start the zip file: %1</source>
        <translation>zip ファイルの書き込みを開始できません: %1</translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip file: %2</source>
        <translation>%1 を zip ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot finish the zip file: %1</source>
        <translation>zip ファイルを完成できません: %1</translation>
    </message>
    <message>
        <source>Cannot save the zip file: %1</source>
        <translation>zip ファイルを保存できません: %1</translation>
    </message>
    <message>
        <source>%1 is not a zip archive but %2 data; only zip archives (stored or deflated) are read.</source>
        <translation>%1 は ZIP アーカイブではなく %2 のデータです。読み込むのは ZIP アーカイブ (無圧縮または Deflate) だけです。</translation>
    </message>
    <message>
        <source>%1 is not a complete zip archive (truncated, damaged or of another format): %2</source>
        <translation>%1 は完全な ZIP アーカイブではありません (途中で切れている、破損している、または別の形式です): %2</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %L2 bytes; refused.</source>
        <translation>%1 は展開すると %L2 バイトを超えるため、拒否しました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is encrypted or compressed with a method other than deflate (%3); nothing was extracted.</source>
        <translation>%2 内の「%1」は暗号化されているか、Deflate 以外の方式で圧縮されています (%3)。何も展開していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the archive has no plain size; nothing was extracted.</source>
        <translation>アーカイブ内の「%1」には通常のサイズがありません。何も展開していません。</translation>
    </message>
    <message>
        <source>The archive is damaged or incomplete (%1): data out of order.</source>
        <translation>アーカイブが破損しているか不完全です (%1): データの順序が正しくありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more data than its declared size.</source>
        <translation>「%1」には宣言されたサイズより多くのデータが含まれています。</translation>
    </message>
</context>
<context>
    <name>kb::BackupStore</name>
    <message>
        <source>Cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>Cannot read the whole file.</source>
        <translation>ファイル全体を読み取れません。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder.</source>
        <translation>バックアップ フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>The file appeared after the preview was made; run the diagnosis again.</source>
        <translation>プレビューの作成後にファイルが作成されました。もう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>The file changed after the preview was made; run the diagnosis again.</source>
        <translation>プレビューの作成後にファイルが変更されました。もう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>The backup copy does not match the original; nothing was changed.</source>
        <translation>バックアップ コピーが元のファイルと一致しません。何も変更していません。</translation>
    </message>
    <message>
        <source>IIS site %1, anonymous authentication</source>
        <translation>IIS サイト %1 の匿名認証</translation>
    </message>
    <message>
        <source>No backup set with the id &quot;%1&quot;.</source>
        <translation>ID が &quot;%1&quot; のバックアップ セットはありません。</translation>
    </message>
    <message>
        <source>The backup manifest is damaged: %1</source>
        <translation>バックアップのマニフェストが破損しています: %1</translation>
    </message>
    <message>
        <source>The backup manifest names a file outside its folder.</source>
        <translation>バックアップのマニフェストに、フォルダー外のファイルが記載されています。</translation>
    </message>
    <message>
        <source>The backup manifest belongs to another set (%1).</source>
        <translation>バックアップのマニフェストは別のセット (%1) のものです。</translation>
    </message>
    <message>
        <source>Backup set %1 was already undone.</source>
        <translation>バックアップ セット %1 は既に元に戻されています。</translation>
    </message>
    <message>
        <source>The backup copy of %1 is damaged (its SHA-256 differs from the manifest); nothing was restored.</source>
        <translation>%1 のバックアップ コピーが破損しています (SHA-256 がマニフェストと異なります)。何も復元していません。</translation>
    </message>
    <message>
        <source>%1 was changed after the fix was applied; undo would lose those changes, so nothing was restored. Use --force (or &quot;Undo anyway&quot;) to restore the backup regardless.</source>
        <translation>%1 は修正の適用後に変更されています。元に戻すとその変更が失われるため、何も復元していません。それでもバックアップを復元するには、--force (または [強制的に元に戻す]) を使用してください。</translation>
    </message>
    <message>
        <source>Restoring permissions needs the host backend.</source>
        <translation>アクセス許可の復元にはホスト バックエンドが必要です。</translation>
    </message>
    <message>
        <source>Restored the permissions of %1.</source>
        <translation>%1 のアクセス許可を復元しました。</translation>
    </message>
    <message>
        <source>Restoring IIS settings needs the host backend.</source>
        <translation>IIS 設定の復元にはホスト バックエンドが必要です。</translation>
    </message>
    <message>
        <source>%1 is already gone.</source>
        <translation>%1 は既に存在しません。</translation>
    </message>
    <message>
        <source>%1 already holds its original content.</source>
        <translation>%1 は既に元の内容です。</translation>
    </message>
    <message>
        <source>Cannot remove the file the fix added: %1</source>
        <translation>修正で追加したファイルを削除できません: %1</translation>
    </message>
    <message>
        <source>Removed %1, which the fix had added.</source>
        <translation>修正で追加された %1 を削除しました。</translation>
    </message>
    <message>
        <source>The backup copy is damaged; nothing was restored.</source>
        <translation>バックアップ コピーが破損しています。何も復元していません。</translation>
    </message>
    <message>
        <source>The restored file does not match the backup.</source>
        <translation>復元したファイルがバックアップと一致しません。</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 を復元しました。</translation>
    </message>
    <message>
        <source>Restarted the service %1.</source>
        <translation>サービス %1 を再起動しました。</translation>
    </message>
    <message>
        <source>Could not restart the service %1: %2</source>
        <translation>サービス %1 を再起動できませんでした: %2</translation>
    </message>
    <message>
        <source>An edit cannot both create and delete a file.</source>
        <translation>1 つの編集でファイルの作成と削除を同時に行うことはできません。</translation>
    </message>
    <message>
        <source>%1, which the fix removed, exists again with other content (perhaps downloaded again by an update); undo would overwrite it, so nothing was restored. Use --force (or &quot;Undo anyway&quot;) to restore the backup regardless.</source>
        <translation>修正で削除した %1 が、別の内容で再び存在しています (アップデートで再ダウンロードされた可能性があります)。元に戻すとこのファイルが上書きされるため、何も復元していません。それでもバックアップを復元するには、--force (または [強制的に元に戻す]) を使用してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Restored %1, which the fix had removed.</source>
        <translation>修正で削除された %1 を復元しました。</translation>
    </message>
    <message>
        <source>Cannot make the backup folder private to administrators: %1</source>
        <translation>バックアップ フォルダーを管理者専用にできません: %1</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
    <message>
        <source>cannot change its permissions</source>
        <translation>アクセス許可を変更できません</translation>
    </message>
    <message>
        <source>The manifest of backup set %1 names %2, which the fix %3/%4 never changes; the set may have been tampered with. Undo refused; nothing was restored.</source>
        <translation>バックアップ セット %1 のマニフェストには %2 が記載されていますが、修正 %3/%4 はこれを変更しません。セットが改ざんされた可能性があります。元に戻す操作を拒否しました。何も復元されていません。</translation>
    </message>
    <message>
        <source>Backup set %1 belongs to the installation %2, not to %3. Undo refused; nothing was restored.</source>
        <translation>バックアップ セット %1 は %3 ではなくインストール %2 のものです。元に戻す操作を拒否しました。何も復元されていません。</translation>
    </message>
    <message>
        <source>the permissions of %1</source>
        <translation>%1 のアクセス許可</translation>
    </message>
    <message>
        <source>the IIS site %1</source>
        <translation>IIS サイト %1</translation>
    </message>
    <message>
        <source>Backup set %1: %2 Undo refused; nothing was restored.</source>
        <translation>バックアップ セット %1: %2 元に戻す操作を拒否しました。何も復元されていません。</translation>
    </message>
    <message>
        <source>the service %1</source>
        <translation>サービス %1</translation>
    </message>
</context>
<context>
    <name>kb::CheckRunner</name>
    <message>
        <source>The check did not finish within %1 seconds.</source>
        <translation>チェックが %1 秒以内に完了しませんでした。</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>ユーザーによってキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>kb::Cli</name>
    <message>
        <source>kbwizard: %1</source>
        <translation>kbwizard: %1</translation>
    </message>
    <message>
        <source>Run kbwizard --help for the options.</source>
        <translation>オプションについては kbwizard --help を実行してください。</translation>
    </message>
    <message>
        <source>kbwizard: error: %1</source>
        <translation>kbwizard: エラー: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Backup sets in %1:</source>
        <translation>%1 のバックアップ セット:</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (なし)</translation>
    </message>
    <message>
        <source>kbwizard: undo refused: %1</source>
        <translation>kbwizard: 元に戻す操作を拒否しました: %1</translation>
    </message>
    <message>
        <source>Backup set %1 was restored.</source>
        <translation>バックアップ セット %1 を復元しました。</translation>
    </message>
    <message>
        <source>no backup set with the id &quot;%1&quot; for this server.</source>
        <translation>このサーバーには ID が &quot;%1&quot; のバックアップ セットはありません。</translation>
    </message>
    <message>
        <source>Installation: %1 (%2 %3)</source>
        <translation>インストール: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>expected an object of steps, each an object of input values.</source>
        <translation>手順のオブジェクトが必要です。各手順は入力値のオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>the value of &quot;%1&quot; must be an object of input values.</source>
        <translation>&quot;%1&quot; の値は入力値のオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>give either --root DIR or --demo [DIR].</source>
        <translation>--root DIR または --demo [DIR] のどちらかを指定してください。</translation>
    </message>
    <message>
        <source>give exactly one of --article, --list-backups or --undo.</source>
        <translation>--article、--list-backups、--undo のいずれか 1 つだけを指定してください。</translation>
    </message>
    <message>
        <source>--yes only goes with --fix.</source>
        <translation>--yes は --fix と一緒にのみ使用できます。</translation>
    </message>
    <message>
        <source>--force only goes with --undo.</source>
        <translation>--force は --undo と一緒にのみ使用できます。</translation>
    </message>
    <message>
        <source>Demo server copied to %1</source>
        <translation>デモ サーバーを %1 にコピーしました</translation>
    </message>
    <message>
        <source>unknown host backend &quot;%1&quot;: use windows, demo or none.</source>
        <translation>不明なホスト バックエンド &quot;%1&quot; です。windows、demo、none のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>unknown article &quot;%1&quot; (known: %2, all).</source>
        <translation>不明な記事 &quot;%1&quot; です (既知の記事: %2、all)。</translation>
    </message>
    <message>
        <source>unknown step &quot;%1&quot; for --fix.</source>
        <translation>--fix の手順 &quot;%1&quot; は不明です。</translation>
    </message>
    <message>
        <source>Skipped %1: it applies to %2 and no such installation was found under %3.</source>
        <translation>%1 をスキップしました: この記事は %2 が対象ですが、%3 にそのインストールが見つかりませんでした。</translation>
    </message>
    <message>
        <source>warning: %1 applies to %2, but the installation looks like %3.</source>
        <translation>警告: %1 は %2 が対象ですが、インストールは %3 のようです。</translation>
    </message>
    <message>
        <source>%1: nothing to fix.</source>
        <translation>%1: 修正の必要はありません。</translation>
    </message>
    <message>
        <source>--- Fix for %1: %2</source>
        <translation>--- %1 の修正: %2</translation>
    </message>
    <message>
        <source>%1: fixed and verified (backup set %2).</source>
        <translation>%1: 修正して検証しました (バックアップ セット %2)。</translation>
    </message>
    <message>
        <source>%1: the fix failed: %2</source>
        <translation>%1: 修正に失敗しました: %2</translation>
    </message>
    <message>
        <source>Previews only: add --yes to apply (every change is backed up first).</source>
        <translation>プレビューのみです。適用するには --yes を追加してください (すべての変更は事前にバックアップされます)。</translation>
    </message>
    <message>
        <source>no installation under %1 matches the article.</source>
        <translation>%1 にこの記事に該当するインストールはありません。</translation>
    </message>
    <message>
        <source>Support bundle written to %1</source>
        <translation>サポート バンドルを %1 に書き込みました</translation>
    </message>
    <message>
        <source>--pdf needs a graphical application object (the kbwizard program creates one when --pdf is given).</source>
        <translation>--pdf にはグラフィカル アプリケーション オブジェクトが必要です (kbwizard プログラムは、--pdf が指定されるとこれを作成します)。</translation>
    </message>
    <message>
        <source>%1: nothing left to change.</source>
        <translation>%1: 変更する項目はもうありません。</translation>
    </message>
    <message>
        <source>%1: not fixed: its check could not read what it needs (see the error).</source>
        <translation>%1: 修正していません: チェックに必要なファイルを読み取れませんでした (エラーを参照してください)。</translation>
    </message>
    <message>
        <source>(interrupted: the fix did not finish; undo it with --undo %1)</source>
        <translation>(中断: 修正は完了していません。--undo %1 で元に戻してください)</translation>
    </message>
    <message>
        <source>kbwizard: warning: the fix of %1/%2 started %3 was interrupted before it finished; its backup is kept: undo it with --undo %4</source>
        <translation>kbwizard: 警告: %3 に開始した %1/%2 の修正は完了前に中断されました。バックアップは保持されています。--undo %4 で元に戻してください</translation>
    </message>
    <message>
        <source>--apply takes the installation and the steps from the plan: give no --root, --demo, --article, --fix, --plan-out, --list-backups or --undo with it.</source>
        <translation>--apply はインストールと手順をプランから取得します: --root、--demo、--article、--fix、--plan-out、--list-backups、--undo は一緒に指定しないでください。</translation>
    </message>
    <message>
        <source>--apply changes the server: add --yes (the plan&apos;s previews are in the plan file).</source>
        <translation>--apply はサーバーを変更します: --yes を追加してください (プランのプレビューはプランファイルにあります)。</translation>
    </message>
    <message>
        <source>--plan-out only goes with --fix.</source>
        <translation>--plan-out は --fix と一緒にのみ指定できます。</translation>
    </message>
    <message>
        <source>--plan-out writes the plan and changes nothing: give no --yes with it.</source>
        <translation>--plan-out はプランを書き出すだけで何も変更しません: --yes は一緒に指定しないでください。</translation>
    </message>
    <message>
        <source>--plan-out needs one article (--article ID).</source>
        <translation>--plan-out には記事を 1 つ指定する必要があります (--article ID)。</translation>
    </message>
    <message>
        <source>%1: the article takes this step only if the problem persists after the earlier fixes; it is planned after them.</source>
        <translation>%1: 記事では、前の修正の後も問題が続く場合にのみこの手順を行います。前の修正の後で計画されます。</translation>
    </message>
    <message>
        <source>Plan written to %1; nothing was changed. Apply it with: kbwizard --headless --apply %1 --yes</source>
        <translation>プランを %1 に書き出しました。何も変更していません。適用するには: kbwizard --headless --apply %1 --yes</translation>
    </message>
    <message>
        <source>kbwizard: the plan was not applied: %1</source>
        <translation>kbwizard: プランは適用されませんでした: %1</translation>
    </message>
    <message>
        <source>the installation of the plan is no longer at %1.</source>
        <translation>プランのインストールはもう %1 にありません。</translation>
    </message>
    <message>
        <source>the plan names an unknown article &quot;%1&quot;.</source>
        <translation>プランに不明な記事 &quot;%1&quot; が指定されています。</translation>
    </message>
    <message>
        <source>Applying the plan %1 (made %2) to %3.</source>
        <translation>プラン %1 (%2 に作成) を %3 に適用しています。</translation>
    </message>
    <message>
        <source>The graphical part of KB Wizard cannot be loaded from %1: %2</source>
        <translation>KB Wizard のグラフィカル部分を %1 から読み込めません: %2</translation>
    </message>
    <message>
        <source>it belongs to another version.</source>
        <translation>別のバージョンのものです。</translation>
    </message>
</context>
<context>
    <name>kb::ConsoleSite</name>
    <message>
        <source>IIS configuration path &quot;%1&quot;</source>
        <translation>IIS 構成パス &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>kb::DemoHost</name>
    <message>
        <source>The demo host state is not valid JSON: %1</source>
        <translation>デモ ホストの状態が有効な JSON ではありません: %1</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>%1 を開始しています...</translation>
    </message>
    <message>
        <source>The service %1 is not installed (error 1060).</source>
        <translation>サービス %1 はインストールされていません (エラー 1060)。</translation>
    </message>
    <message>
        <source>Windows could not start %1: Error 1053, the service did not respond to the start or control request in a timely fashion.</source>
        <translation>Windows は %1 を開始できませんでした: エラー 1053: そのサービスは指定時間内に開始要求または制御要求に応答しませんでした。</translation>
    </message>
    <message>
        <source>Windows could not start %1 (error %2).</source>
        <translation>Windows は %1 を開始できませんでした (エラー %2)。</translation>
    </message>
    <message>
        <source>Stopping %1...</source>
        <translation>%1 を停止しています...</translation>
    </message>
    <message>
        <source>The service %1 has not been started (error 1062).</source>
        <translation>サービス %1 は開始されていません (エラー 1062)。</translation>
    </message>
    <message>
        <source>%1: The system cannot find the file specified.</source>
        <translation>%1: 指定されたファイルが見つかりません。</translation>
    </message>
    <message>
        <source>Unreadable ACL entry &quot;%1&quot; for %2.</source>
        <translation>%2 の ACL エントリ &quot;%1&quot; を読み取れません。</translation>
    </message>
    <message>
        <source>Invalid parameter &quot;%1:%2&quot;.</source>
        <translation>パラメーター &quot;%1:%2&quot; が無効です。</translation>
    </message>
    <message>
        <source>The saved permissions belong to another folder.</source>
        <translation>保存されたアクセス許可は別のフォルダーのものです。</translation>
    </message>
    <message>
        <source>The IIS site &quot;%1&quot; does not exist.</source>
        <translation>IIS サイト &quot;%1&quot; は存在しません。</translation>
    </message>
    <message>
        <source>demo host: &quot;elevated&quot;: true in host-state.json</source>
        <translation>デモ ホスト: host-state.json で &quot;elevated&quot;: true</translation>
    </message>
    <message>
        <source>demo host: &quot;elevated&quot;: false in host-state.json</source>
        <translation>デモ ホスト: host-state.json で &quot;elevated&quot;: false</translation>
    </message>
</context>
<context>
    <name>kb::DemoNetwork</name>
    <message>
        <source>The demo network could not listen on the loopback interface.</source>
        <translation>デモ ネットワークがループバック インターフェイスで待ち受けできませんでした。</translation>
    </message>
    <message>
        <source>The host %1 has no valid address.</source>
        <translation>ホスト %1 に有効なアドレスがありません。</translation>
    </message>
    <message>
        <source>The host %1 would be reached off this machine.</source>
        <translation>ホスト %1 への接続は、このコンピューターの外部に出てしまいます。</translation>
    </message>
    <message>
        <source>The service %1 must listen on a loopback address and port.</source>
        <translation>サービス %1 は、ループバック アドレスとポートで待ち受ける必要があります。</translation>
    </message>
    <message>
        <source>The host %1 names a site that is not a folder name: %2.</source>
        <translation>ホスト %1 が指定するサイトはフォルダー名ではありません: %2。</translation>
    </message>
</context>
<context>
    <name>kb::DemoSandbox</name>
    <message>
        <source>The folder for the demo server must be empty or not exist yet.</source>
        <translation>デモ サーバーのフォルダーは空であるか、まだ存在しないものである必要があります。</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>This build contains no demo server.</source>
        <translation>このビルドにはデモ サーバーが含まれていません。</translation>
    </message>
    <message>
        <source>The folder holds no demo server created by this program.</source>
        <translation>このフォルダーには、このプログラムが作成したデモ サーバーがありません。</translation>
    </message>
</context>
<context>
    <name>kb::DiagnosePage</name>
    <message>
        <source>%L1 ms</source>
        <extracomment>Duration of a check in milliseconds.</extracomment>
        <translation>%L1 ミリ秒</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <extracomment>Duration of a check in seconds.</extracomment>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>The wizard runs the article&apos;s checks. Nothing is changed on the server. Select a step to see what was found.</source>
        <translation>記事のチェックを実行します。サーバー上では何も変更しません。手順を選択すると検出内容が表示されます。</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>チェックの進行状況</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <extracomment>Progress bar text: %v checks done of %m.</extracomment>
        <translation>%v / %m 件のチェック</translation>
    </message>
    <message>
        <source>&amp;Stop checks</source>
        <translation>チェックを中止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop checks</source>
        <translation>チェックを中止</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>チェックを再実行</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
    <message>
        <source>Retry the checks</source>
        <translation>チェックを再試行</translation>
    </message>
    <message>
        <source>S&amp;teps of the article:</source>
        <translation>記事の手順(&amp;T):</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Steps of the article</source>
        <translation>記事の手順</translation>
    </message>
    <message>
        <source>Each step with its status, result and duration</source>
        <translation>各手順の状態、結果、所要時間</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>検出内容(&amp;W):</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出値</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>検出内容</translation>
    </message>
    <message>
        <source>Evidence of the selected step: where, key, value found, value expected, note</source>
        <translation>選択した手順の検出内容: 場所、キー、検出値、期待値、備考</translation>
    </message>
    <message>
        <source>Checking...</source>
        <extracomment>Status of a step whose check is still running.</extracomment>
        <translation>チェック中...</translation>
    </message>
    <message>
        <source>Select a step to see why it matters and what was found.</source>
        <translation>手順を選択すると、その重要性と検出内容が表示されます。</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Result (%1):</source>
        <translation>結果 (%1):</translation>
    </message>
    <message>
        <source>What to do by hand:</source>
        <translation>手動で行う作業:</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run. First reason: %1</source>
        <translation>
            <numerusform>%n 件のチェックを実行できませんでした。最初の理由: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a symptom first.</source>
        <translation>先に症状を選択してください。</translation>
    </message>
    <message>
        <source>Checking &quot;%1&quot; on %2...</source>
        <translation>%2 で &quot;%1&quot; をチェックしています...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A status and how many steps have it, e.g. &quot;Failed: 2&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checked &quot;%1&quot; on %2. %3</source>
        <translation>%2 で &quot;%1&quot; をチェックしました。%3</translation>
    </message>
    <message>
        <source>Stops the checks still running; their steps are shown as cancelled.</source>
        <translation>実行中のチェックを停止します。その手順はキャンセル済みとして表示されます。</translation>
    </message>
    <message>
        <source>Runs every check of the article again. Nothing on the server is changed.</source>
        <translation>記事のすべてのチェックを再実行します。サーバーは何も変更されません。</translation>
    </message>
    <message>
        <source>Runs the checks again after an error.</source>
        <translation>エラーの後にチェックを再実行します。</translation>
    </message>
    <message>
        <source>%1, started %2</source>
        <extracomment>%1 = step title, %2 = date and time the fix started</extracomment>
        <translation>%1 (%2 に開始)</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) did not finish (KB Wizard was closed or the computer stopped during the fix): %1. The files may hold the old or the new content; each backup is kept, so undo it on the Fix page under &quot;Undo earlier changes&quot;.</source>
        <translation>
            <numerusform>%n 件の修正が完了していません (修正中に KB Wizard が閉じられたか、コンピューターが停止しました): %1。ファイルの内容は古いままか新しくなっている可能性があります。バックアップは保持されているので、[修正] ページの [以前の変更を元に戻す] で元に戻してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::DownloadCacheCheck</name>
    <message>
        <source>Disk Cleaner</source>
        <translation>Disk Cleaner</translation>
    </message>
    <message>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>There is no download cache index (%1): nothing downloaded is kept to check.</source>
        <translation>ダウンロード キャッシュのインデックス (%1) がありません。チェック対象のダウンロード済みファイルは保存されていません。</translation>
    </message>
    <message>
        <source>The download cache index could not be read: %1</source>
        <translation>ダウンロード キャッシュのインデックスを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 バイト</translation>
    </message>
    <message>
        <source>any size</source>
        <translation>任意のサイズ</translation>
    </message>
    <message>
        <source>index %1 line %2</source>
        <translation>インデックス %1 の %2 行目</translation>
    </message>
    <message>
        <source>(not in the cache: not downloaded yet)</source>
        <translation>(キャッシュにありません: まだダウンロードされていません)</translation>
    </message>
    <message>
        <source>0 bytes (empty)</source>
        <translation>0 バイト (空)</translation>
    </message>
    <message>
        <source>%L1 bytes: truncated or wrong size</source>
        <translation>%L1 バイト: 途中で切れているか、サイズが正しくありません</translation>
    </message>
    <message>
        <source>%L1 bytes, %2 %3: checksum does not match</source>
        <translation>%L1 バイト、%2 %3: チェックサムが一致しません</translation>
    </message>
    <message>
        <source>%L1 bytes, matches the index</source>
        <translation>%L1 バイト、インデックスと一致</translation>
    </message>
    <message numerus="yes">
        <source>The %n cached component file(s) match the cache&apos;s index.</source>
        <translation>
            <numerusform>キャッシュ内の %n 個のコンポーネント ファイルはすべてキャッシュのインデックスと一致しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Disk Cleaner on the server: &quot;%1&quot; %2, then start a manual update.</source>
        <translation>サーバーで Disk Cleaner を実行してください: &quot;%1&quot; %2。その後、手動アップデートを開始してください。</translation>
    </message>
    <message>
        <source>Disk Cleaner (TMDiskCleaner.exe) is not at %1: download it from Trend Micro (KB 1055066) and run it with %2, or delete the damaged files (and the .sig file beside each) so that the next update downloads them again; then start a manual update.</source>
        <translation>Disk Cleaner (TMDiskCleaner.exe) が %1 にありません。Trend Micro (KB 1055066) からダウンロードして %2 で実行するか、破損したファイル (とそれぞれの横にある .sig ファイル) を削除して次回のアップデートで再ダウンロードされるようにしてください。その後、手動アップデートを開始してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n component file(s) in the download cache are damaged: %1. </source>
        <translation>
            <numerusform>ダウンロード キャッシュ内の %n 個のコンポーネント ファイルが破損しています: %1。 </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::DownloadCacheFix</name>
    <message>
        <source>Remove the damaged files (and the .sig file beside each) from the ActiveUpdate download cache, after backing them up, so that the next update downloads them again.</source>
        <translation>ActiveUpdate のダウンロード キャッシュから、破損したファイル (とそれぞれの横にある .sig ファイル) をバックアップしたうえで削除し、次回のアップデートで再ダウンロードされるようにします。</translation>
    </message>
    <message>
        <source>%1 (outside the download cache, or its index)</source>
        <translation>%1 (ダウンロード キャッシュまたはそのインデックスの範囲外)</translation>
    </message>
    <message>
        <source>%1 (not a plain file)</source>
        <translation>%1 (通常のファイルではありません)</translation>
    </message>
    <message>
        <source>None of the damaged files can be removed safely: %1. Clean the cache by hand or with Disk Cleaner.</source>
        <translation>破損したファイルはいずれも安全に削除できません: %1。キャッシュを手動で、または Disk Cleaner でクリーンアップしてください。</translation>
    </message>
    <message>
        <source>The damaged files are removed from the download cache (backed up first); the next update downloads them again.</source>
        <translation>破損したファイルはダウンロード キャッシュから削除されます (事前にバックアップされます)。次回のアップデートで再ダウンロードされます。</translation>
    </message>
    <message>
        <source>The .sig file beside each damaged file is removed with it, as the manual procedure does. Undo puts every file back as it was, unless an update has since written a new one at the same place.</source>
        <translation>手動の手順と同様に、破損した各ファイルの横にある .sig ファイルも一緒に削除されます。元に戻すと、すべてのファイルが元の状態に戻ります。ただし、その後のアップデートで同じ場所に新しいファイルが書き込まれている場合は除きます。</translation>
    </message>
    <message>
        <source>Left alone (clean them by hand): %1.</source>
        <translation>削除しなかったファイル (手動でクリーンアップしてください): %1。</translation>
    </message>
    <message>
        <source>Disk Cleaner is on the server: you may also run it yourself with &quot;%1&quot; %2. The wizard does not run it.</source>
        <extracomment>%1 = the tool&apos;s path, %2 = its arguments</extracomment>
        <translation>Disk Cleaner はサーバー上にあります: &quot;%1&quot; %2 で自分で実行することもできます。ウィザードでは実行しません。</translation>
    </message>
    <message>
        <source>Afterwards, start a manual update in the console.</source>
        <translation>その後、コンソールで手動アップデートを開始してください。</translation>
    </message>
</context>
<context>
    <name>kb::ElevationCheckedFix</name>
    <message>
        <source>administrator rights</source>
        <translation>管理者権限</translation>
    </message>
    <message>
        <source>administrator rights on \\%1</source>
        <translation>\\%1 の管理者権限</translation>
    </message>
    <message>
        <source>no (%1)</source>
        <translation>いいえ (%1)</translation>
    </message>
    <message>
        <source>yes: the fixes change permissions, IIS settings and services</source>
        <translation>はい: 修正ではアクセス許可、IIS 設定、サービスを変更します</translation>
    </message>
</context>
<context>
    <name>kb::Files</name>
    <message>
        <source>Cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot replace the file: %1</source>
        <translation>ファイルを置き換えられません: %1</translation>
    </message>
    <message>
        <source>Cannot read: %1</source>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>The file is too large (%L1 bytes).</source>
        <translation>ファイルが大きすぎます (%L1 バイト)。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file on disk does not hold what was written (read back: %L1 bytes of %L2).</source>
        <translation>ディスク上のファイルの内容が書き込んだ内容と一致しません (読み戻し: %L2 バイト中 %L1 バイト)。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not the file that was checked (its SHA-256 changed); nothing was written.</source>
        <translation>%1 は確認したファイルではありません (SHA-256 が変わりました)。何も書き込んでいません。</translation>
    </message>
</context>
<context>
    <name>kb::FirewallCheck</name>
    <message>
        <source>update source set in %1</source>
        <translation>%1 で設定されたアップデート元</translation>
    </message>
    <message>
        <source>from the server&apos;s settings</source>
        <translation>サーバーの設定から</translation>
    </message>
    <message>
        <source>the server&apos;s proxy (allow the server to reach it)</source>
        <translation>サーバーのプロキシ (サーバーからプロキシへの接続を許可してください)</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <source>resolves</source>
        <translation>解決可能</translation>
    </message>
    <message>
        <source>%1 (%L2 ms)</source>
        <extracomment>%1 = addresses, %2 = milliseconds</extracomment>
        <translation>%1 (%L2 ミリ秒)</translation>
    </message>
    <message>
        <source>allow these addresses</source>
        <translation>これらのアドレスを許可</translation>
    </message>
    <message>
        <source>allow %1</source>
        <translation>%1 を許可</translation>
    </message>
    <message>
        <source>(host name not known)</source>
        <translation>(ホスト名不明)</translation>
    </message>
    <message>
        <source>the article lists this server, but its name was lost from the stored article; ask Trend Micro support for it</source>
        <translation>記事にはこのサーバーが記載されていますが、保存された記事からその名前が失われています。Trend Micro サポートに問い合わせてください</translation>
    </message>
    <message>
        <source>Allow-list for the Security Server&apos;s updates</source>
        <translation>Security Server のアップデート用の許可リスト</translation>
    </message>
    <message>
        <source>DNS names to allow:</source>
        <translation>許可する DNS 名:</translation>
    </message>
    <message>
        <source>IP address blocks to allow (the last octet from .0 to .255):</source>
        <translation>許可する IP アドレス ブロック (最後のオクテットは .0 ～ .255):</translation>
    </message>
    <message>
        <source>Names that did not resolve from this server:</source>
        <translation>このサーバーから名前解決できなかった名前:</translation>
    </message>
    <message>
        <source>Also needed, names not known to this wizard (ask Trend Micro support):</source>
        <translation>このほかに必要な、ウィザードが把握していない名前 (Trend Micro サポートに問い合わせてください):</translation>
    </message>
    <message>
        <source>allow-list (copy for the firewall administrator)</source>
        <translation>許可リスト (ファイアウォール管理者に渡すためのコピー)</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) resolved; the allow-list below is ready to copy for the firewall administrator.</source>
        <translation>
            <numerusform>%n 件の名前を解決しました。下の許可リストはファイアウォール管理者に渡すためにコピーできます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the names did not resolve from this server (shown below); the allow-list covers the others. Check the server&apos;s DNS settings.</source>
        <translation>
            <numerusform>%n 件の名前をこのサーバーから解決できませんでした (下に表示)。許可リストにはそれ以外の名前が含まれています。サーバーの DNS 設定を確認してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::FixBox</name>
    <message>
        <source>When checked, this fix is applied: %1</source>
        <translation>オンにすると、この修正が適用されます: %1</translation>
    </message>
    <message>
        <source>Preview of the changes:</source>
        <translation>変更のプレビュー:</translation>
    </message>
    <message>
        <source>Preview of the changes: %1</source>
        <translation>変更のプレビュー: %1</translation>
    </message>
    <message>
        <source>Each changed file as a difference: lines starting with a minus are removed, lines starting with a plus are added. Then the other actions of the fix.</source>
        <translation>変更される各ファイルの差分です。マイナスで始まる行は削除され、プラスで始まる行は追加されます。その後に修正のその他の操作が続きます。</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>進行状況: %1</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>This fix cannot be prepared yet:
%1</source>
        <translation>この修正はまだ準備できません:
%1</translation>
    </message>
    <message>
        <source>Waiting...</source>
        <translation>待機中...</translation>
    </message>
    <message>
        <source>Not applied: there is nothing to change.</source>
        <translation>適用なし: 変更する内容がありません。</translation>
    </message>
    <message>
        <source>Not applied: not selected.</source>
        <translation>適用なし: 選択されていません。</translation>
    </message>
    <message>
        <source>Applying: backing up, writing, then checking again...</source>
        <translation>適用中: バックアップ、書き込み、再チェックを行っています...</translation>
    </message>
    <message>
        <source>%1: %2 so far</source>
        <extracomment>Download progress: %1 = item (a file name), %2 = amount received so far.</extracomment>
        <translation>%1: %2 受信済み</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>Download progress: %1 = item (a file name), %2 = done, %3 = total (e.g. &quot;4.2 MB&quot;).</extracomment>
        <translation>%1: %3 中 %2</translation>
    </message>
    <message>
        <source>Applied and verified: the check passes now. Backup set: %1</source>
        <translation>適用して検証しました: チェックに合格しました。バックアップ セット: %1</translation>
    </message>
    <message>
        <source>Not fixed, rolled back: %1 The original files were put back (backup set %2).</source>
        <translation>修正できず、ロールバックしました: %1 元のファイルを戻しました (バックアップ セット %2)。</translation>
    </message>
    <message>
        <source>Applied, but not verified: %1 Backup set: %2</source>
        <translation>適用しましたが、検証できませんでした: %1 バックアップ セット: %2</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>適用なし: %1</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <extracomment>%1 is a status word (Passed, Failed...), %2 what happened.</extracomment>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Not applied: stopped before this fix.</source>
        <translation>適用なし: この修正の前に停止しました。</translation>
    </message>
    <message>
        <source>Undone – run the diagnosis again</source>
        <extracomment>The fix of this step was undone from the Undo tab.</extracomment>
        <translation>元に戻し済み – もう一度診断を実行してください</translation>
    </message>
    <message>
        <source>Nothing to change: %1</source>
        <extracomment>%1 says why, e.g. &quot;an earlier fix in this batch already resolved it&quot;.</extracomment>
        <translation>変更する内容はありません: %1</translation>
    </message>
</context>
<context>
    <name>kb::FixExecutor</name>
    <message>
        <source>Restart the service %1 and wait until it is running.</source>
        <translation>サービス %1 を再起動し、実行中になるまで待ちます。</translation>
    </message>
    <message>
        <source>Start the service %1 and wait until it is running.</source>
        <translation>サービス %1 を開始し、実行中になるまで待ちます。</translation>
    </message>
    <message>
        <source>Grant %1 the rights %2 on %3 (the current permissions are saved first).</source>
        <translation>%3 で %1 に %2 の権限を付与します (現在のアクセス許可を先に保存します)。</translation>
    </message>
    <message>
        <source>Set the anonymous identity of the IIS site %1 to the application pool identity.</source>
        <translation>IIS サイト %1 の匿名ユーザーの ID をアプリケーション プールの ID に設定します。</translation>
    </message>
    <message>
        <source>Set the anonymous identity of the IIS site %1 to the user %2 (password not shown).</source>
        <translation>IIS サイト %1 の匿名ユーザーの ID をユーザー %2 に設定します (パスワードは表示されません)。</translation>
    </message>
    <message>
        <source>First:</source>
        <translation>最初に:</translation>
    </message>
    <message>
        <source>Then:</source>
        <translation>次に:</translation>
    </message>
    <message>
        <source>Check the step %1 again.</source>
        <translation>手順 %1 をもう一度チェックします。</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>変更する内容はありません。</translation>
    </message>
    <message>
        <source>This fix needs the host backend: %1</source>
        <translation>この修正にはホスト バックエンドが必要です: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %n file(s) to %1 and verified the copies.</source>
        <translation>
            <numerusform>%n 個のファイルを %1 にバックアップし、コピーを検証しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n new file(s) that undo will remove.</source>
        <translation>
            <numerusform>元に戻すときに削除する新しいファイル %n 個を記録しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling back failed: %1</source>
        <translation>ロールバックに失敗しました: %1</translation>
    </message>
    <message>
        <source>Rolled back: the original files were restored.</source>
        <translation>ロールバックしました: 元のファイルを復元しました。</translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation>フォルダーを作成できません。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
    <message>
        <source>The service %1 did not reach RUNNING (error %2).</source>
        <translation>サービス %1 が RUNNING になりませんでした (エラー %2)。</translation>
    </message>
    <message>
        <source>The check still fails after the fix: %1</source>
        <translation>修正後もチェックが失敗します: %1</translation>
    </message>
    <message>
        <source>Verified: the check passes now.</source>
        <translation>検証済み: チェックに合格しました。</translation>
    </message>
    <message>
        <source>Checked %1 again (%2): %3</source>
        <translation>%1 を再チェックしました (%2): %3</translation>
    </message>
    <message>
        <source>Delete %1 (%L2 bytes; backed up first)</source>
        <extracomment>%1 = file path relative to PCCSRV, %2 = its size in bytes</extracomment>
        <translation>%1 を削除します (%L2 バイト。事前にバックアップします)</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n file(s) the fix removes; undo puts them back.</source>
        <translation>
            <numerusform>修正で削除するファイル %n 個を記録しました。元に戻すとこれらのファイルが戻されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the file: %1</source>
        <translation>ファイルを削除できません: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>The file is read-only. Nothing was changed. Clear its read-only attribute (in the file&apos;s Properties) and run the fix again.</source>
        <translation>ファイルは読み取り専用です。何も変更していません。ファイルのプロパティで読み取り専用属性を解除してから、もう一度修正を実行してください。</translation>
    </message>
    <message>
        <source>The file cannot be opened for writing: %1. Another program may hold it open, or the folder is read-only. Nothing was changed.</source>
        <translation>ファイルを書き込み用に開けません: %1。別のプログラムがファイルを開いているか、フォルダーが読み取り専用の可能性があります。何も変更していません。</translation>
    </message>
    <message>
        <source>The backup could not be made, so nothing was changed.</source>
        <translation>バックアップを作成できなかったため、何も変更していません。</translation>
    </message>
    <message>
        <source>The installation folder %1 cannot be opened; nothing was changed.</source>
        <translation>インストール フォルダー %1 を開けません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Warning: the backup set&apos;s state could not be recorded (%1); it will be listed as interrupted, and undoing it is still safe.</source>
        <translation>警告: バックアップ セットの状態を記録できませんでした (%1)。中断されたものとして一覧に表示されますが、元に戻しても安全です。</translation>
    </message>
    <message>
        <source>Create %1 (%L2 bytes, SHA-256 %3)</source>
        <extracomment>%1 = file path relative to PCCSRV, %2 = size in bytes, %3 = SHA-256 in hex</extracomment>
        <translation>%1 を作成 (%L2 バイト、SHA-256 %3)</translation>
    </message>
    <message>
        <source>Replace %1 (%L2 bytes, SHA-256 %3; the current file is backed up first)</source>
        <translation>%1 を置き換え (%L2 バイト、SHA-256 %3。現在のファイルを先にバックアップします)</translation>
    </message>
</context>
<context>
    <name>kb::FixInputForm</name>
    <message>
        <source>Confirm: %1</source>
        <translation>確認: %1</translation>
    </message>
    <message>
        <source>Type the password again; the fix waits until both entries match.</source>
        <translation>パスワードをもう一度入力してください。両方の入力が一致するまで修正は実行されません。</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>2 つの入力内容が一致しません。</translation>
    </message>
    <message>
        <source>Used by the fix &quot;%1&quot;; the preview shows its effect.</source>
        <extracomment>%1 = the title of the fix&apos;s step</extracomment>
        <translation>修正「%1」で使用されます。プレビューに効果が表示されます。</translation>
    </message>
    <message>
        <source>Confirm:</source>
        <extracomment>Label of the field where the password is typed a second time.</extracomment>
        <translation>確認:</translation>
    </message>
</context>
<context>
    <name>kb::FixOutcome</name>
    <message>
        <source>applied and verified</source>
        <translation>適用して検証済み</translation>
    </message>
    <message>
        <source>applied, not verified</source>
        <translation>適用済み、未検証</translation>
    </message>
    <message>
        <source>failed, rolled back</source>
        <translation>失敗、ロールバック済み</translation>
    </message>
    <message>
        <source>not applied</source>
        <translation>未適用</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>applied, then undone</source>
        <translation>適用後に元に戻しました</translation>
    </message>
</context>
<context>
    <name>kb::FixPage</name>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>Review the changes. Nothing is changed until you press &quot;Apply selected&quot;; every file is backed up first and checked again afterwards.</source>
        <translation>変更内容を確認してください。[選択項目を適用] を押すまで何も変更されません。各ファイルは事前にバックアップされ、変更後に再チェックされます。</translation>
    </message>
    <message>
        <source>Changes to &amp;make</source>
        <translation>行う変更(&amp;M)</translation>
    </message>
    <message>
        <source>Undo &amp;earlier changes</source>
        <translation>以前の変更を元に戻す(&amp;E)</translation>
    </message>
    <message>
        <source>Fixes and undo</source>
        <translation>修正と元に戻す操作</translation>
    </message>
    <message>
        <source>Progress of the fixes</source>
        <translation>修正の進行状況</translation>
    </message>
    <message>
        <source>%v of %m fixes</source>
        <extracomment>Progress bar text: %v fixes done of %m.</extracomment>
        <translation>%v / %m 件の修正</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) can be made. Clear the box of any you do not want.</source>
        <translation>
            <numerusform>%n 件の変更を行えます。不要な変更はチェック ボックスをオフにしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: no check found a problem that KB Wizard can repair. Manual steps are listed in the report.</source>
        <translation>修正の必要はありません: KB Wizard で修復できる問題はチェックで見つかりませんでした。手動の手順はレポートに記載されています。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to fix automatically. %n problem(s) need work by hand or could not be checked: see the diagnosis and the report.</source>
        <translation>
            <numerusform>自動で修正できるものはありません。%n 件の問題は手作業が必要か、チェックできませんでした。診断とレポートを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue to the &amp;report</source>
        <translation>レポートへ進む(&amp;R)</translation>
    </message>
    <message>
        <source>Continue &amp;without fixing</source>
        <translation>修正せずに続行(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Apply selected</source>
        <translation>選択項目を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Applying the fixes. Each file is backed up first.</source>
        <translation>修正を適用しています。各ファイルは事前にバックアップされます。</translation>
    </message>
    <message>
        <source>The result of each fix is shown with it. The &quot;Undo earlier changes&quot; tab puts the saved files back if needed.</source>
        <translation>各修正の結果はその修正と一緒に表示されます。必要に応じて、[以前の変更を元に戻す] タブで保存したファイルを戻せます。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n fix(es) applied and verified. The report lists every change and its backup set.</source>
        <translation>
            <numerusform>%n 件中 %1 件の修正を適用して検証しました。レポートには、すべての変更とそのバックアップ セットが記載されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the current step; nothing half-done is kept.</source>
        <translation>現在の手順の後で停止します。途中までの変更は残りません。</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>管理者権限</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <extracomment>Button shown while fixes are applied: stop after the fix that is running.</extracomment>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop applying fixes</source>
        <translation>修正の適用を停止</translation>
    </message>
    <message>
        <source>Stops after the current step; nothing half-done is kept.</source>
        <translation>現在の手順の後で停止します。途中までの変更は残りません。</translation>
    </message>
    <message>
        <source>The fixes were applied, and each step was checked again. Every change can be undone under &quot;Undo earlier changes&quot;.</source>
        <translation>修正を適用し、各手順を再チェックしました。すべての変更は [以前の変更を元に戻す] で元に戻せます。</translation>
    </message>
    <message>
        <source>Applying the fixes: each file is backed up first; a fix that fails is rolled back.</source>
        <translation>修正を適用しています。各ファイルは先にバックアップされ、失敗した修正はロールバックされます。</translation>
    </message>
    <message numerus="yes">
        <source>%n other checked change(s) could not be applied; each says why.</source>
        <translation>
            <numerusform>チェックした他の %n 件の変更は適用できませんでした。各変更に理由が表示されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sa&amp;ve plan...</source>
        <translation>プランを保存(&amp;V)...</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>プランを保存</translation>
    </message>
    <message>
        <source>Saves the ticked changes with their exact differences as a plan file, to review and apply later (kbwizard --headless --apply PLAN). Passwords are not saved.</source>
        <translation>チェックした変更を正確な差分と共にプランファイルとして保存し、確認してから後で適用できるようにします (kbwizard --headless --apply PLAN)。パスワードは保存されません。</translation>
    </message>
    <message>
        <source>&amp;Open plan...</source>
        <translation>プランを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a saved plan</source>
        <translation>保存したプランを開く</translation>
    </message>
    <message>
        <source>Opens a saved plan for this server; it is used only if nothing it read has changed since it was made.</source>
        <translation>このサーバー用に保存したプランを開きます。プランが読み取った内容が作成時から何も変わっていない場合にのみ使用されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n more step(s) follow only if the problem persists after these fixes (%1): run the diagnosis again after applying.</source>
        <extracomment>%1 = step ids. The article takes these steps only if the problem persists.</extracomment>
        <translation>
            <numerusform>さらに %n 件の手順は、これらの修正の後も問題が続く場合にのみ行います (%1): 適用後に診断をもう一度実行してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No change is ticked, so there is no plan to save.</source>
        <translation>変更が 1 つもチェックされていないため、保存するプランがありません。</translation>
    </message>
    <message>
        <source>expected a JSON object.</source>
        <translation>JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>This plan is for %1 on %2; the wizard works on %3 on %4.</source>
        <translation>このプランは %2 の %1 用です。ウィザードは %4 の %3 を処理しています。</translation>
    </message>
    <message>
        <source>The plan fixes %1, which needs no fix now; run the diagnosis again or make a new plan.</source>
        <translation>プランは %1 を修正しますが、現在は修正の必要がありません。診断をもう一度実行するか、新しいプランを作成してください。</translation>
    </message>
    <message>
        <source>Repair plans (*.json)</source>
        <translation>修復プラン (*.json)</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>プランは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Plan saved to %1. Apply it later with the wizard (Open plan) or with kbwizard --headless --apply PLAN --yes.</source>
        <translation>プランを %1 に保存しました。後でウィザード ([プランを開く]) または kbwizard --headless --apply PLAN --yes で適用してください。</translation>
    </message>
    <message>
        <source>The plan was not opened: %1</source>
        <translation>プランは開かれませんでした: %1</translation>
    </message>
    <message>
        <source>Opened the plan %1: nothing it read has changed, and its fixes still plan the same. The ticked changes are exactly the plan&apos;s.</source>
        <translation>プラン %1 を開きました: プランが読み取った内容は何も変わっておらず、修正の計画も同じです。チェックされている変更はプランの内容そのものです。</translation>
    </message>
    <message>
        <source>Password for the saved plan</source>
        <extracomment>Title of the dialog that asks for a password a saved plan needs (plans never hold one)</extracomment>
        <translation>保存したプランのパスワード</translation>
    </message>
    <message>
        <source>The step &quot;%1&quot; needs &quot;%2&quot;, which a plan never holds; it is opened only when that is given.</source>
        <extracomment>%1 = step title, %2 = the password field&apos;s label</extracomment>
        <translation>手順「%1」には「%2」が必要です。プランにはこれが含まれないため、入力されるまでプランは開かれません。</translation>
    </message>
</context>
<context>
    <name>kb::Host</name>
    <message>
        <source>No host backend: service, permission, IIS and registry checks need the Windows backend (run on the server, or use --host windows) or the demo server (--demo).</source>
        <translation>ホスト バックエンドがありません: サービス、アクセス許可、IIS、レジストリのチェックには、Windows バックエンド (サーバー上で実行するか、--host windows を使用) またはデモ サーバー (--demo) が必要です。</translation>
    </message>
    <message>
        <source>--host demo needs a demo server sandbox (see --demo).</source>
        <translation>--host demo にはデモ サーバーのサンドボックスが必要です (--demo を参照)。</translation>
    </message>
    <message>
        <source>No host backend for %1.</source>
        <translation>%1 のホスト バックエンドがありません。</translation>
    </message>
</context>
<context>
    <name>kb::IcaclsParser</name>
    <message>
        <source>Access to the permissions of %1 was denied: %2</source>
        <translation>%1 のアクセス許可へのアクセスが拒否されました: %2</translation>
    </message>
    <message>
        <source>%1 was not found: %2</source>
        <translation>%1 が見つかりませんでした: %2</translation>
    </message>
    <message>
        <source>icacls does not know the account: %1</source>
        <translation>icacls はアカウントを認識できません: %1</translation>
    </message>
    <message>
        <source>icacls rejected a parameter: %1</source>
        <translation>icacls はパラメーターを拒否しました: %1</translation>
    </message>
    <message>
        <source>icacls failed on %1 (exit code %2): %3</source>
        <translation>icacls が %1 で失敗しました (終了コード %2): %3</translation>
    </message>
    <message>
        <source>Could not read the permissions of %1 from icacls&apos; output.</source>
        <translation>icacls の出力から %1 のアクセス許可を読み取れませんでした。</translation>
    </message>
    <message>
        <source>icacls ended without reporting that it processed %1; its output was: %2</source>
        <translation>icacls は %1 を処理したことを報告せずに終了しました。出力: %2</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>kb::IisAnonymousBackup</name>
    <message>
        <source>The saved IIS settings are damaged; nothing was restored.</source>
        <translation>保存された IIS 設定が破損しています。何も復元していません。</translation>
    </message>
    <message>
        <source>the application pool identity</source>
        <translation>アプリケーション プールの ID</translation>
    </message>
    <message>
        <source>the user %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <source>The saved IIS settings belong to another site; nothing was restored.</source>
        <translation>保存された IIS 設定は別のサイトのものです。何も復元していません。</translation>
    </message>
    <message>
        <source>The IIS site %1 already uses %2 for anonymous authentication.</source>
        <translation>IIS サイト %1 は、匿名認証に既に %2 を使用しています。</translation>
    </message>
    <message>
        <source>The IIS site %1 used the user %2 for anonymous authentication before the fix. Its password is stored encrypted and cannot be read back, so undo did not change the site. To go back, open IIS Manager, select the site %1, double-click Authentication, right-click Anonymous Authentication, choose Edit, select Specific user, click Set and type %2 and its password.</source>
        <translation>IIS サイト %1 は、修正前は匿名認証にユーザー %2 を使用していました。そのパスワードは暗号化して保存されており読み戻せないため、元に戻す操作ではサイトを変更していません。元に戻すには、IIS マネージャーを開いてサイト %1 を選択し、[認証] をダブルクリックして [匿名認証] を右クリックし、[編集] を選択します。[特定のユーザー] を選択して [設定] をクリックし、%2 とそのパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Note: the IIS site %1 had been changed to %2 after the fix; it is put back anyway.</source>
        <translation>注: IIS サイト %1 は修正後に %2 に変更されていましたが、それでも元に戻します。</translation>
    </message>
    <message>
        <source>Restored the anonymous identity of the IIS site %1: %2.</source>
        <translation>IIS サイト %1 の匿名ユーザーの ID を復元しました: %2。</translation>
    </message>
</context>
<context>
    <name>kb::IisAnonymousCheck</name>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>the application pool identity</source>
        <translation>アプリケーション プールの ID</translation>
    </message>
    <message>
        <source>the specific user %1 (a password is stored)</source>
        <translation>特定のユーザー %1 (パスワード保存済み)</translation>
    </message>
    <message>
        <source>the specific user %1 (no password stored)</source>
        <translation>特定のユーザー %1 (パスワード未保存)</translation>
    </message>
    <message>
        <source>Could not read the Anonymous Authentication settings of the console site: %1</source>
        <translation>コンソール サイトの匿名認証の設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>IIS site &quot;%1&quot;, Anonymous Authentication</source>
        <translation>IIS サイト &quot;%1&quot; の匿名認証</translation>
    </message>
    <message>
        <source>enabled, a specific user</source>
        <translation>有効、特定のユーザー</translation>
    </message>
    <message>
        <source>site path [%1]</source>
        <translation>サイト パス [%1]</translation>
    </message>
    <message>
        <source>IIS site &quot;%1&quot;, configuration as read</source>
        <translation>IIS サイト &quot;%1&quot; の構成 (読み取ったもの)</translation>
    </message>
    <message>
        <source>Anonymous Authentication is disabled for the IIS site %1: the console cannot serve its login pages. Enable it in IIS Manager (Authentication, Anonymous Authentication, Enable).</source>
        <translation>IIS サイト %1 の匿名認証が無効になっています。このため、コンソールはログイン ページを表示できません。IIS マネージャーで有効にしてください ([認証]、[匿名認証]、[有効にする])。</translation>
    </message>
    <message>
        <source>The IIS site %1 runs anonymous requests as the application pool identity; the article sets a specific user with its password.</source>
        <translation>IIS サイト %1 は匿名要求をアプリケーション プールの ID で実行しています。記事では、特定のユーザーとそのパスワードを設定します。</translation>
    </message>
    <message>
        <source>The IIS site %1 runs anonymous requests as %2.</source>
        <translation>IIS サイト %1 は匿名要求を %2 として実行しています。</translation>
    </message>
</context>
<context>
    <name>kb::IisAnonymousFix</name>
    <message>
        <source>Set the console site&apos;s Anonymous Authentication to a specific user and password (the password goes to IIS only; it is never shown, logged or reported).</source>
        <translation>コンソール サイトの匿名認証を特定のユーザーとパスワードに設定します (パスワードは IIS にのみ渡され、表示、ログ記録、レポートへの記載は一切行われません)。</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>The account IIS uses for the console&apos;s anonymous requests, as DOMAIN\user or SERVER\user. It needs Read and Write on PCCSRV\Temp.</source>
        <translation>IIS がコンソールへの匿名要求に使用するアカウントです。DOMAIN\user または SERVER\user の形式で指定します。PCCSRV\Temp に対する読み取りと書き込みのアクセス許可が必要です。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The account&apos;s password. It is handed to IIS and kept nowhere else.</source>
        <translation>アカウントのパスワードです。IIS に渡され、それ以外の場所には保存されません。</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>パスワードの確認入力</translation>
    </message>
    <message>
        <source>The same password again.</source>
        <translation>同じパスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>Anonymous Authentication is disabled for the IIS site %1. Enable it in IIS Manager first (Authentication, Anonymous Authentication, Enable), then run the check again.</source>
        <translation>IIS サイト %1 の匿名認証が無効になっています。先に IIS マネージャーで有効にしてから ([認証]、[匿名認証]、[有効にする])、もう一度チェックを実行してください。</translation>
    </message>
    <message>
        <source>Enter the user name IIS should use for the console.</source>
        <translation>IIS がコンソールに使用するユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the password of %1.</source>
        <translation>%1 のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>2 つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Now: %1. The password reaches IIS through appcmd&apos;s standard input, never its command line, and is not written to any log, report or backup.</source>
        <translation>現在: %1。パスワードはコマンド ラインではなく appcmd の標準入力を通じて IIS に渡され、ログ、レポート、バックアップには一切書き込まれません。</translation>
    </message>
    <message>
        <source>Undo: the current user %1 has a stored password that cannot be read back (IIS keeps it encrypted). Undo will not be able to restore it; it will tell you how to type it again in IIS Manager.</source>
        <translation>元に戻す: 現在のユーザー %1 には、読み戻せないパスワードが保存されています (IIS により暗号化されています)。元に戻す操作ではパスワードを復元できません。IIS マネージャーで再入力する方法が案内されます。</translation>
    </message>
    <message>
        <source>Undo puts back %1.</source>
        <translation>元に戻すと %1 に戻ります。</translation>
    </message>
</context>
<context>
    <name>kb::IisLogFinder</name>
    <message>
        <source>IIS site &quot;%1&quot;</source>
        <translation>IIS サイト &quot;%1&quot;</translation>
    </message>
    <message>
        <source>site id %1: logs in W3SVC%1</source>
        <translation>サイト ID %1: ログは W3SVC%1 にあります</translation>
    </message>
    <message>
        <source>the site&apos;s log folder in the IIS configuration</source>
        <translation>IIS 構成に記載されたサイトのログ フォルダー</translation>
    </message>
    <message>
        <source>site id unknown (%1)</source>
        <translation>サイト ID 不明 (%1)</translation>
    </message>
    <message>
        <source>site id unknown</source>
        <translation>サイト ID 不明</translation>
    </message>
    <message>
        <source>every W3SVC&lt;n&gt; folder is searched</source>
        <translation>すべての W3SVC&lt;n&gt; フォルダーを検索します</translation>
    </message>
    <message>
        <source>the W3SVC&lt;site id&gt; folder</source>
        <translation>W3SVC&lt;サイト ID&gt; フォルダー</translation>
    </message>
    <message>
        <source>IIS log folder %1</source>
        <translation>IIS ログ フォルダー %1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>cannot be reached from here</source>
        <translation>ここからアクセスできません</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>フォルダーが見つかりません</translation>
    </message>
    <message>
        <source>no W3SVC%1 folder</source>
        <translation>W3SVC%1 フォルダーがありません</translation>
    </message>
    <message>
        <source>no W3SVC folder</source>
        <translation>W3SVC フォルダーがありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n log file(s)</source>
        <translation>
            <numerusform>%1: %n 個のログ ファイル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IisLogsCheck</name>
    <message>
        <source>%1, changed %2</source>
        <translation>%1、更新日時 %2</translation>
    </message>
    <message>
        <source>newest: goes into the support bundle</source>
        <translation>最新: サポート バンドルに含めます</translation>
    </message>
    <message>
        <source>No IIS log of the site %1 was found. Create the support bundle for the report, and run the Case Diagnostic Tool.</source>
        <translation>サイト %1 の IIS ログが見つかりませんでした。レポート用にサポート バンドルを作成し、Case Diagnostic Tool を実行してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n IIS log file(s) of the site %1 found. The support bundle takes the newest with passwords masked; also run the Case Diagnostic Tool.</source>
        <translation>
            <numerusform>サイト %1 の IIS ログ ファイルが %n 個見つかりました。サポート バンドルには最新のログがパスワードをマスクして含まれます。Case Diagnostic Tool も実行してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::IniDocument</name>
    <message>
        <source>UTF-32 text is not supported in INI files.</source>
        <translation>UTF-32 のテキストは INI ファイルではサポートされていません。</translation>
    </message>
    <message>
        <source>UTF-16 big-endian text is not supported in INI files.</source>
        <translation>UTF-16 ビッグ エンディアンのテキストは INI ファイルではサポートされていません。</translation>
    </message>
    <message>
        <source>The file contains NUL characters (binary data), not INI text.</source>
        <translation>ファイルに NUL 文字 (バイナリ データ) が含まれています。INI テキストではありません。</translation>
    </message>
    <message>
        <source>Invalid UTF-16: a high surrogate without its low surrogate.</source>
        <translation>無効な UTF-16: 上位サロゲートに対応する下位サロゲートがありません。</translation>
    </message>
    <message>
        <source>Invalid UTF-16: a low surrogate without its high surrogate.</source>
        <translation>無効な UTF-16: 下位サロゲートに対応する上位サロゲートがありません。</translation>
    </message>
    <message>
        <source>The UTF-16 file has an odd number of bytes (truncated?).</source>
        <translation>UTF-16 ファイルのバイト数が奇数です (途中で切れている可能性があります)。</translation>
    </message>
    <message>
        <source>The file contains NUL bytes (binary data, or UTF-16 without a byte order mark), not INI text.</source>
        <translation>ファイルに NUL バイト (バイナリ データ、またはバイト順マークのない UTF-16) が含まれています。INI テキストではありません。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <source>The file contains the control character %1 (binary data or a damaged file), not INI text.</source>
        <extracomment>%1 = a control character code such as 0x01</extracomment>
        <translation>ファイルに制御文字 %1 が含まれています (バイナリデータまたは破損したファイル)。INI テキストではありません。</translation>
    </message>
    <message>
        <source>The line is longer than %L1 characters: this is not INI text (a damaged file, or one whose line breaks were lost).</source>
        <translation>行が %L1 文字を超えています。INI テキストではありません (破損したファイル、または改行が失われたファイル)。</translation>
    </message>
    <message>
        <source>This is not a regular file (a device or a pipe).</source>
        <translation>通常のファイルではありません (デバイスまたはパイプ)。</translation>
    </message>
    <message>
        <source>The file is %L1 bytes long; INI files of the Security Server are far smaller, so it is not read (limit: %L2 MiB).</source>
        <extracomment>%L1 = the file&apos;s size in bytes, %L2 = the limit in MiB</extracomment>
        <translation>ファイルのサイズは %L1 バイトです。Security Server の INI ファイルはこれよりはるかに小さいため、読み込みません (上限: %L2 MiB)。</translation>
    </message>
</context>
<context>
    <name>kb::IniFlagCheck</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が存在しません。</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(ファイルなし)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>line %1; %2</source>
        <translation>%1 行目; %2</translation>
    </message>
    <message>
        <source>line %1; candidate found by scanning (name matches %2); the fix asks before changing it</source>
        <translation>%1 行目; スキャンで見つかった候補 (名前が %2 に一致)。修正では変更前に確認します</translation>
    </message>
    <message>
        <source>line %1; similar name (matches %2), not checked: the expected keys are present</source>
        <translation>%1 行目; 類似した名前 (%2 に一致)。想定されるキーが存在するため、チェックしていません</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are not set to the value the article requires.</source>
        <translation>
            <numerusform>%n 件のエントリが、記事で必要な値に設定されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The expected key names were not all found; confirm the candidates before the fix changes them.</source>
        <translation>想定されるキー名がすべては見つかりませんでした。修正で変更する前に候補を確認してください。</translation>
    </message>
    <message>
        <source>None of the expected entries (%1 in [%2]) is in %3, and no similar key was found. Check the Integrated Smart Protection Server settings in the web console.</source>
        <translation>想定されるエントリ ([%2] の %1) が %3 に 1 つもなく、類似したキーも見つかりませんでした。Web コンソールで Integrated Smart Protection Server の設定を確認してください。</translation>
    </message>
    <message>
        <source>The expected key names were not all found; the similar keys listed all hold %1.</source>
        <translation>想定されるキー名がすべては見つかりませんでした。一覧の類似キーはすべて %1 です。</translation>
    </message>
    <message>
        <source>Every entry is set as the article requires.</source>
        <translation>すべてのエントリが記事のとおりに設定されています。</translation>
    </message>
</context>
<context>
    <name>kb::IniFlagFix</name>
    <message>
        <source>[%1] %2 in %3 is &quot;%4&quot;. New value:</source>
        <extracomment>%1 section, %2 key, %3 file, %4 current value</extracomment>
        <translation>%3 の [%1] %2 は &quot;%4&quot; です。新しい値:</translation>
    </message>
    <message>
        <source>The article says both entries must be %1. This key&apos;s name is the wizard&apos;s best reading (%2); choose &quot;%3&quot; to keep it unchanged.</source>
        <translation>記事では、両方のエントリを %1 にする必要があります。このキーの名前はウィザードの推定によるものです (%2)。変更しない場合は &quot;%3&quot; を選択してください。</translation>
    </message>
    <message>
        <source>This key was found by scanning the file for names matching %1; it may be one of the two entries the article means. Choose &quot;%2&quot; to change it, &quot;%3&quot; to leave it.</source>
        <translation>このキーは、ファイル内で %1 に一致する名前をスキャンして見つかったもので、記事が示す 2 つのエントリのいずれかである可能性があります。変更する場合は &quot;%2&quot;、変更しない場合は &quot;%3&quot; を選択してください。</translation>
    </message>
    <message>
        <source>No entry was chosen to be changed.</source>
        <translation>変更するエントリが選択されていません。</translation>
    </message>
    <message>
        <source>The key names are not confirmed from a real installation (%1); the preview shows exactly which lines change.</source>
        <translation>キー名は実際のインストールで確認されたものではありません (%1)。変更される行はプレビューで正確に確認できます。</translation>
    </message>
    <message>
        <source>Left unchanged as chosen: %1</source>
        <translation>選択に従い変更しませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kb::IniValueCheck</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が存在しません。</translation>
    </message>
    <message>
        <source>(file missing)</source>
        <translation>(ファイルなし)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) differ from what the article requires.</source>
        <translation>
            <numerusform>%n 件の設定が記事で必要な値と異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>All settings are as the article requires.</source>
        <translation>すべての設定が記事のとおりです。</translation>
    </message>
</context>
<context>
    <name>kb::IniValueFix</name>
    <message>
        <source>Section of %1 to add %2=%3 to</source>
        <translation>%2=%3 を追加する %1 のセクション</translation>
    </message>
    <message>
        <source>The file has no [%1] section. The article only says to insert the line; [%1] is where ActiveUpdate keeps its download settings.</source>
        <translation>ファイルに [%1] セクションがありません。記事には行を挿入するとしか記載されていませんが、ActiveUpdate はダウンロード設定を [%1] に保存しています。</translation>
    </message>
    <message>
        <source>Choose the section to add %1 to.</source>
        <translation>%1 を追加するセクションを選択してください。</translation>
    </message>
</context>
<context>
    <name>kb::Installation</name>
    <message>
        <source>The folder does not exist or cannot be opened.</source>
        <translation>フォルダーが存在しないか、開けません。</translation>
    </message>
    <message>
        <source>No Worry-Free Business Security or OfficeScan server folder (PCCSRV) was found here.</source>
        <translation>ここには Worry-Free Business Security または OfficeScan のサーバー フォルダー (PCCSRV) が見つかりませんでした。</translation>
    </message>
    <message>
        <source>The registry names no Worry-Free Business Security or OfficeScan server on this machine.</source>
        <translation>レジストリには、このコンピューター上の Worry-Free Business Security または OfficeScan サーバーの情報がありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name. Type it as SERVER or \\SERVER.</source>
        <translation>&quot;%1&quot; はサーバー名ではありません。SERVER または \\SERVER の形式で入力してください。</translation>
    </message>
    <message>
        <source>the server&apos;s registry (%1)</source>
        <translation>サーバーのレジストリ (%1)</translation>
    </message>
    <message>
        <source>No Worry-Free Business Security or OfficeScan server folder was found on \\%1. Looked at: %2. Reading these folders needs administrator rights on %1 (the C$ share); or type the PCCSRV folder&apos;s network path.</source>
        <translation>\\%1 に Worry-Free Business Security または OfficeScan のサーバー フォルダーが見つかりませんでした。確認した場所: %2。これらのフォルダーを読み取るには %1 の管理者権限 (C$ 共有) が必要です。または PCCSRV フォルダーのネットワーク パスを入力してください。</translation>
    </message>
</context>
<context>
    <name>kb::InstallationSearch</name>
    <message>
        <source>No earlier demo server was found.</source>
        <translation>以前のデモ サーバーは見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>kb::InstallerCheck</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>nothing matching</source>
        <translation>一致するものなし</translation>
    </message>
    <message>
        <source>(folder absent)</source>
        <translation>(フォルダーなし)</translation>
    </message>
    <message numerus="yes">
        <source>searched %n level(s) of subfolders; %1</source>
        <translation>
            <numerusform>%n 階層のサブフォルダーを検索; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>search stopped after %1 entries</source>
        <translation>%1 エントリで検索を停止</translation>
    </message>
</context>
<context>
    <name>kb::KbWizard</name>
    <message>
        <source>KB Wizard</source>
        <translation>KB Wizard</translation>
    </message>
    <message>
        <source>KB Wizard is applying a fix. It stops after the current fix; close the window when the Fix page says the fixes are done.</source>
        <translation>KB Wizard は修正を適用中です。現在の修正の後で停止します。[修正] ページに修正の完了が表示されたら、ウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>Choose the Trend Micro server installation to repair. KB Wizard lists the installations it found; use &quot;Choose folder&quot; for another one (a local folder or a \\server\share path), or try everything safely on the demo server.</source>
        <translation>修復する Trend Micro サーバーのインストールを選択してください。KB Wizard は見つかったインストールを一覧表示します。それ以外のインストールには [フォルダーの選択] を使用してください (ローカル フォルダーまたは \\server\share パス)。デモ サーバーですべてを安全に試すこともできます。</translation>
    </message>
    <message>
        <source>Describe what goes wrong in a few words and pick the sentence that matches best. Each sentence belongs to a Trend Micro knowledge-base article; the wizard follows that article.</source>
        <translation>問題の内容を数語で入力し、最も当てはまる文を選択してください。各文は Trend Micro のナレッジベースの記事に対応しており、ウィザードはその記事に従って処理を進めます。</translation>
    </message>
    <message>
        <source>The wizard runs the article&apos;s checks without changing anything. Select a step to see why it matters and what was found. Manual steps tell you what to do by hand.</source>
        <translation>ウィザードは何も変更せずに記事のチェックを実行します。手順を選択すると、その重要性と検出内容が表示されます。手動の手順には、手作業で行うことが示されます。</translation>
    </message>
    <message>
        <source>Review each change before it is made: the preview shows every line that will change. &quot;Apply selected&quot; backs up each file first, makes the change and checks it again. Earlier changes can be undone from the Undo tab.</source>
        <translation>各変更は実行前に確認してください。プレビューには変更されるすべての行が表示されます。[選択項目を適用] では、各ファイルを先にバックアップしてから変更を行い、再チェックします。以前の変更は [以前の変更を元に戻す] タブから元に戻せます。</translation>
    </message>
    <message>
        <source>The report lists what was checked, what was found and what was changed, with the backup of every change. Save it or copy the summary into a support ticket. Passwords never appear in it.</source>
        <translation>レポートには、チェックした内容、検出内容、変更内容と、各変更のバックアップが記載されます。保存するか、概要をコピーしてサポート チケットに貼り付けてください。パスワードは記載されません。</translation>
    </message>
    <message>
        <source>KB Wizard Help</source>
        <translation>KB Wizard ヘルプ</translation>
    </message>
    <message>
        <source>kbwizard: %1</source>
        <translation>kbwizard: %1</translation>
    </message>
    <message>
        <source>Unknown host backend &quot;%1&quot;: use windows, demo or none.</source>
        <translation>不明なホスト バックエンド &quot;%1&quot; です。windows、demo、none のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>KB Wizard cannot start: %1</source>
        <translation>KB Wizard を開始できません: %1</translation>
    </message>
    <message>
        <source>KB Wizard is undoing a fix. Close the window when the Undo tab says it is done.</source>
        <translation>KB Wizard は修正を元に戻しています。[以前の変更を元に戻す] タブに完了が表示されたら、ウィンドウを閉じてください。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <extracomment>Button that opens the list of user interface languages</extracomment>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Switches the language of the wizard and its reports.</source>
        <translation>ウィザードとレポートの言語を切り替えます。</translation>
    </message>
    <message>
        <source>Goes back to the previous page. Nothing applied is undone by it.</source>
        <translation>前のページに戻ります。適用済みの変更は元に戻りません。</translation>
    </message>
    <message>
        <source>Goes on to the next page.</source>
        <translation>次のページに進みます。</translation>
    </message>
    <message>
        <source>Applies the selected fixes, or goes on to the report when there is nothing left to apply.</source>
        <translation>選択した修正を適用します。適用するものがない場合はレポートに進みます。</translation>
    </message>
    <message>
        <source>Closes KB Wizard.</source>
        <translation>KB Wizard を閉じます。</translation>
    </message>
    <message>
        <source>Closes KB Wizard. Fixes already applied stay; their backups can be undone later.</source>
        <translation>KB Wizard を閉じます。適用済みの修正はそのまま残り、後でバックアップから元に戻せます。</translation>
    </message>
    <message>
        <source>Explains the current page.</source>
        <translation>現在のページについて説明します。</translation>
    </message>
</context>
<context>
    <name>kb::LwcsStatusCheck</name>
    <message>
        <source>TCP port of the Web Reputation service</source>
        <translation>Web Reputation サービスの TCP ポート</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number; using %2</source>
        <translation>&quot;%1&quot; はポート番号ではありません。%2 を使用します</translation>
    </message>
    <message>
        <source>(absent); using %1</source>
        <translation>(なし)。%1 を使用します</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>接続が拒否されました: そのポートで待ち受けているものがありません</translation>
    </message>
    <message>
        <source>no connection: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>no answer: nothing arrived for %L1 s</source>
        <translation>応答なし: %L1 秒間何も届きませんでした</translation>
    </message>
    <message>
        <source>no complete answer in time (timeout)</source>
        <translation>時間内に完全な応答がありません (タイムアウト)</translation>
    </message>
    <message>
        <source>the server name did not resolve: %1</source>
        <translation>サーバー名を解決できませんでした: %1</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>応答が完了する前に接続が閉じられました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>GET %1 (no proxy)</source>
        <translation>GET %1 (プロキシなし)</translation>
    </message>
    <message>
        <source>HTTP 200 with the status page</source>
        <translation>HTTP 200 (ステータス ページあり)</translation>
    </message>
    <message>
        <source>empty page</source>
        <translation>空のページ</translation>
    </message>
    <message>
        <source>page text: %1</source>
        <translation>ページのテキスト: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>The Local Web Classification Server answers on %1 port %2.</source>
        <translation>Local Web Classification Server は %1 のポート %2 で応答しています。</translation>
    </message>
    <message>
        <source>The status page answered %1 instead of 200. Check the web server log (IIS or Apache) on the server.</source>
        <translation>ステータス ページが 200 ではなく %1 を返しました。サーバーの Web サーバー ログ (IIS または Apache) を確認してください。</translation>
    </message>
    <message>
        <source>Nothing listens on %1 port %2 (connection refused): the Local Web Classification Server is not running, or it uses another port.</source>
        <translation>%1 のポート %2 で待ち受けているものがありません (接続が拒否されました)。Local Web Classification Server が実行されていないか、別のポートを使用しています。</translation>
    </message>
    <message>
        <source>No connection to %1 port %2: %3</source>
        <translation>%1 のポート %2 に接続できません: %3</translation>
    </message>
    <message>
        <source>%1 port %2 accepted the connection but the status page did not answer in time: the service hangs or a firewall interferes.</source>
        <translation>%1 のポート %2 は接続を受け付けましたが、ステータス ページが時間内に応答しませんでした。サービスが応答を停止しているか、ファイアウォールが干渉しています。</translation>
    </message>
    <message>
        <source>The server name %1 did not resolve.</source>
        <translation>サーバー名 %1 を解決できませんでした。</translation>
    </message>
    <message>
        <source>The status page could not be read: %1</source>
        <translation>ステータス ページを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>kb::NameResolver</name>
    <message>
        <source>no proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>SOCKS4 proxy</source>
        <translation>SOCKS4 プロキシ</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 プロキシ</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 = &quot;HTTP proxy&quot;, %2 = host:port</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 (user %3)</source>
        <extracomment>%1 = &quot;HTTP proxy&quot;, %2 = host:port, %3 = user name (never the password)</extracomment>
        <translation>%1 %2 (ユーザー %3)</translation>
    </message>
    <message>
        <source>The name %1 was not found.</source>
        <extracomment>%1 = host name</extracomment>
        <translation>名前 %1 が見つかりませんでした。</translation>
    </message>
    <message>
        <source>Looking up %1 took longer than %L2 ms.</source>
        <extracomment>%1 = host name, %2 = milliseconds</extracomment>
        <translation>%1 の名前解決に %L2 ミリ秒以上かかりました。</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2</source>
        <extracomment>%1 = host name, %2 = the system&apos;s error text</extracomment>
        <translation>%1 の名前解決に失敗しました: %2</translation>
    </message>
    <message>
        <source>The demo does not reach the network: %1 is not one of its simulated addresses.</source>
        <extracomment>%1 = an IP address</extracomment>
        <translation>デモはネットワークにアクセスしません: %1 はデモのシミュレーション アドレスではありません。</translation>
    </message>
</context>
<context>
    <name>kb::NetProbe</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>The request took longer than the %L1 s allowed (%L2 bytes of the answer had arrived).</source>
        <extracomment>%1 = seconds, %2 = byte count</extracomment>
        <translation>要求が許容時間の %L1 秒を超えました (応答のうち %L2 バイトを受信済み)。</translation>
    </message>
    <message>
        <source>The %1 accepted the request but sent nothing back for %L2 s.</source>
        <extracomment>%1 = proxy description, %2 = seconds</extracomment>
        <translation>%1 は要求を受け付けましたが、%L2 秒間何も返しませんでした。</translation>
    </message>
    <message>
        <source>The download stalled: no byte arrived for %L1 s after %L2 bytes.</source>
        <extracomment>%1 = seconds, %2 = byte count</extracomment>
        <translation>ダウンロードが停止しました: %L2 バイトの後、%L1 秒間 1 バイトも届きませんでした。</translation>
    </message>
    <message>
        <source>The server accepted the request but sent nothing back for %L1 s.</source>
        <translation>サーバーは要求を受け付けましたが、%L1 秒間何も返しませんでした。</translation>
    </message>
    <message>
        <source>The connection was closed before a complete answer arrived.</source>
        <translation>完全な応答が届く前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection was closed after %L1 of %L2 bytes.</source>
        <extracomment>%1 = bytes received, %2 = bytes announced</extracomment>
        <translation>%L2 バイト中 %L1 バイトの時点で接続が閉じられました。</translation>
    </message>
    <message>
        <source>The connection was closed after %L1 bytes, before the end of the answer.</source>
        <translation>%L1 バイトの時点で、応答の終わりより前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The answer is not HTTP.</source>
        <translation>応答が HTTP ではありません。</translation>
    </message>
    <message>
        <source>The %1 requires a user name and password (HTTP 407).</source>
        <translation>%1 ではユーザー名とパスワードが必要です (HTTP 407)。</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or password (HTTP 407).</source>
        <translation>%1 はユーザー名またはパスワードを拒否しました (HTTP 407)。</translation>
    </message>
    <message>
        <source>The download could not be written to disk: %1</source>
        <extracomment>%1 = the system&apos;s error text</extracomment>
        <translation>ダウンロードしたデータをディスクに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The answer is larger than the %L1 bytes this check reads.</source>
        <extracomment>%1 = byte limit</extracomment>
        <translation>応答が、このチェックで読み取る上限の %L1 バイトを超えています。</translation>
    </message>
    <message>
        <source>The answer&apos;s chunked body is damaged.</source>
        <translation>応答のチャンク形式の本文が破損しています。</translation>
    </message>
    <message>
        <source>The answer announces %L1 bytes, more than the %L2 bytes this check reads.</source>
        <extracomment>%1 = announced size, %2 = byte limit</extracomment>
        <translation>応答のサイズは %L1 バイトと通知されており、このチェックで読み取る上限の %L2 バイトを超えています。</translation>
    </message>
    <message>
        <source>An answer arrived.</source>
        <translation>応答がありました。</translation>
    </message>
    <message>
        <source>The name could not be resolved (DNS).</source>
        <translation>名前を解決できませんでした (DNS)。</translation>
    </message>
    <message>
        <source>The TCP connection could not be opened.</source>
        <translation>TCP 接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The proxy refused, could not be reached or did not answer.</source>
        <translation>プロキシが拒否したか、プロキシに到達できないか、プロキシが応答しませんでした。</translation>
    </message>
    <message>
        <source>The proxy rejected the user name or password.</source>
        <translation>プロキシがユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up.</source>
        <translation>セキュリティで保護された (TLS) 接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>The whole request took longer than allowed.</source>
        <translation>要求全体が許容時間を超えました。</translation>
    </message>
    <message>
        <source>The other side stopped sending data.</source>
        <translation>相手側がデータの送信を停止しました。</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>応答が完了する前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The answer was larger than allowed.</source>
        <translation>応答が許容サイズを超えました。</translation>
    </message>
    <message>
        <source>The request took longer than the %L1 ms allowed while connecting to %2.</source>
        <translation>%2 への接続中に、要求が許容時間の %L1 ミリ秒を超えました。</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) got no answer within %L3 ms: a firewall may drop the traffic.</source>
        <extracomment>%1 = host:port, %2 = address, %3 = milliseconds</extracomment>
        <translation>%1 (%2) への接続で %L3 ミリ秒以内に応答がありませんでした。ファイアウォールが通信を破棄している可能性があります。</translation>
    </message>
    <message>
        <source>Connection to %1 (%2) was refused: nothing accepts connections on that port.</source>
        <extracomment>%1 = host:port, %2 = address</extracomment>
        <translation>%1 (%2) への接続が拒否されました: そのポートで接続を受け付けているものがありません。</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <extracomment>%1 = host:port, %2 = address, %3 = system error</extracomment>
        <translation>%1 (%2) への接続に失敗しました: %3</translation>
    </message>
    <message>
        <source>The %1 cannot be reached: its name does not resolve. %2</source>
        <extracomment>%1 = proxy description, %2 = resolver error</extracomment>
        <translation>%1 に到達できません: 名前を解決できません。%2</translation>
    </message>
    <message>
        <source>The %1 did not accept the connection within %L2 ms.</source>
        <translation>%1 が %L2 ミリ秒以内に接続を受け付けませんでした。</translation>
    </message>
    <message>
        <source>The %1 refused the connection: nothing accepts connections on that port.</source>
        <translation>%1 が接続を拒否しました: そのポートで接続を受け付けているものがありません。</translation>
    </message>
    <message>
        <source>The %1 cannot be reached: %2</source>
        <translation>%1 に到達できません: %2</translation>
    </message>
    <message>
        <source>Not an http:// or https:// address: %1</source>
        <translation>http:// または https:// のアドレスではありません: %1</translation>
    </message>
    <message>
        <source>no answer to the handshake</source>
        <translation>ハンドシェイクに応答がありません</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <extracomment>%1 = host, %2 = reasons</extracomment>
        <translation>%1 との TLS ハンドシェイクに失敗しました: %2</translation>
    </message>
    <message>
        <source>The connection was closed while the request was being sent.</source>
        <translation>要求の送信中に接続が閉じられました。</translation>
    </message>
    <message>
        <source>More than %1 redirects; the last one pointed to %2.</source>
        <extracomment>%1 = count, %2 = URL</extracomment>
        <translation>リダイレクトが %1 回を超えました。最後のリダイレクト先は %2 です。</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or password (HTTP 401; without them it asks for them with 407).</source>
        <translation>%1 はユーザー名またはパスワードを拒否しました (HTTP 401。ユーザー名とパスワードがない場合は 407 で要求されます)。</translation>
    </message>
    <message>
        <source>The %1 closed the connection without answering.</source>
        <extracomment>%1 = proxy description (&quot;HTTP proxy host:port (user bob)&quot;)</extracomment>
        <translation>%1 は応答せずに接続を閉じました。</translation>
    </message>
    <message>
        <source>The %1 accepted the connection but never answered.</source>
        <translation>%1 は接続を受け付けましたが、応答しませんでした。</translation>
    </message>
    <message>
        <source>general failure</source>
        <translation>一般的なエラー</translation>
    </message>
    <message>
        <source>connection not allowed by the proxy&apos;s rules</source>
        <translation>プロキシのルールで接続が許可されていません</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>ネットワークに到達できません</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>ホストに到達できません</translation>
    </message>
    <message>
        <source>connection refused by the destination</source>
        <translation>接続先が接続を拒否しました</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL の期限切れ</translation>
    </message>
    <message>
        <source>command not supported</source>
        <translation>サポートされていないコマンド</translation>
    </message>
    <message>
        <source>address type not supported</source>
        <translation>サポートされていないアドレスの種類</translation>
    </message>
    <message>
        <source>unknown reply %1</source>
        <translation>不明な応答 %1</translation>
    </message>
    <message>
        <source>The %1 did not answer as a SOCKS5 proxy.</source>
        <translation>%1 は SOCKS5 プロキシとして応答しませんでした。</translation>
    </message>
    <message>
        <source>The %1 requires a user name and password.</source>
        <translation>%1 ではユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>The %1 does not accept user name and password authentication.</source>
        <translation>%1 はユーザー名とパスワードによる認証を受け付けません。</translation>
    </message>
    <message>
        <source>The %1 closed the connection after the user name and password were sent: it rejected them.</source>
        <translation>%1 はユーザー名とパスワードの送信後に接続を閉じました。これらを拒否しています。</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or password.</source>
        <translation>%1 はユーザー名またはパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>The %1 asked for an authentication method this wizard does not support.</source>
        <translation>%1 は、このウィザードでサポートされていない認証方式を要求しました。</translation>
    </message>
    <message>
        <source>The %1 could not connect to %2: %3.</source>
        <extracomment>%1 = proxy, %2 = destination host:port, %3 = reason</extracomment>
        <translation>%1 は %2 に接続できませんでした: %3。</translation>
    </message>
    <message>
        <source>The %1 sent an unexpected answer.</source>
        <translation>%1 が予期しない応答を返しました。</translation>
    </message>
    <message>
        <source>The %1 could not confirm the user (identd).</source>
        <translation>%1 はユーザーを確認できませんでした (identd)。</translation>
    </message>
    <message>
        <source>The %1 rejected or failed the connection to %2.</source>
        <translation>%1 は %2 への接続を拒否したか、接続に失敗しました。</translation>
    </message>
    <message>
        <source>The %1 refused the tunnel: %2.</source>
        <extracomment>%1 = proxy, %2 = HTTP status and reason</extracomment>
        <translation>%1 はトンネルを拒否しました: %2。</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>HTTP の応答ではありません</translation>
    </message>
    <message>
        <source>It hung at the DNS stage: the name server did not answer.</source>
        <translation>DNS の段階で停止しました: ネーム サーバーが応答しませんでした。</translation>
    </message>
    <message>
        <source>It hung at the connect stage: the TCP connection got no answer.</source>
        <translation>接続の段階で停止しました: TCP 接続に応答がありませんでした。</translation>
    </message>
    <message>
        <source>It hung at the proxy stage: the proxy did not answer.</source>
        <translation>プロキシの段階で停止しました: プロキシが応答しませんでした。</translation>
    </message>
    <message>
        <source>It hung at the TLS stage: the secure handshake got no answer.</source>
        <translation>TLS の段階で停止しました: セキュリティで保護されたハンドシェイクに応答がありませんでした。</translation>
    </message>
    <message>
        <source>It hung at the first byte: the request was sent and no answer came.</source>
        <translation>最初のバイトの段階で停止しました: 要求は送信されましたが、応答がありませんでした。</translation>
    </message>
    <message>
        <source>It hung while the answer was arriving.</source>
        <translation>応答の受信中に停止しました。</translation>
    </message>
    <message>
        <source>The download is larger than the %L1 bytes expected; stopped.</source>
        <translation>ダウンロードが想定の %L1 バイトを超えたため、中止しました。</translation>
    </message>
    <message>
        <source>The download announces %L1 bytes, more than the %L2 bytes expected.</source>
        <translation>ダウンロードは %L1 バイトと通知しており、想定の %L2 バイトを超えています。</translation>
    </message>
    <message>
        <source>Too many redirects, or a redirect to another host or from https to http.</source>
        <translation>リダイレクトが多すぎるか、別のホストへ、または https から http へのリダイレクトです。</translation>
    </message>
    <message>
        <source>The answer redirects to %1, another host than %2; not followed.</source>
        <extracomment>%1 = URL, %2 = host name</extracomment>
        <translation>応答は %2 とは別のホスト %1 へリダイレクトしています。従いませんでした。</translation>
    </message>
    <message>
        <source>The answer redirects from https to %1, which is not encrypted; not followed.</source>
        <extracomment>%1 = URL</extracomment>
        <translation>応答は https から暗号化されていない %1 へリダイレクトしています。従いませんでした。</translation>
    </message>
</context>
<context>
    <name>kb::PathGuard</name>
    <message>
        <source>%1 is a link (to %2); the wizard never writes, removes or changes permissions through a link. Nothing was changed.</source>
        <translation>%1 はリンク (リンク先: %2) です。ウィザードはリンクを経由した書き込み、削除、アクセス許可の変更を行いません。何も変更されていません。</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>不明な場所</translation>
    </message>
    <message>
        <source>%1 leads outside the installation folder (to %2); the wizard never changes anything outside it. Nothing was changed.</source>
        <translation>%1 はインストール フォルダーの外 (%2) を指しています。ウィザードはその外側を一切変更しません。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>kb::PatternDownload</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Read server.ini from %1, download %2 from its Server.1 address, check them and unpack them in a temporary folder (%3 is not touched yet).</source>
        <translation>%1 から server.ini を読み取り、その Server.1 のアドレスから %2 をダウンロードして、チェックしたうえで一時フォルダーに展開します (%3 にはまだ変更を加えません)。</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2</source>
        <translation>サーバーが HTTP %1 %2 を返しました</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>the download stalled (no data arrived for too long)</source>
        <translation>ダウンロードが停止しました (長時間データが届きませんでした)</translation>
    </message>
    <message>
        <source>the download took longer than allowed</source>
        <translation>ダウンロードが許容時間を超えました</translation>
    </message>
    <message>
        <source>the connection closed before the end: partial download</source>
        <translation>最後まで届く前に接続が閉じられました: ダウンロードは一部のみです</translation>
    </message>
    <message>
        <source>the name did not resolve</source>
        <translation>名前を解決できませんでした</translation>
    </message>
    <message>
        <source>Cannot save the download: %1</source>
        <translation>ダウンロードしたデータを保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot save %1 (is the disk full?): %2</source>
        <translation>%1 を保存できません (ディスクがいっぱいではありませんか?): %2</translation>
    </message>
    <message>
        <source>Downloading %1 failed: %2.</source>
        <translation>%1 のダウンロードに失敗しました: %2。</translation>
    </message>
    <message>
        <source>Downloading %1 stopped after %L2 of %L3 bytes.</source>
        <translation>%1 のダウンロードが %L3 バイト中 %L2 バイトで止まりました。</translation>
    </message>
    <message>
        <source>%1 has %L2 bytes, but server.ini gives its size as %3: the download is incomplete or not the file server.ini describes.</source>
        <translation>%1 は %L2 バイトですが、server.ini に記載されたサイズは %3 です。ダウンロードが不完全か、server.ini に記載されたファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot save %1 completely (is the disk full?).</source>
        <translation>%1 を完全には保存できません (ディスクがいっぱいではありませんか?)。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2.</source>
        <translation>%1 の読み取りに失敗しました: %2。</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%n byte(s)).</source>
        <translation>
            <numerusform>%1 を読み取りました (%n バイト)。</numerusform>
        </translation>
    </message>
    <message>
        <source>server.ini has no Server.1 address to download from.</source>
        <translation>server.ini にダウンロード元の Server.1 アドレスがありません。</translation>
    </message>
    <message>
        <source>server.ini has no entry %1 (merge entries are not used).</source>
        <translation>server.ini にエントリ %1 がありません (マージ エントリは使用しません)。</translation>
    </message>
    <message>
        <source>server.ini line %1: %2 = %3, version %4, %L5 bytes.</source>
        <translation>server.ini %1 行目: %2 = %3、バージョン %4、%L5 バイト。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n merge entry(ies) of server.ini, as the article says.</source>
        <translation>
            <numerusform>記事に従い、server.ini のマージ エントリ %n 件を無視しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enough free disk space for the download: about %L1 bytes needed, %2 free.</source>
        <translation>ダウンロードに必要なディスクの空き領域が不足しています: 約 %L1 バイト必要ですが、空きは %2 バイトです。</translation>
    </message>
    <message>
        <source>size as in server.ini</source>
        <translation>server.ini のとおりのサイズ</translation>
    </message>
    <message>
        <source>%1 does not match the digest in server.ini (%2, got %3).</source>
        <translation>%1 が server.ini のダイジェストと一致しません (期待値 %2、実際の値 %3)。</translation>
    </message>
    <message>
        <source>; digest matches</source>
        <translation>; ダイジェスト一致</translation>
    </message>
    <message>
        <source>Downloaded %1 (%L2 bytes; %3).</source>
        <translation>%1 をダウンロードしました (%L2 バイト; %3)。</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked: %2</source>
        <translation>%1 を展開できません: %2</translation>
    </message>
    <message>
        <source>Both archives hold %1.</source>
        <translation>両方のアーカイブに %1 が含まれています。</translation>
    </message>
    <message>
        <source>Unpacked %1: %2.</source>
        <translation>%1 を展開しました: %2。</translation>
    </message>
    <message>
        <source>A folder is in the way of %1.</source>
        <translation>%1 の場所にフォルダーがあり、邪魔になっています。</translation>
    </message>
    <message>
        <source>%1 is already up to date.</source>
        <translation>%1 は既に最新です。</translation>
    </message>
    <message>
        <source>Not enough free disk space in %1: %L2 bytes needed, %3 free.</source>
        <translation>%1 のディスクの空き領域が不足しています: %L2 バイト必要ですが、空きは %3 バイトです。</translation>
    </message>
    <message>
        <source>%1 is larger than the %L2 bytes server.ini gives as its size; the download was stopped.</source>
        <translation>%1 は server.ini に記載のサイズ %L2 バイトを超えているため、ダウンロードを中止しました。</translation>
    </message>
    <message>
        <source>server.ini sends the download to %1, not to the update source&apos;s host %2 (over %3); refused.</source>
        <translation>server.ini はダウンロード先を、アップデート元のホスト %2 (%3 経由) ではなく %1 にしています。拒否しました。</translation>
    </message>
    <message>
        <source>server.ini line %1: %2 names &quot;%3&quot;, version &quot;%4&quot;; a relative path of plain names and a numeric version are expected.</source>
        <translation>server.ini の %1 行目: %2 は「%3」、バージョン「%4」を指定しています。単純な名前だけの相対パスと数値のバージョンが必要です。</translation>
    </message>
    <message>
        <source>server.ini line %1 gives no size for %2; the download cannot be checked.</source>
        <translation>server.ini の %1 行目には %2 のサイズがありません。ダウンロードを確認できません。</translation>
    </message>
    <message>
        <source>server.ini line %1 gives %2 a size of %L3 bytes; the pattern download takes at most %L4 bytes in all.</source>
        <translation>server.ini の %1 行目は %2 のサイズを %L3 バイトとしています。パターンのダウンロードは合計 %L4 バイトまでです。</translation>
    </message>
    <message>
        <source>%1 holds %2; only %3 (the pattern file of %4, version %5) is expected. Nothing was written.</source>
        <translation>%1 には %2 が含まれています。想定しているのは %3 (%4 のバージョン %5 のパターン ファイル) だけです。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>ファイルなし</translation>
    </message>
</context>
<context>
    <name>kb::PatternDownloadFix</name>
    <message>
        <source>Update source for Web Reputation services (server.ini is read from there)</source>
        <translation>Web Reputation サービスのアップデート元 (server.ini はここから読み取ります)</translation>
    </message>
    <message>
        <source>%1 is not set. Copy the address from the web console: Administration &gt; Smart Protection &gt; Integrated Server, &quot;Update Source for Web Reputation services&quot;.</source>
        <translation>%1 が設定されていません。Web コンソールからアドレスをコピーしてください: Administration &gt; Smart Protection &gt; Integrated Server の「Update Source for Web Reputation services」。</translation>
    </message>
    <message>
        <source>Read from %1. Compare it with the web console: Administration &gt; Smart Protection &gt; Integrated Server, &quot;Update Source for Web Reputation services&quot;.</source>
        <translation>%1 から読み取りました。Web コンソールの値と比較してください: Administration &gt; Smart Protection &gt; Integrated Server の「Update Source for Web Reputation services」。</translation>
    </message>
    <message>
        <source>Values in that file that look like an update source: %1</source>
        <translation>そのファイル内でアップデート元と思われる値: %1</translation>
    </message>
    <message>
        <source>Enter the update source for Web Reputation services.</source>
        <translation>Web Reputation サービスのアップデート元を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) address.</source>
        <translation>&quot;%1&quot; は http(s) アドレスではありません。</translation>
    </message>
    <message>
        <source>Trend Micro signs each archive (a .sig file beside it), in a format this wizard does not know, so it cannot check that signature. It checks what server.ini states (size, and a digest where given), downloads only from the update source&apos;s host, and writes only the pattern files server.ini names (%1 with each component&apos;s version).</source>
        <translation>Trend Micro は各アーカイブに署名していますが (横にある .sig ファイル)、その形式をこのウィザードは知らないため、署名を確認できません。ウィザードが確認するのは server.ini に記載の内容 (サイズと、あればダイジェスト) だけで、アップデート元のホストからのみダウンロードし、server.ini が指定するパターン ファイル (各コンポーネントのバージョンを入れた %1) だけを書き込みます。</translation>
    </message>
    <message>
        <source>The update source uses http: server.ini and the archives travel unencrypted and unauthenticated, so whoever controls the network path could replace them. Prefer an https source where one is available.</source>
        <translation>アップデート元は http を使用しています。server.ini とアーカイブは暗号化も認証もされずに転送されるため、ネットワーク経路を制御できる者が差し替えることができます。可能であれば https のアップデート元を使用してください。</translation>
    </message>
</context>
<context>
    <name>kb::PatternFilesCheck</name>
    <message numerus="yes">
        <source>at least %n non-empty %1 file(s)</source>
        <translation>
            <numerusform>空でない %1 ファイルが %n 個以上</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 is missing.</source>
        <translation>フォルダー %1 がありません。</translation>
    </message>
    <message>
        <source>(folder missing)</source>
        <translation>(フォルダーなし)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>not empty</source>
        <translation>空ではない</translation>
    </message>
    <message>
        <source>empty: does not count</source>
        <translation>空: カウントしません</translation>
    </message>
    <message numerus="yes">
        <source>%n usable file(s)</source>
        <translation>
            <numerusform>使用可能なファイル %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n pattern file(s).</source>
        <translation>
            <numerusform>%1 には %n 個のパターン ファイルがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %2 of the %n pattern file(s) the article expects.</source>
        <translation>
            <numerusform>%1 には、記事で想定される %n 個のパターン ファイルのうち %2 個があります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kb::ProbeReport</name>
    <message>
        <source>%L1 ms</source>
        <extracomment>a measured duration in milliseconds</extracomment>
        <translation>%L1 ミリ秒</translation>
    </message>
    <message>
        <source>name lookup %1</source>
        <translation>名前解決 %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>接続 %1</translation>
    </message>
    <message>
        <source>proxy handshake %1</source>
        <translation>プロキシ ハンドシェイク %1</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>最初のバイト %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <source>failed here: %1</source>
        <translation>ここで失敗: %1</translation>
    </message>
    <message>
        <source>(not reached)</source>
        <translation>(未到達)</translation>
    </message>
    <message>
        <source>name lookup of the proxy %1</source>
        <extracomment>%1 = host name; &quot;proxy&quot; variant when the name is the proxy&apos;s</extracomment>
        <translation>プロキシ %1 の名前解決</translation>
    </message>
    <message>
        <source>name lookup of %1</source>
        <translation>%1 の名前解決</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>resolves</source>
        <translation>解決可能</translation>
    </message>
    <message>
        <source>TCP connect to %1:%2</source>
        <translation>%1:%2 への TCP 接続</translation>
    </message>
    <message>
        <source>connects</source>
        <translation>接続可能</translation>
    </message>
    <message>
        <source>through the %1</source>
        <translation>%1 経由</translation>
    </message>
    <message>
        <source>tunnel open (%1)</source>
        <translation>トンネル確立 (%1)</translation>
    </message>
    <message>
        <source>request forwarded</source>
        <translation>要求を転送</translation>
    </message>
    <message>
        <source>the proxy forwards the request</source>
        <translation>プロキシが要求を転送します</translation>
    </message>
    <message>
        <source>TLS handshake with %1</source>
        <translation>%1 との TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>secure connection</source>
        <translation>セキュリティで保護された接続</translation>
    </message>
    <message>
        <source>HTTP %1 %2, %L3 bytes; %4</source>
        <extracomment>%1 = HTTP status, %2 = reason, %3 = bytes, %4 = timings</extracomment>
        <translation>HTTP %1 %2、%L3 バイト; %4</translation>
    </message>
    <message>
        <source>GET %1</source>
        <translation>GET %1</translation>
    </message>
    <message>
        <source>HTTP 200 within %L1 s</source>
        <translation>%L1 秒以内に HTTP 200</translation>
    </message>
    <message>
        <source>failed here: the server answered with an error status</source>
        <translation>ここで失敗: サーバーがエラー ステータスを返しました</translation>
    </message>
</context>
<context>
    <name>kb::ProxyCheck</name>
    <message>
        <source>The proxy settings could not be read: %1</source>
        <translation>プロキシ設定を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>No proxy is set for updates: the Security Server connects to the update source directly.</source>
        <translation>アップデート用のプロキシは設定されていません。Security Server はアップデート元に直接接続します。</translation>
    </message>
    <message>
        <source>A proxy is switched on for updates, but its address or port is missing or not a number.</source>
        <translation>アップデート用のプロキシが有効になっていますが、アドレスまたはポートが指定されていないか、ポートが数値ではありません。</translation>
    </message>
    <message>
        <source>The %1 forwarded the request: the update source answered through it.</source>
        <translation>%1 が要求を転送しました。アップデート元はプロキシ経由で応答しました。</translation>
    </message>
    <message>
        <source>The %1 forwarded the request (the answer was HTTP %2; see the reachability step).</source>
        <translation>%1 が要求を転送しました (応答は HTTP %2 でした。到達性の手順を参照してください)。</translation>
    </message>
    <message>
        <source>It did not ask for the password, so the stored password was not tested.</source>
        <translation>パスワードを要求されなかったため、保存されたパスワードはテストしていません。</translation>
    </message>
    <message>
        <source>The %1 rejected the user name or the password typed into the proxy form. Correct them in the console (Administration &gt; Global Settings &gt; Proxy).</source>
        <translation>%1 が、プロキシ フォームに入力されたユーザー名またはパスワードを拒否しました。コンソール (Administration &gt; Global Settings &gt; Proxy) で修正してください。</translation>
    </message>
    <message>
        <source>The %1 requires a user name and password, but the server has none set.</source>
        <translation>%1 ではユーザー名とパスワードが必要ですが、サーバーには設定されていません。</translation>
    </message>
    <message>
        <source>The %1 asks for the password. The server&apos;s stored password is encrypted and cannot be tested here: type it into the proxy form to test it (it is not saved).</source>
        <translation>%1 がパスワードを要求しています。サーバーに保存されたパスワードは暗号化されているため、ここではテストできません。テストするにはプロキシ フォームにパスワードを入力してください (保存はされません)。</translation>
    </message>
    <message>
        <source>The proxy&apos;s name %1 does not resolve, so no update can go through it.</source>
        <translation>プロキシの名前 %1 を解決できないため、このプロキシ経由ではアップデートできません。</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1:%2: the proxy address or port is wrong, or the proxy is not running.</source>
        <translation>%1:%2 で接続を受け付けているものがありません。プロキシのアドレスまたはポートが間違っているか、プロキシが実行されていません。</translation>
    </message>
    <message>
        <source>The %1 does not answer: it accepted the connection (or never completed it) and then stayed silent. Is it a proxy of this type?</source>
        <translation>%1 が応答しません: 接続を受け付けた (または接続を完了しなかった) 後、何も返しませんでした。この種類のプロキシで間違いありませんか?</translation>
    </message>
    <message>
        <source>The %1 did not forward the request: %2</source>
        <translation>%1 は要求を転送しませんでした: %2</translation>
    </message>
    <message>
        <source>The %1 works, but the update source could not be reached through it (%2). See the reachability step.</source>
        <translation>%1 は動作していますが、このプロキシ経由ではアップデート元に到達できませんでした (%2)。到達性の手順を参照してください。</translation>
    </message>
</context>
<context>
    <name>kb::ProxyFix</name>
    <message>
        <source>Write the proxy type, address, port and user name from the form into %1 (only keys the file already has), then test the update source through the proxy. The password is used for the test only and is never written: type it in the console (%2).</source>
        <translation>フォームのプロキシの種類、アドレス、ポート、ユーザー名を %1 に書き込み (ファイルに既にあるキーのみ)、プロキシ経由でアップデート元をテストします。パスワードはテストにのみ使用され、書き込まれることはありません。パスワードはコンソール (%2) で入力してください。</translation>
    </message>
    <message>
        <source>Proxy protocol</source>
        <translation>プロキシのプロトコル</translation>
    </message>
    <message>
        <source>&quot;%1&quot; switches the proxy off: the server then connects to the update source directly.</source>
        <translation>&quot;%1&quot; を選択するとプロキシが無効になり、サーバーはアップデート元に直接接続します。</translation>
    </message>
    <message>
        <source>Proxy server name or IP address</source>
        <translation>プロキシ サーバー名または IP アドレス</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>プロキシのポート</translation>
    </message>
    <message>
        <source>User name (empty: no authentication)</source>
        <translation>ユーザー名 (空欄: 認証なし)</translation>
    </message>
    <message>
        <source>Password (only to test the connection)</source>
        <translation>パスワード (接続テストのみに使用)</translation>
    </message>
    <message>
        <source>Used in memory to test the proxy, never saved, shown or reported. The product stores its own copy encrypted: type the password in the console (%1) afterwards.</source>
        <translation>プロキシのテストのためにメモリ内でのみ使用され、保存、表示、レポートへの記載は一切行われません。製品は独自にパスワードを暗号化して保存しているため、その後コンソール (%1) でパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose the proxy protocol: %1.</source>
        <translation>プロキシのプロトコルを選択してください: %1。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s server name or IP address (no spaces, no &quot;http://&quot;).</source>
        <translation>プロキシのサーバー名または IP アドレスを入力してください (スペースや &quot;http://&quot; は含めません)。</translation>
    </message>
    <message>
        <source>Enter the proxy port, a number from 1 to 65535.</source>
        <translation>プロキシのポートを 1 ～ 65535 の数値で入力してください。</translation>
    </message>
    <message>
        <source>%1 has no %2 key in [%3]; the wizard does not add keys. Set it in the console (%4).</source>
        <translation>%1 の [%3] に %2 キーがありません。ウィザードはキーを追加しません。コンソール (%4) で設定してください。</translation>
    </message>
    <message>
        <source>%1 cannot hold the value for %2.</source>
        <translation>%1 には %2 の値を格納できません。</translation>
    </message>
    <message>
        <source>%1 has no %2 key: switch the proxy off in the console (%3).</source>
        <translation>%1 に %2 キーがありません。コンソール (%3) でプロキシを無効にしてください。</translation>
    </message>
    <message>
        <source>%1 has no proxy address or port key the wizard could change: set the proxy in the console (%2).</source>
        <translation>%1 には、ウィザードで変更できるプロキシのアドレスまたはポートのキーがありません。コンソール (%2) でプロキシを設定してください。</translation>
    </message>
    <message>
        <source>The proxy is already switched off.</source>
        <translation>プロキシは既に無効になっています。</translation>
    </message>
    <message>
        <source>The file already holds these proxy settings. A password typed in the form is used when the checks run again.</source>
        <translation>ファイルには既にこのプロキシ設定が格納されています。フォームに入力したパスワードは、チェックの再実行時に使用されます。</translation>
    </message>
    <message>
        <source>The password is not written (the product keeps it encrypted). After applying, type it in the console: %1.</source>
        <translation>パスワードは書き込まれません (製品が暗号化して保持しています)。適用後、コンソールでパスワードを入力してください: %1。</translation>
    </message>
    <message>
        <source>No password was typed, so the test after the change cannot check the password itself.</source>
        <translation>パスワードが入力されていないため、変更後のテストではパスワード自体を確認できません。</translation>
    </message>
</context>
<context>
    <name>kb::ReachabilityCheck</name>
    <message>
        <source>No update source was found in the server&apos;s settings, and version %1 has no known ActiveUpdate source.</source>
        <translation>サーバーの設定にアップデート元が見つからず、バージョン %1 には既知の ActiveUpdate のアップデート元がありません。</translation>
    </message>
    <message>
        <source>route</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>through the %1 (the server&apos;s own proxy setting)</source>
        <translation>%1 経由 (サーバー自体のプロキシ設定)</translation>
    </message>
    <message>
        <source>direct (no proxy set for updates)</source>
        <translation>直接 (アップデート用のプロキシは未設定)</translation>
    </message>
    <message>
        <source>The update source answered: %1 (%2).</source>
        <translation>アップデート元が応答しました: %1 (%2)。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>name lookup (DNS)</source>
        <translation>名前解決 (DNS)</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <source>proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>too slow</source>
        <translation>低速</translation>
    </message>
    <message>
        <source>transfer stalled</source>
        <translation>転送が停止</translation>
    </message>
    <message>
        <source>connection cut</source>
        <translation>接続が切断</translation>
    </message>
    <message>
        <source>The download of server.ini took longer than this check waits (%L1 s); the configured timeout (%L2 s) is longer, so the update may still complete.</source>
        <extracomment>%1 = seconds the check waited, %2 = configured seconds</extracomment>
        <translation>server.ini のダウンロードが、このチェックの待機時間 (%L1 秒) を超えました。設定されたタイムアウト (%L2 秒) の方が長いため、アップデートは完了する可能性があります。</translation>
    </message>
    <message>
        <source>Too slow: %1 did not finish within the configured download timeout of %L2 s. Fix: step %3 (raise the timeout).</source>
        <extracomment>%1 = URL, %2 = configured seconds, %3 = step id</extracomment>
        <translation>低速: %1 が、設定されたダウンロード タイムアウトの %L2 秒以内に完了しませんでした。修正: 手順 %3 (タイムアウトを延長)。</translation>
    </message>
    <message>
        <source>Failed at the %1 stage: %2 Fix: step %3.</source>
        <extracomment>%1 = stage, %2 = explanation, %3 = step id</extracomment>
        <translation>%1 の段階で失敗しました: %2 修正: 手順 %3。</translation>
    </message>
    <message>
        <source>the source answered HTTP %1 %2.</source>
        <translation>アップデート元が HTTP %1 %2 を返しました。</translation>
    </message>
</context>
<context>
    <name>kb::RegParser</name>
    <message>
        <source>Access to the registry was denied: %1</source>
        <translation>レジストリへのアクセスが拒否されました: %1</translation>
    </message>
    <message>
        <source>reg query failed with exit code %1: %2</source>
        <translation>reg query が終了コード %1 で失敗しました: %2</translation>
    </message>
    <message>
        <source>reg query succeeded but printed no value named &quot;%1&quot;.</source>
        <translation>reg query は成功しましたが、&quot;%1&quot; という名前の値は出力されませんでした。</translation>
    </message>
    <message>
        <source>reg query failed with a message the wizard does not know (not read as &quot;not found&quot;): %1</source>
        <translation>reg query がウィザードの知らないメッセージで失敗しました (「見つからない」とは見なしません): %1</translation>
    </message>
</context>
<context>
    <name>kb::RepairPlan</name>
    <message>
        <source>Changed since the plan was made: %1. Nothing was changed; make the plan again from what is there now.</source>
        <translation>プランの作成後に変更されています: %1。何も変更していません。現在の状態からプランを作り直してください。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>This is not a KB Wizard repair plan (format %1, version %2).</source>
        <translation>これは KB Wizard の修復プランではありません (形式 %1、バージョン %2)。</translation>
    </message>
    <message>
        <source>The plan was changed after it was made (its digest does not match its content). Nothing was changed; make the plan again.</source>
        <translation>プランは作成後に変更されています (ダイジェストが内容と一致しません)。何も変更していません。プランを作り直してください。</translation>
    </message>
    <message>
        <source>The plan names no article or no installation.</source>
        <translation>プランに記事またはインストールが指定されていません。</translation>
    </message>
    <message>
        <source>The article %1 has no step %2.</source>
        <translation>記事 %1 に手順 %2 はありません。</translation>
    </message>
    <message>
        <source>The step %1 needs the password &quot;%2&quot;: give it in the --inputs file ({&quot;%1&quot;: {&quot;%2&quot;: &quot;...&quot;}}); plans never hold passwords.</source>
        <translation>手順 %1 にはパスワード &quot;%2&quot; が必要です: --inputs ファイルで指定してください ({&quot;%1&quot;: {&quot;%2&quot;: &quot;...&quot;}})。プランにパスワードは含まれません。</translation>
    </message>
    <message>
        <source>The fix of %1 would now do something other than the plan shows. Nothing was changed; make the plan again.</source>
        <translation>%1 の修正は現在、プランに示された内容とは異なる動作をします。何も変更していません。プランを作り直してください。</translation>
    </message>
</context>
<context>
    <name>kb::Report</name>
    <message>
        <source>KB Wizard report</source>
        <translation>KB Wizard レポート</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>this machine</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Host backend</source>
        <translation>ホスト バックエンド</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>検出値</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Backup set:</source>
        <translation>バックアップ セット:</translation>
    </message>
    <message>
        <source>To undo:</source>
        <translation>元に戻すには:</translation>
    </message>
    <message>
        <source>Facts this article relies on</source>
        <translation>この記事の前提となる情報</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>実行者: %1</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>available, not applied</source>
        <translation>利用可能、未適用</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>結果:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修正:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>By hand:</source>
        <translation>手動で行う作業:</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (ビルド %2)</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>ツールのバージョン</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <source>Date and time: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <source>Tool version: KB Wizard %1</source>
        <translation>ツールのバージョン: KB Wizard %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>report date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Still to do by hand</source>
        <translation>手作業で行う残りの作業</translation>
    </message>
    <message>
        <source>the demo server (a sandbox copy on this machine)</source>
        <translation>デモ サーバー (このコンピューター上のサンドボックス コピー)</translation>
    </message>
    <message>
        <source>Windows (sc, icacls, appcmd, reg)</source>
        <translation>Windows (sc、icacls、appcmd、reg)</translation>
    </message>
    <message>
        <source>demo (the simulated host of the demo server)</source>
        <translation>デモ (デモ サーバーのシミュレートされたホスト)</translation>
    </message>
    <message>
        <source>none (files only; services, permissions and IIS not checked)</source>
        <translation>なし (ファイルのみ。サービス、アクセス許可、IIS はチェックしません)</translation>
    </message>
    <message>
        <source>Evidence, step by step</source>
        <extracomment>Heading of the report&apos;s appendix: every step of every article with its evidence.</extracomment>
        <translation>手順ごとの証拠</translation>
    </message>
    <message>
        <source>KB Wizard report: %1, %2</source>
        <translation>KB Wizard レポート: %1、%2</translation>
    </message>
    <message>
        <source>backup set %1</source>
        <translation>バックアップ セット %1</translation>
    </message>
    <message>
        <source>Not diagnosed.</source>
        <translation>診断されていません。</translation>
    </message>
    <message>
        <source>Not solved: %1.</source>
        <translation>未解決: %1。</translation>
    </message>
    <message>
        <source>No failed check, but warnings: %1.</source>
        <translation>失敗したチェックはありませんが、警告があります: %1。</translation>
    </message>
    <message>
        <source>No problem found, but not every check ran: %1.</source>
        <translation>問題は見つかりませんでしたが、実行されなかったチェックがあります: %1。</translation>
    </message>
    <message>
        <source>Every check passes.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Found %1; not compared with the versions the article covers.</source>
        <translation>検出: %1。記事の対象バージョンとは比較していません。</translation>
    </message>
    <message>
        <source>Found %1; the article covers %2.</source>
        <translation>検出: %1。記事の対象: %2。</translation>
    </message>
    <message>
        <source>Found %1, which the article does not cover (it covers %2): treat its steps with care.</source>
        <translation>検出: %1。これは記事の対象外です (対象: %2)。手順は慎重に扱ってください。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>なし。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>No article was diagnosed.</source>
        <translation>診断された記事はありません。</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>インストール: %1</translation>
    </message>
</context>
<context>
    <name>kb::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>What was checked, what was found and what was changed. Passwords and other secrets never appear in it.</source>
        <translation>チェックした内容、検出内容、変更内容です。パスワードなどの機密情報は記載されません。</translation>
    </message>
    <message>
        <source>R&amp;eport:</source>
        <translation>レポート(&amp;E):</translation>
    </message>
    <message>
        <source>Save H&amp;TML...</source>
        <translation>HTML で保存(&amp;T)...</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>レポートを HTML で保存</translation>
    </message>
    <message>
        <source>Save &amp;JSON...</source>
        <translation>JSON で保存(&amp;J)...</translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation>レポートを JSON で保存</translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation>概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary to the clipboard</source>
        <translation>概要をクリップボードにコピー</translation>
    </message>
    <message>
        <source>Copies the report as plain text, ready to paste into a support ticket.</source>
        <translation>レポートをプレーン テキストとしてコピーします。そのままサポート チケットに貼り付けられます。</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>手順:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A status and how many steps have it, e.g. &quot;Failed: 2&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fix(es) applied and verified</source>
        <translation>
            <numerusform>%n 件の修正を適用して検証済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>概要: %1</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>レポートは保存されませんでした: %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>The summary is on the clipboard.</source>
        <translation>概要をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The support bundle was not saved: %1</source>
        <translation>サポート バンドルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Support bundle saved to %1. Attach it to your support case.</source>
        <translation>サポート バンドルを %1 に保存しました。サポート ケースに添付してください。</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>印刷(&amp;P)...</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>レポートを印刷</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>印刷プレビュー(&amp;V)...</translation>
    </message>
    <message>
        <source>Show the printed pages before printing</source>
        <translation>印刷前に印刷されるページを表示</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>PDF で保存(&amp;D)...</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>レポートを PDF で保存</translation>
    </message>
    <message>
        <source>Save te&amp;xt...</source>
        <translation>テキストで保存(&amp;X)...</translation>
    </message>
    <message>
        <source>Save the report as plain text</source>
        <translation>レポートをプレーン テキストで保存</translation>
    </message>
    <message>
        <source>Save a support bundle for Trend Micro</source>
        <translation>Trend Micro 用のサポート バンドルを保存</translation>
    </message>
    <message>
        <source>A zip with this report and the newest IIS logs of the console, passwords masked, to attach to a support case.</source>
        <translation>このレポートとコンソールの最新の IIS ログ (パスワードはマスク済み) を含む zip ファイルです。サポート ケースに添付します。</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキスト ファイル (*.txt)</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>サポート バンドルの保存</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip ファイル (*.zip)</translation>
    </message>
    <message>
        <source>Writing the support bundle...</source>
        <translation>サポート バンドルを書き込んでいます...</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>レポートをプリンターに送信しました。</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>レポートを印刷できませんでした。</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Separates &quot;4 fixes applied and verified&quot; from &quot;5 manual steps still open&quot;</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>The whole report: the summary, the manual steps still open, and each step with what was found and fixed.</source>
        <translation>レポート全体: 概要、未完了の手動の手順、各手順の検出内容と修正内容。</translation>
    </message>
    <message>
        <source>Prints the report on one of this computer&apos;s printers.</source>
        <translation>このコンピューターのプリンターでレポートを印刷します。</translation>
    </message>
    <message>
        <source>Opens a preview of the printed pages, with page numbers, from which they can be printed.</source>
        <translation>ページ番号付きの印刷プレビューを開きます。そこから印刷できます。</translation>
    </message>
    <message>
        <source>Saves the report as a PDF file for a ticket; passwords are never in it.</source>
        <translation>チケット用にレポートを PDF ファイルとして保存します。パスワードは含まれません。</translation>
    </message>
    <message>
        <source>Saves the report as a web page that opens in any browser; passwords are never in it.</source>
        <translation>どのブラウザーでも開ける Web ページとしてレポートを保存します。パスワードは含まれません。</translation>
    </message>
    <message>
        <source>Saves the report as a text file, for tickets and e-mail; passwords are never in it.</source>
        <translation>チケットやメール用にレポートをテキスト ファイルとして保存します。パスワードは含まれません。</translation>
    </message>
    <message>
        <source>Saves the report as JSON for scripts and ticket systems; passwords are never in it.</source>
        <translation>スクリプトやチケット システム用にレポートを JSON として保存します。パスワードは含まれません。</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) still to do by hand (see the report)</source>
        <translation>
            <numerusform>手作業で行う作業が %n 件残っています (レポートを参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save &amp;support bundle...</source>
        <translation>サポート バンドルを保存(&amp;S)...</translation>
    </message>
</context>
<context>
    <name>kb::ReportPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Footer of every printed report page.</extracomment>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>the PDF could not be drawn.</source>
        <translation>PDF を描画できませんでした。</translation>
    </message>
</context>
<context>
    <name>kb::ScParser</name>
    <message>
        <source>Access to service %1 was denied (error 5). Run the wizard as an administrator.</source>
        <translation>サービス %1 へのアクセスが拒否されました (エラー 5)。ウィザードを管理者として実行してください。</translation>
    </message>
    <message>
        <source>Service %1 did not respond to the start or control request in time (error 1053).</source>
        <translation>サービス %1 は時間内に開始要求または制御要求に応答しませんでした (エラー 1053)。</translation>
    </message>
    <message>
        <source>Service %1 is already running (error 1056).</source>
        <translation>サービス %1 は既に実行中です (エラー 1056)。</translation>
    </message>
    <message>
        <source>Service %1 is disabled and cannot be started (error 1058).</source>
        <translation>サービス %1 は無効になっているため開始できません (エラー 1058)。</translation>
    </message>
    <message>
        <source>Service %1 is not installed (error 1060).</source>
        <translation>サービス %1 はインストールされていません (エラー 1060)。</translation>
    </message>
    <message>
        <source>Service %1 has not been started (error 1062).</source>
        <translation>サービス %1 は開始されていません (エラー 1062)。</translation>
    </message>
    <message>
        <source>The service control request for %1 failed with error %2.</source>
        <translation>%1 に対するサービス制御要求がエラー %2 で失敗しました。</translation>
    </message>
    <message>
        <source>Could not read the state of service %1 from sc&apos;s output.</source>
        <translation>sc の出力からサービス %1 の状態を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>kb::ServiceAdvice</name>
    <message>
        <source>Windows refused because your account has no administrator rights on %1. What to do: run the wizard with an account that is an administrator on %1 (a domain account), or run it on the server itself as an administrator.</source>
        <translation>アカウントに %1 の管理者権限がないため、Windows が拒否しました。対処方法: %1 の管理者であるアカウント (ドメイン アカウント) でウィザードを実行するか、サーバー上で管理者としてウィザードを実行してください。</translation>
    </message>
    <message>
        <source>Windows refused because the wizard is not running as an administrator. What to do: close the wizard, right-click it, choose &quot;Run as administrator&quot; and try again.</source>
        <translation>ウィザードが管理者として実行されていないため、Windows が拒否しました。対処方法: ウィザードを閉じ、右クリックして [管理者として実行] を選択してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Windows asked %1 to start or stop and the service did not answer in time. It may still be busy, or it may be stuck. What to do: wait a minute and run the check again; if %1 stays stopped, open Event Viewer (Windows Logs &gt; System) and read the Service Control Manager entry for it; if it hangs in a pending state, restart the server. Trend Micro support asks for that entry.</source>
        <translation>Windows が %1 に開始または停止を要求しましたが、サービスが時間内に応答しませんでした。処理中か、応答が停止している可能性があります。対処方法: 1 分ほど待ってからもう一度チェックを実行してください。%1 が停止したままの場合は、イベント ビューアー ([Windows ログ] &gt; [システム]) を開き、そのサービスに関する Service Control Manager のエントリを確認してください。保留中の状態のまま応答しない場合は、サーバーを再起動してください。Trend Micro サポートからそのエントリの提出を求められます。</translation>
    </message>
    <message>
        <source>%1 is disabled. What to do: open Services (services.msc), set its startup type to Automatic, then try again.</source>
        <translation>%1 は無効になっています。対処方法: [サービス] (services.msc) を開き、スタートアップの種類を [自動] に設定してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 is not installed on this server. What to do: check that this is the server the product is installed on; reinstall or repair the product if the service is missing.</source>
        <translation>%1 はこのサーバーにインストールされていません。対処方法: 製品がインストールされているサーバーであることを確認してください。サービスが存在しない場合は、製品を再インストールまたは修復してください。</translation>
    </message>
    <message>
        <source>%1 started and then ended by itself. What to do: read its entry in Event Viewer (Windows Logs &gt; Application and System) and send it to Trend Micro support with the report.</source>
        <translation>%1 は開始後に自動的に終了しました。対処方法: イベント ビューアー ([Windows ログ] &gt; [アプリケーション] および [システム]) でそのエントリを確認し、レポートと一緒に Trend Micro サポートに送信してください。</translation>
    </message>
    <message>
        <source>%1 could not log on with its account (wrong or expired password). What to do: in Services (services.msc), open %1, Log On tab, enter the account&apos;s current password, then try again.</source>
        <translation>%1 はアカウントでログオンできませんでした (パスワードが間違っているか期限切れです)。対処方法: [サービス] (services.msc) で %1 を開き、[ログオン] タブでアカウントの現在のパスワードを入力してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The server %1 could not be reached. What to do: check its name, that it is switched on, and that the firewall allows remote service management.</source>
        <translation>サーバー %1 に到達できませんでした。対処方法: 名前が正しいこと、電源が入っていること、ファイアウォールでリモートのサービス管理が許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>(this machine)</source>
        <translation>(このコンピューター)</translation>
    </message>
</context>
<context>
    <name>kb::ServiceStateCheck</name>
    <message>
        <source>service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <source>not installed (error 1060)</source>
        <translation>インストールされていません (エラー 1060)</translation>
    </message>
    <message>
        <source>last exit code %1</source>
        <translation>最後の終了コード %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) are not running.</source>
        <translation>
            <numerusform>%n 個のサービスが実行されていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>All services are running.</source>
        <translation>すべてのサービスが実行中です。</translation>
    </message>
</context>
<context>
    <name>kb::Session</name>
    <message>
        <source>The step %1 has no automatic fix.</source>
        <translation>手順 %1 には自動修正がありません。</translation>
    </message>
    <message>
        <source>Nothing left to change: an earlier fix in this batch already resolved it.</source>
        <translation>変更する内容は残っていません: このバッチの前の修正で既に解決されています。</translation>
    </message>
    <message>
        <source>The fix was undone; run the diagnosis again.</source>
        <translation>修正は元に戻されました。もう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>Unknown article &quot;%1&quot;.</source>
        <translation>不明な記事「%1」です。</translation>
    </message>
</context>
<context>
    <name>kb::SourceAgreementCheck</name>
    <message>
        <source>the same source in every file</source>
        <translation>すべてのファイルで同じアップデート元</translation>
    </message>
    <message>
        <source>None of the files holds the update source under a known key; the lines found by scanning are shown.</source>
        <translation>既知のキーでアップデート元を保持しているファイルはありません。スキャンで見つかった行を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) name the same update source, %1.</source>
        <translation>
            <numerusform>%n 個のファイルが同じアップデート元 %1 を指定しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The update-source settings disagree: %1.</source>
        <extracomment>%1 = list &quot;file key=value; file key=value&quot;</extracomment>
        <translation>アップデート元の設定が一致しません: %1。</translation>
    </message>
</context>
<context>
    <name>kb::Status</name>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>手動の手順</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
</context>
<context>
    <name>kb::SupportBundle</name>
    <message>
        <source>Cannot read the IIS log: %1</source>
        <translation>IIS ログを読み取れません: %1</translation>
    </message>
    <message>
        <source>IIS site: %1 (W3SVC%2)</source>
        <translation>IIS サイト: %1 (W3SVC%2)</translation>
    </message>
    <message>
        <source>IIS site: %1 (site id unknown: every W3SVC folder searched)</source>
        <translation>IIS サイト: %1 (サイト ID 不明: すべての W3SVC フォルダーを検索)</translation>
    </message>
    <message>
        <source>KB Wizard support bundle</source>
        <translation>KB Wizard サポート バンドル</translation>
    </message>
    <message>
        <source>report.json, report.txt, report.html: the wizard&apos;s report (checks, evidence, fixes, backups).</source>
        <translation>report.json、report.txt、report.html: ウィザードのレポート (チェック、検出内容、修正、バックアップ)。</translation>
    </message>
    <message>
        <source> (last part only)</source>
        <translation> (最後の部分のみ)</translation>
    </message>
    <message>
        <source>No IIS log of the console site was found.</source>
        <translation>コンソール サイトの IIS ログが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Not included: %1 is a link; the wizard does not follow links in the log folder.</source>
        <translation>含まれていません: %1 はリンクです。ウィザードはログ フォルダー内のリンクをたどりません。</translation>
    </message>
    <message>
        <source>Passwords and password-like values (keys named like password, pwd, token, sid or session), passwords in URLs, authorization headers, cookies and encrypted values were replaced by %1 in every file.</source>
        <translation>パスワードとパスワードのような値 (password、pwd、token、sid、session のような名前のキー)、URL 内のパスワード、Authorization ヘッダー、Cookie、および暗号化された値は、すべてのファイルで %1 に置き換えられました。</translation>
    </message>
</context>
<context>
    <name>kb::SymptomPage</name>
    <message>
        <source>What is the problem?</source>
        <translation>どのような問題ですか?</translation>
    </message>
    <message>
        <source>Type a few words about what goes wrong, then choose the sentence that fits best. The wizard follows the Trend Micro article behind it.</source>
        <translation>問題の内容を数語で入力し、最も当てはまる文を選択してください。ウィザードは、その文に対応する Trend Micro の記事に従って処理を進めます。</translation>
    </message>
    <message>
        <source>&amp;Describe the problem:</source>
        <translation>問題の説明(&amp;D):</translation>
    </message>
    <message>
        <source>Describe the problem...</source>
        <translation>問題を入力...</translation>
    </message>
    <message>
        <source>Describe the problem</source>
        <translation>問題の説明</translation>
    </message>
    <message>
        <source>Filters the list of symptoms below</source>
        <translation>下の症状の一覧を絞り込みます</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>症状(&amp;S):</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Each symptom with the article that handles it</source>
        <translation>各症状とその対処記事</translation>
    </message>
    <message>
        <source>Article: %1 (for %2)</source>
        <translation>記事: %1 (対象: %2)</translation>
    </message>
    <message>
        <source>Article: %1 (for %2: the wizard switches to that installation)</source>
        <extracomment>Article line of a symptom whose article is for another product than the chosen installation.</extracomment>
        <translation>記事: %1 (対象: %2。ウィザードはそのインストールに切り替えます)</translation>
    </message>
    <message>
        <source>Article: %1 (for %2, which was not found: it may not apply)</source>
        <translation>記事: %1 (対象: %2。見つからなかったため、該当しない可能性があります)</translation>
    </message>
    <message>
        <source>No symptom matches &quot;%1&quot;. Try other words, or clear the field to see every symptom.</source>
        <translation>&quot;%1&quot; に一致する症状はありません。別の語句を試すか、入力欄をクリアしてすべての症状を表示してください。</translation>
    </message>
    <message>
        <source>Choose a symptom to continue.</source>
        <translation>続行するには症状を選択してください。</translation>
    </message>
    <message>
        <source>The checks will run on %1.</source>
        <translation>チェックは %1 で実行されます。</translation>
    </message>
    <message>
        <source>This article is for %1. The wizard will use the %2 installation in %3.</source>
        <translation>この記事は %1 が対象です。ウィザードは %3 にある %2 のインストールを使用します。</translation>
    </message>
    <message>
        <source>This article is for %1, but no such installation was found. The checks will run on the selected installation (%2) and may not apply to it.</source>
        <translation>この記事は %1 が対象ですが、そのインストールが見つかりませんでした。チェックは選択されたインストール (%2) で実行されますが、該当しない可能性があります。</translation>
    </message>
    <message>
        <source>The %1 installation cannot be used: %2</source>
        <translation>%1 のインストールは使用できません: %2</translation>
    </message>
</context>
<context>
    <name>kb::TargetPage</name>
    <message>
        <source>Windows registry</source>
        <translation>Windows レジストリ</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>デモ サーバー</translation>
    </message>
    <message>
        <source>Folder you chose</source>
        <extracomment>How an installation was found: in a folder the user chose.</extracomment>
        <translation>選択したフォルダー</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (build %2)</source>
        <translation>%1 (ビルド %2)</translation>
    </message>
    <message>
        <source>Choose the server installation</source>
        <translation>サーバーのインストールの選択</translation>
    </message>
    <message>
        <source>KB Wizard looked for Trend Micro Security Server installations. Choose the one to repair, add another folder, or try everything on the demo server.</source>
        <translation>KB Wizard は Trend Micro Security Server のインストールを検索しました。修復するインストールを選択するか、別のフォルダーを追加するか、デモ サーバーですべてを試してください。</translation>
    </message>
    <message>
        <source>&amp;Installations found:</source>
        <translation>見つかったインストール(&amp;I):</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>検出元</translation>
    </message>
    <message>
        <source>Installations found</source>
        <translation>見つかったインストール</translation>
    </message>
    <message>
        <source>Product, version, folder and how each installation was found</source>
        <translation>各インストールの製品、バージョン、フォルダー、検出元</translation>
    </message>
    <message>
        <source>Selected installation</source>
        <translation>選択したインストール</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>製品:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Version read from:</source>
        <translation>バージョンの読み取り元:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <source>Backups are kept in:</source>
        <translation>バックアップの保存先:</translation>
    </message>
    <message>
        <source>Another installation</source>
        <translation>別のインストール</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>C:\Program Files (x86)\Trend Micro\Security Server or \\server\share\...</source>
        <translation>C:\Program Files (x86)\Trend Micro\Security Server または \\server\share\...</translation>
    </message>
    <message>
        <source>Folder of another installation</source>
        <translation>別のインストールのフォルダー</translation>
    </message>
    <message>
        <source>A local folder or a \\server\share path; press Enter or Use to look for installations in it</source>
        <translation>ローカル フォルダーまたは \\server\share パス。Enter キーを押すか [使用] を押すと、その中のインストールを検索します</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <extracomment>Button: look for installations in the folder typed next to it.</extracomment>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the typed folder</source>
        <translation>入力したフォルダーを使用</translation>
    </message>
    <message>
        <source>Ch&amp;oose folder...</source>
        <translation>フォルダーの選択(&amp;O)...</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>フォルダーの選択</translation>
    </message>
    <message>
        <source>Use the &amp;demo server</source>
        <translation>デモ サーバーを使用(&amp;D)</translation>
    </message>
    <message>
        <source>Use the demo server</source>
        <translation>デモ サーバーを使用</translation>
    </message>
    <message>
        <source>A copy of a broken server made for trying KB Wizard safely. Nothing on this computer is changed.</source>
        <translation>KB Wizard を安全に試すために作成された、問題のあるサーバーのコピーです。このコンピューター上では何も変更されません。</translation>
    </message>
    <message>
        <source>Continue the &amp;last demo</source>
        <translation>前回のデモを続行(&amp;L)</translation>
    </message>
    <message>
        <source>Continue the last demo</source>
        <translation>前回のデモを続行</translation>
    </message>
    <message>
        <source>Open the demo server copy used last time, with its changes and backups.</source>
        <translation>前回使用したデモ サーバーのコピーを、その変更内容とバックアップとともに開きます。</translation>
    </message>
    <message>
        <source>No installation was found on this computer. Choose the folder of the server, or try the demo server.</source>
        <translation>このコンピューターにはインストールが見つかりませんでした。サーバーのフォルダーを選択するか、デモ サーバーを試してください。</translation>
    </message>
    <message>
        <source>Select the installation to repair in the list above.</source>
        <translation>上の一覧で修復するインストールを選択してください。</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(記録なし)</translation>
    </message>
    <message>
        <source>This folder cannot be used:
%1</source>
        <translation>このフォルダーは使用できません:
%1</translation>
    </message>
    <message>
        <source>Looking for installations in %1...</source>
        <translation>%1 でインストールを検索しています...</translation>
    </message>
    <message>
        <source>Choose the folder of the installation</source>
        <translation>インストールのフォルダーの選択</translation>
    </message>
    <message>
        <source>Opening the last demo server...</source>
        <translation>前回のデモ サーバーを開いています...</translation>
    </message>
    <message>
        <source>Copying the demo server...</source>
        <translation>デモ サーバーをコピーしています...</translation>
    </message>
    <message>
        <source>This installation cannot be used:
%1</source>
        <translation>このインストールは使用できません:
%1</translation>
    </message>
    <message>
        <source>%1, its registry</source>
        <extracomment>How an installation was found: %1 = \SERVER, through its registry.</extracomment>
        <translation>%1、レジストリから</translation>
    </message>
    <message>
        <source>%1, default folder</source>
        <extracomment>How an installation was found: %1 = \SERVER, in a default install folder.</extracomment>
        <translation>%1、既定のフォルダー</translation>
    </message>
    <message>
        <source>Ser&amp;ver name:</source>
        <extracomment>Label of the field for a remote server&apos;s name (SBS01 or \SBS01).</extracomment>
        <translation>サーバー名(&amp;V):</translation>
    </message>
    <message>
        <source>SBS01 or \\SBS01</source>
        <translation>SBS01 または \\SBS01</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <source>The name of a remote server; press Enter or Connect to look for installations on it through its C$ share</source>
        <translation>リモート サーバーの名前です。Enter キーを押すか [接続] をクリックすると、C$ 共有を介してそのサーバー上のインストールを検索します</translation>
    </message>
    <message>
        <source>Connect to the server</source>
        <translation>サーバーに接続</translation>
    </message>
    <message>
        <source>Reading the server&apos;s folders needs administrator rights on it (the C$ share).</source>
        <translation>サーバーのフォルダーを読み取るには、そのサーバーの管理者権限 (C$ 共有) が必要です。</translation>
    </message>
    <message>
        <source>Administrator rights</source>
        <translation>管理者権限</translation>
    </message>
    <message>
        <source>No installation can be used on %1:
%2</source>
        <extracomment>%1 = the server name as typed, %2 = the engine&apos;s reason (where it looked).</extracomment>
        <translation>%1 に使用できるインストールがありません:
%2</translation>
    </message>
    <message>
        <source>Looking for installations on %1...</source>
        <translation>%1 上のインストールを検索しています...</translation>
    </message>
    <message>
        <source>Looks for Security Server installations in the folder typed next to it.</source>
        <translation>隣に入力したフォルダーで Security Server のインストールを探します。</translation>
    </message>
    <message>
        <source>Opens a folder dialog to pick the installation&apos;s folder, on this computer or on a share.</source>
        <translation>フォルダー ダイアログを開いて、このコンピューターまたは共有上のインストール フォルダーを選択します。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <extracomment>Button: look for installations on the server named next to it.</extracomment>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>kb::TempFolderAclCheck</name>
    <message>
        <source>Windows version</source>
        <translation>Windows のバージョン</translation>
    </message>
    <message>
        <source>account the web console runs as</source>
        <translation>Web コンソールの実行アカウント</translation>
    </message>
    <message>
        <source>Windows version unknown: assumed 2008 or later</source>
        <translation>Windows のバージョン不明: 2008 以降と見なします</translation>
    </message>
    <message>
        <source>computer name unknown, so IUSR_&lt;server&gt; could not be formed: %1 used</source>
        <translation>コンピューター名が不明なため IUSR_&lt;server&gt; を組み立てられませんでした: %1 を使用</translation>
    </message>
    <message>
        <source>Windows 2000/2003</source>
        <translation>Windows 2000/2003</translation>
    </message>
    <message>
        <source>Windows 2008 or later</source>
        <translation>Windows 2008 以降</translation>
    </message>
    <message>
        <source>Read and Write (Allow)</source>
        <translation>読み取りと書き込み (許可)</translation>
    </message>
    <message>
        <source>a group %1 belongs to [%2]</source>
        <translation>%1 が所属するグループ [%2]</translation>
    </message>
    <message>
        <source>inherit-only (IO): applies to the files and folders inside, not to the folder itself</source>
        <translation>継承のみ (IO): フォルダー自体ではなく、その中のファイルとフォルダーに適用されます</translation>
    </message>
    <message>
        <source>Deny entry</source>
        <translation>拒否エントリ</translation>
    </message>
    <message>
        <source>inherited from the parent folder</source>
        <translation>親フォルダーから継承</translation>
    </message>
    <message>
        <source>no entry for %1 or a group it belongs to</source>
        <translation>%1 またはその所属グループのエントリがありません</translation>
    </message>
    <message>
        <source>groups whose entries count for %1</source>
        <translation>%1 に適用されるエントリを持つグループ</translation>
    </message>
    <message>
        <source>Could not read the permissions of %1: %2</source>
        <translation>%1 のアクセス許可を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 may read and write %2.</source>
        <translation>%1 は %2 の読み取りと書き込みができます。</translation>
    </message>
    <message>
        <source>A Deny entry forbids %1 to %2 %3: %4. Deny entries win over Allow entries, so the console cannot use the folder.</source>
        <translation>拒否エントリにより、%1 による %3 の%2が禁止されています: %4。拒否エントリは許可エントリより優先されるため、コンソールはこのフォルダーを使用できません。</translation>
    </message>
    <message>
        <source>read and write</source>
        <translation>読み取りと書き込み</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>write</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>%1 may read %2 but not write to it; the console stores its session files there.</source>
        <translation>%1 は %2 を読み取れますが、書き込めません。コンソールはこのフォルダーにセッション ファイルを保存します。</translation>
    </message>
    <message>
        <source>%1 may write to %2 but not read it.</source>
        <translation>%1 は %2 に書き込めますが、読み取れません。</translation>
    </message>
    <message>
        <source>%1 has neither Read nor Write permission on %2.</source>
        <translation>%1 には %2 に対する読み取りと書き込みのどちらのアクセス許可もありません。</translation>
    </message>
</context>
<context>
    <name>kb::TempFolderAclFix</name>
    <message>
        <source>Give the IIS account (%1 on Windows 2008 and later, %2 on Windows 2000/2003) Read and Write on PCCSRV\%3, after saving the folder&apos;s current permissions.</source>
        <translation>フォルダーの現在のアクセス許可を保存したうえで、IIS アカウント (Windows 2008 以降では %1、Windows 2000/2003 では %2) に PCCSRV\%3 に対する読み取りと書き込みのアクセス許可を付与します。</translation>
    </message>
    <message>
        <source>%1 may already read and write %2.</source>
        <translation>%1 は既に %2 の読み取りと書き込みができます。</translation>
    </message>
    <message>
        <source>%1 has a Deny entry (%2). Granting Read and Write would not help, because Windows applies Deny entries first, and the wizard does not remove Deny entries. Remove it by hand: right-click the folder, Properties, Security, Advanced, select the Deny entry, Remove (if it is inherited, remove it on the parent folder), then run the check again.</source>
        <translation>%1 には拒否エントリ (%2) があります。Windows は拒否エントリを先に適用するため、読み取りと書き込みのアクセス許可を付与しても効果がありません。また、ウィザードは拒否エントリを削除しません。手動で削除してください: フォルダーを右クリックし、[プロパティ]、[セキュリティ]、[詳細設定] の順に選択して、拒否エントリを選択して [削除] をクリックします (継承されたエントリの場合は親フォルダーで削除します)。その後、もう一度チェックを実行してください。</translation>
    </message>
    <message>
        <source>The current permissions of %1 are saved first (icacls /save) and undo puts them back exactly (icacls /restore).</source>
        <translation>%1 の現在のアクセス許可は事前に保存され (icacls /save)、元に戻すと正確に復元されます (icacls /restore)。</translation>
    </message>
    <message>
        <source>(OI)(CI) lets the files and folders the console creates inside %1 inherit the permission.</source>
        <translation>(OI)(CI) により、コンソールが %1 内に作成するファイルとフォルダーにアクセス許可が継承されます。</translation>
    </message>
</context>
<context>
    <name>kb::ToolRunner</name>
    <message>
        <source>The program &quot;%1&quot; is not one the wizard may run (allowed: %2).</source>
        <translation>プログラム &quot;%1&quot; はウィザードで実行が許可されているものではありません (許可されているもの: %2)。</translation>
    </message>
    <message>
        <source>Refused to run %1: a password would have appeared on its command line.</source>
        <translation>%1 の実行を拒否しました: コマンド ラインにパスワードが含まれてしまうためです。</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; was not found (looked in: %2).</source>
        <translation>プログラム &quot;%1&quot; が見つかりませんでした (検索場所: %2)。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 seconds and was stopped.</source>
        <translation>%1 が %2 秒以内に終了しなかったため、停止しました。</translation>
    </message>
    <message>
        <source>%1 ended abnormally: %2</source>
        <translation>%1 が異常終了しました: %2</translation>
    </message>
</context>
<context>
    <name>kb::UndoPanel</name>
    <message>
        <source>Interrupted</source>
        <extracomment>State of a backup set: the fix was interrupted before it finished.</extracomment>
        <translation>中断</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>元に戻し済み</translation>
    </message>
    <message>
        <source>Every fix saved the files it changed in a backup set. Undo puts the saved files back byte for byte and restarts the services the fix restarted.</source>
        <translation>各修正は、変更したファイルをバックアップ セットに保存しています。元に戻すと、保存したファイルがバイト単位で正確に戻され、修正で再起動したサービスが再起動されます。</translation>
    </message>
    <message>
        <source>Backup set</source>
        <translation>バックアップ セット</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Backup sets</source>
        <translation>バックアップ セット</translation>
    </message>
    <message>
        <source>Earlier fixes of this installation that can be undone</source>
        <translation>このインストールに対する以前の修正のうち、元に戻せるもの</translation>
    </message>
    <message>
        <source>&amp;Undo...</source>
        <translation>元に戻す(&amp;U)...</translation>
    </message>
    <message>
        <source>Undo the selected backup set</source>
        <translation>選択したバックアップ セットを元に戻す</translation>
    </message>
    <message>
        <source>Re&amp;load list</source>
        <translation>一覧の再読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Reload the list of backup sets</source>
        <translation>バックアップ セットの一覧を再読み込み</translation>
    </message>
    <message>
        <source>No backup sets yet for this installation. They are kept in %1.</source>
        <translation>このインストールのバックアップ セットはまだありません。バックアップ セットは %1 に保存されます。</translation>
    </message>
    <message>
        <source>A backup set could not be read: %1</source>
        <translation>バックアップ セットを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Undoing backup set %1...</source>
        <translation>バックアップ セット %1 を元に戻しています...</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Files of backup set %1 changed after the fix.</source>
        <translation>バックアップ セット %1 のファイルは修正後に変更されています。</translation>
    </message>
    <message>
        <source>%1

Undo anyway puts the saved files back and loses those later changes.</source>
        <translation>%1

[強制的に元に戻す] を選択すると、保存したファイルが戻され、その後の変更は失われます。</translation>
    </message>
    <message>
        <source>Undo &amp;anyway</source>
        <translation>強制的に元に戻す(&amp;A)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更していません。</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>元に戻せませんでした: %1</translation>
    </message>
    <message>
        <source>Backup set %1 was restored. Run the diagnosis again to confirm (Back, then Run again).</source>
        <translation>バックアップ セット %1 を復元しました。もう一度診断を実行して確認してください ([戻る] を押してから [再実行])。</translation>
    </message>
</context>
<context>
    <name>kb::UpdateConfig</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 が存在しません。</translation>
    </message>
    <message>
        <source>(file not readable)</source>
        <translation>(ファイルを読み取れません)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>checked key %1 in section [%2] of file %3; %4</source>
        <translation>ファイル %3 のセクション [%2] のキー %1 をチェック; %4</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>line %1; found by scanning for values containing &quot;%2&quot;: whether the product reads this key is not known [inferred]</source>
        <translation>%1 行目; &quot;%2&quot; を含む値をスキャンして見つかったもの。製品がこのキーを読み取るかどうかは不明 [inferred]</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>stored encrypted by the product; never shown</source>
        <translation>製品により暗号化して保存; 表示しません</translation>
    </message>
    <message>
        <source>never shown</source>
        <translation>表示しません</translation>
    </message>
    <message>
        <source>(any section)</source>
        <translation>(任意のセクション)</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <source>not set: assuming the default of %L1 s</source>
        <translation>未設定: 既定値の %L1 秒と見なします</translation>
    </message>
</context>
<context>
    <name>kb::UpdateSourceCheck</name>
    <message>
        <source>detected version</source>
        <translation>検出されたバージョン</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>ActiveUpdate source for version %1</source>
        <translation>バージョン %1 の ActiveUpdate のアップデート元</translation>
    </message>
    <message>
        <source>(version not in the table)</source>
        <translation>(バージョンが表にありません)</translation>
    </message>
    <message>
        <source>No known setting holds the update source. The lines shown were found by scanning; confirm in the console (Updates &gt; Source) which one is used.</source>
        <translation>アップデート元を保持する既知の設定はありません。表示されている行はスキャンで見つかったものです。どれが使用されているかをコンソール (Updates &gt; Source) で確認してください。</translation>
    </message>
    <message>
        <source>The update source is %1, but version &quot;%2&quot; has no known ActiveUpdate source to compare with.</source>
        <translation>アップデート元は %1 ですが、バージョン &quot;%2&quot; には比較対象となる既知の ActiveUpdate のアップデート元がありません。</translation>
    </message>
    <message>
        <source>The update source is the ActiveUpdate source for version %1.</source>
        <translation>アップデート元は、バージョン %1 用の ActiveUpdate のアップデート元です。</translation>
    </message>
    <message>
        <source>The update source %1 is the ActiveUpdate source for version %2, but this server is version %3. The source for %3 is %4.</source>
        <extracomment>%1 = URL, %2 = its version, %3 = the server&apos;s version, %4 = the right URL</extracomment>
        <translation>アップデート元 %1 はバージョン %2 用の ActiveUpdate のアップデート元ですが、このサーバーのバージョンは %3 です。%3 用のアップデート元は %4 です。</translation>
    </message>
    <message>
        <source>The update source is a custom source, %1, and it answers. It is kept.</source>
        <translation>アップデート元はカスタムのアップデート元 %1 で、応答があります。このまま維持します。</translation>
    </message>
    <message>
        <source>The custom update source %1 does not answer (%2). Switch to the ActiveUpdate source %3 or enter another source.</source>
        <translation>カスタムのアップデート元 %1 が応答しません (%2)。ActiveUpdate のアップデート元 %3 に切り替えるか、別のアップデート元を入力してください。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>kb::UpdateSourceFix</name>
    <message>
        <source>Switch the update source in %1 %2 to the chosen one: by default the ActiveUpdate source for the detected version; a custom source is kept unless you pick another.</source>
        <translation>%1 %2 のアップデート元を選択したものに切り替えます。既定ではこのバージョン用の ActiveUpdate のアップデート元です。カスタムのアップデート元は、別のものを選択しない限り維持されます。</translation>
    </message>
    <message>
        <source>Set the other files&apos; update-source lines (%1) to the chosen source, by default the one the update source step settles on.</source>
        <translation>他のファイルのアップデート元の行 (%1) を、選択したアップデート元に設定します。既定では、アップデート元の手順で決定されたものです。</translation>
    </message>
    <message>
        <source>Update source</source>
        <translation>アップデート元</translation>
    </message>
    <message>
        <source>The ActiveUpdate source for version %1 is %2.</source>
        <translation>バージョン %1 用の ActiveUpdate のアップデート元は %2 です。</translation>
    </message>
    <message>
        <source>Or another update source (URL; leave empty to use the choice above)</source>
        <translation>または別のアップデート元 (URL。上の選択を使用する場合は空欄)</translation>
    </message>
    <message>
        <source>For example an intranet mirror: http://server:port/path.</source>
        <translation>例: イントラネットのミラー http://server:port/path</translation>
    </message>
    <message>
        <source>Change %1 [%2] %3 (line %4), now &quot;%5&quot;?</source>
        <extracomment>%1 = file, %2 = section, %3 = key, %4 = line, %5 = value</extracomment>
        <translation>%1 [%2] %3 (%4 行目) を変更しますか? 現在の値は &quot;%5&quot; です</translation>
    </message>
    <message>
        <source>No known key holds the update source. This line was found by scanning for values containing &quot;%1&quot;; change it only if you know the product reads its update source there.</source>
        <translation>アップデート元を保持する既知のキーはありません。この行は &quot;%1&quot; を含む値をスキャンして見つかったものです。製品がここからアップデート元を読み取ることがわかっている場合にのみ変更してください。</translation>
    </message>
    <message>
        <source>Enter the update source as an http:// or https:// address.</source>
        <translation>アップデート元を http:// または https:// のアドレスで入力してください。</translation>
    </message>
    <message>
        <source>%1 cannot hold this address.</source>
        <translation>%1 にはこのアドレスを格納できません。</translation>
    </message>
    <message>
        <source>The update source already is %1.</source>
        <translation>アップデート元は既に %1 です。</translation>
    </message>
    <message>
        <source>No line was chosen: no known key holds the update source; tick the line to change.</source>
        <translation>行が選択されていません: アップデート元を保持する既知のキーがありません。変更する行をチェックしてください。</translation>
    </message>
    <message>
        <source>The other files already name %1.</source>
        <translation>他のファイルは既に %1 を指定しています。</translation>
    </message>
    <message>
        <source>%1 differ: the update-source settings step sets them.</source>
        <translation>%1 は異なります: アップデート元設定の手順で設定されます。</translation>
    </message>
    <message>
        <source>%1 differs: the update source step switches it.</source>
        <translation>%1 は異なります: アップデート元の手順で切り替えられます。</translation>
    </message>
    <message>
        <source>%1 still name another source: the update-source settings step sets them.</source>
        <translation>%1 はまだ別のアップデート元を指定しています: アップデート元設定の手順で設定されます。</translation>
    </message>
    <message>
        <source>%1 names another source: the update source step switches it.</source>
        <translation>%1 は別のアップデート元を指定しています: アップデート元の手順で切り替えられます。</translation>
    </message>
    <message>
        <source>%1 %2=%3 is left as it is: what its values mean is not known for sure.</source>
        <translation>%1 %2=%3 はそのままにします: 値の意味が確実にはわからないためです。</translation>
    </message>
    <message>
        <source>After the change, start a manual update in the console to confirm that the server downloads from %1.</source>
        <translation>変更後、コンソールで手動アップデートを開始し、サーバーが %1 からダウンロードすることを確認してください。</translation>
    </message>
</context>
<context>
    <name>kb::WindowsHost</name>
    <message>
        <source>Waiting for %1 to stop...</source>
        <translation>%1 の停止を待っています...</translation>
    </message>
    <message>
        <source>Starting %1...</source>
        <translation>%1 を開始しています...</translation>
    </message>
    <message>
        <source>Stopping %1...</source>
        <translation>%1 を停止しています...</translation>
    </message>
    <message>
        <source>Could not read the state of service %1 from sc&apos;s output.</source>
        <translation>sc の出力からサービス %1 の状態を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Service %1 did not reach %2 in time (last state: %3).</source>
        <translation>サービス %1 が時間内に %2 になりませんでした (最後の状態: %3)。</translation>
    </message>
    <message>
        <source>Service %1 stopped while starting (exit code %2).</source>
        <translation>サービス %1 が開始中に停止しました (終了コード %2)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a permission icacls can grant.</source>
        <translation>&quot;%1&quot; は icacls で付与できるアクセス許可ではありません。</translation>
    </message>
    <message>
        <source>icacls reported success but wrote no ACL backup to %1.</source>
        <translation>icacls は成功を報告しましたが、%1 に ACL のバックアップを書き込みませんでした。</translation>
    </message>
    <message>
        <source>Cannot restore the permissions of %1: it has no parent folder.</source>
        <translation>%1 のアクセス許可を復元できません: 親フォルダーがありません。</translation>
    </message>
    <message>
        <source>IIS settings can only be read on the server itself, or through %1 with administrator rights on %2 (%3).</source>
        <translation>IIS 設定を読み取れるのは、サーバー自体の上か、%2 の管理者権限を持つ %1 経由の場合だけです (%3)。</translation>
    </message>
    <message>
        <source>IIS settings can only be changed on the server itself.</source>
        <translation>IIS 設定を変更できるのはサーバー自体の上だけです。</translation>
    </message>
    <message>
        <source>%1 could not run: %2</source>
        <translation>%1 を実行できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 succeeded</source>
        <translation>%1 が成功しました</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 が拒否されました: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>appcmd could not list the site %1: %2</source>
        <translation>appcmd でサイト %1 を一覧表示できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>kb::articles</name>
    <message>
        <source>Run the Case Diagnostic Tool (CDT) on the server: download it from Trend Micro&apos;s knowledge base (&quot;Using the CDT to collect all the information needed by Trend Micro Technical Support&quot;), reproduce the problem while it records, and send its log together with this report to Trend Micro Technical Support.</source>
        <translation>サーバーで Case Diagnostic Tool (CDT) を実行してください: Trend Micro のナレッジベース (&quot;Using the CDT to collect all the information needed by Trend Micro Technical Support&quot;) からダウンロードし、記録中に問題を再現して、そのログをこのレポートと一緒に Trend Micro テクニカル サポートに送信してください。</translation>
    </message>
</context>
<context>
    <name>kb::articles::ReputationReconnecting</name>
    <message>
        <source>%1 [inferred]</source>
        <translation>%1 [inferred]</translation>
    </message>
    <message>
        <source>section and key name</source>
        <translation>セクション名とキー名</translation>
    </message>
    <message>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>default %1 [article]</source>
        <translation>既定値 %1 [article]</translation>
    </message>
    <message>
        <source>Error 1053 means the service did not answer the start request in time: the Local Web Classification Server is damaged or cannot load its patterns. The article&apos;s remedy is to uninstall and reinstall the Integrated Smart Protection Server with the ISPS tool (step isps-tool), then to check LWCS\wcspatterns (step wcspatterns).</source>
        <translation>エラー 1053 は、サービスが時間内に開始要求に応答しなかったことを示します。Local Web Classification Server が破損しているか、パターンを読み込めません。記事の対処方法は、ISPS ツールで Integrated Smart Protection Server をアンインストールして再インストールし (手順 isps-tool)、その後 LWCS\wcspatterns を確認すること (手順 wcspatterns) です。</translation>
    </message>
    <message>
        <source>The service is not installed: reinstall the Integrated Smart Protection Server with the ISPS tool (step isps-tool).</source>
        <translation>サービスがインストールされていません: ISPS ツールで Integrated Smart Protection Server を再インストールしてください (手順 isps-tool)。</translation>
    </message>
    <message>
        <source>Reputation Service shows &quot;Reconnecting&quot;</source>
        <translation>Reputation Service が「Reconnecting」と表示される</translation>
    </message>
    <message>
        <source>OfficeScan agents show the Web Reputation service as &quot;Reconnecting&quot; while the Integrated Smart Protection Server is used (knowledge-base article 004).</source>
        <translation>Integrated Smart Protection Server の使用中に、OfficeScan エージェントで Web Reputation サービスが「Reconnecting」と表示される (ナレッジベースの記事 004)。</translation>
    </message>
    <message>
        <source>Agents show a red X and &quot;Reputation service reconnecting&quot;</source>
        <translation>エージェントに赤い X と「Reputation service reconnecting」が表示される</translation>
    </message>
    <message>
        <source>&quot;Unable to connect to the Smart Protection server&quot; when testing the Integrated Server</source>
        <translation>Integrated Server のテストで「Unable to connect to the Smart Protection server」と表示される</translation>
    </message>
    <message>
        <source>The Local Web Classification service does not start (Error 1053)</source>
        <translation>Local Web Classification サービスが開始しない (エラー 1053)</translation>
    </message>
    <message>
        <source>server configuration file</source>
        <translation>サーバーの構成ファイル</translation>
    </message>
    <message>
        <source>section of the Web Reputation entries</source>
        <translation>Web Reputation のエントリのセクション</translation>
    </message>
    <message>
        <source>entry &quot;integrated server installed&quot;</source>
        <translation>エントリ「integrated server installed」</translation>
    </message>
    <message>
        <source>entry &quot;enabled for Web Reputation&quot;</source>
        <translation>エントリ「enabled for Web Reputation」</translation>
    </message>
    <message>
        <source>value of both entries</source>
        <translation>両方のエントリの値</translation>
    </message>
    <message>
        <source>other keys offered for confirmation</source>
        <translation>確認用に提示するその他のキー</translation>
    </message>
    <message>
        <source>master service</source>
        <translation>マスター サービス</translation>
    </message>
    <message>
        <source>Local Web Classification Server service</source>
        <translation>Local Web Classification Server サービス</translation>
    </message>
    <message>
        <source>status page port entry</source>
        <translation>ステータス ページのポートのエントリ</translation>
    </message>
    <message>
        <source>default status page port</source>
        <translation>ステータス ページの既定のポート</translation>
    </message>
    <message>
        <source>status pages (no proxy)</source>
        <translation>ステータス ページ (プロキシなし)</translation>
    </message>
    <message>
        <source>ISPS installer: folders and file names searched</source>
        <translation>ISPS インストーラー: 検索するフォルダーとファイル名</translation>
    </message>
    <message>
        <source>release that includes the ISPS installer</source>
        <translation>ISPS インストーラーを含むリリース</translation>
    </message>
    <message>
        <source>pattern folder</source>
        <translation>パターン フォルダー</translation>
    </message>
    <message>
        <source>pattern files expected</source>
        <translation>想定されるパターン ファイル</translation>
    </message>
    <message>
        <source>update source of the Integrated Server</source>
        <translation>Integrated Server のアップデート元</translation>
    </message>
    <message>
        <source>server.ini entries to download</source>
        <translation>ダウンロードする server.ini のエントリ</translation>
    </message>
    <message>
        <source>server.ini layout: [Server] Server.1, P.&lt;id&gt;=path,version,size</source>
        <translation>server.ini のレイアウト: [Server] Server.1、P.&lt;id&gt;=path,version,size</translation>
    </message>
    <message>
        <source>archive layout: pattern files at the top level; a hex 4th field is a digest</source>
        <translation>アーカイブのレイアウト: パターン ファイルは最上位にあり、4 番目のフィールドが 16 進数の場合はダイジェスト</translation>
    </message>
    <message>
        <source>Web Reputation entries in ofcserver.ini</source>
        <translation>ofcserver.ini の Web Reputation のエントリ</translation>
    </message>
    <message>
        <source>The article first makes sure the two entries of %1 that mark the Integrated Smart Protection Server as installed and enabled for Web Reputation are both set to %2. Their names are not certain, so similar keys are listed too.</source>
        <translation>記事ではまず、Integrated Smart Protection Server がインストール済みで Web Reputation に対して有効であることを示す %1 の 2 つのエントリが、両方とも %2 に設定されていることを確認します。これらの名前は確定していないため、類似したキーも一覧表示します。</translation>
    </message>
    <message>
        <source>Set the confirmed entries to %1 in %2, then restart the OfficeScan Master Service (%3).</source>
        <translation>確認済みのエントリを %2 で %1 に設定し、OfficeScan Master Service (%3) を再起動します。</translation>
    </message>
    <message>
        <source>Web Reputation queries from agents are answered by this service; when it is stopped or corrupted the agents show &quot;Reconnecting&quot;.</source>
        <translation>エージェントからの Web Reputation の照会にはこのサービスが応答します。このサービスが停止しているか破損していると、エージェントに「Reconnecting」と表示されます。</translation>
    </message>
    <message>
        <source>Start %1 and wait until it is running. If Windows answers with Error 1053 (the service did not respond in time), the service is corrupted: reinstall the Integrated Smart Protection Server with the ISPS tool.</source>
        <translation>%1 を開始し、実行中になるまで待ちます。Windows がエラー 1053 (サービスが時間内に応答しなかった) を返した場合、サービスは破損しています。ISPS ツールで Integrated Smart Protection Server を再インストールしてください。</translation>
    </message>
    <message>
        <source>If the service does not start (Error 1053) or is not installed, reinstall the Integrated Smart Protection Server with the ISPS tool (step isps-tool), then check the pattern files (step wcspatterns).</source>
        <translation>サービスが開始しない (エラー 1053) か、インストールされていない場合は、ISPS ツールで Integrated Smart Protection Server を再インストールし (手順 isps-tool)、その後パターン ファイルを確認してください (手順 wcspatterns)。</translation>
    </message>
    <message>
        <source>Web Reputation status page</source>
        <translation>Web Reputation のステータス ページ</translation>
    </message>
    <message>
        <source>Agents query the Local Web Classification Server over HTTP. The article opens its status page from a browser without a proxy: an answer with the status page means the connection is OK.</source>
        <translation>エージェントは HTTP で Local Web Classification Server に照会します。記事では、プロキシを使用せずにブラウザーでステータス ページを開きます。ステータス ページが返されれば、接続は正常です。</translation>
    </message>
    <message>
        <source>If it fails, check the connection between the agents and the server (a firewall on the Web Reputation port) and the web server log (IIS or Apache).</source>
        <translation>失敗する場合は、エージェントとサーバー間の接続 (Web Reputation のポートに対するファイアウォール) と、Web サーバーのログ (IIS または Apache) を確認してください。</translation>
    </message>
    <message>
        <source>ISPS installer</source>
        <translation>ISPS インストーラー</translation>
    </message>
    <message>
        <source>A corrupted or missing Local Web Classification service is repaired by uninstalling and reinstalling the Integrated Smart Protection Server with the ISPS tool.</source>
        <translation>破損しているか存在しない Local Web Classification サービスは、ISPS ツールで Integrated Smart Protection Server をアンインストールして再インストールすることで修復します。</translation>
    </message>
    <message>
        <source>ISPS installer or tool</source>
        <translation>ISPS インストーラーまたはツール</translation>
    </message>
    <message>
        <source>folders and file names</source>
        <translation>フォルダーとファイル名</translation>
    </message>
    <message>
        <source>Found an ISPS installer (%1). If the Local Web Classification service still fails, use it to uninstall and then reinstall the Integrated Smart Protection Server.</source>
        <translation>ISPS インストーラーが見つかりました (%1)。それでも Local Web Classification サービスが失敗する場合は、これを使用して Integrated Smart Protection Server をアンインストールしてから再インストールしてください。</translation>
    </message>
    <message>
        <source>No ISPS installer was found on the server. %1 already includes the ISPS installer: install that service pack instead of the standalone hot fix, or ask Trend Micro support for the ISPS tool. Then uninstall and reinstall the Integrated Smart Protection Server with it.</source>
        <translation>サーバーに ISPS インストーラーが見つかりませんでした。%1 には ISPS インストーラーが既に含まれています。単体の Hotfix ではなくその Service Pack をインストールするか、Trend Micro サポートに ISPS ツールを依頼してください。その後、そのツールで Integrated Smart Protection Server をアンインストールして再インストールしてください。</translation>
    </message>
    <message>
        <source>Run the ISPS tool to uninstall, then reinstall, the Integrated Smart Protection Server. If that does not fix the issue, continue with the pattern files (step wcspatterns).</source>
        <translation>ISPS ツールを実行して Integrated Smart Protection Server をアンインストールしてから再インストールしてください。それでも問題が解決しない場合は、パターン ファイルの手順 (手順 wcspatterns) に進んでください。</translation>
    </message>
    <message>
        <source>Web Reputation pattern files</source>
        <translation>Web Reputation のパターン ファイル</translation>
    </message>
    <message>
        <source>The Local Web Classification Server needs its two pattern files (%1) in %2; when one is missing, the service cannot answer and agents show &quot;Reconnecting&quot;.</source>
        <translation>Local Web Classification Server には、%2 に 2 つのパターン ファイル (%1) が必要です。どちらかがないとサービスが応答できず、エージェントに「Reconnecting」と表示されます。</translation>
    </message>
    <message>
        <source>Read server.ini from the Integrated Server&apos;s update source, download %1 from its Server.1 address, check and unpack them into %2 (backed up first), restart %3 and check the status page again.</source>
        <translation>Integrated Server のアップデート元から server.ini を読み取り、その Server.1 のアドレスから %1 をダウンロードし、チェックして %2 に展開し (事前にバックアップします)、%3 を再起動して、ステータス ページをもう一度チェックします。</translation>
    </message>
    <message>
        <source>Nothing in %1 changes until both archives are downloaded, checked against server.ini and unpacked; a failed or cancelled download leaves it as it was.</source>
        <translation>両方のアーカイブのダウンロード、server.ini との照合、展開が完了するまで、%1 内は何も変更されません。ダウンロードが失敗またはキャンセルされた場合は、元のままです。</translation>
    </message>
    <message>
        <source>The download goes directly to the update source, without a proxy.</source>
        <translation>ダウンロードは、プロキシを使用せずにアップデート元に直接行われます。</translation>
    </message>
    <message>
        <source>If %1 then cannot start (Error 1053), the new files are removed again: reinstall the Integrated Smart Protection Server first (step isps-tool).</source>
        <translation>その後 %1 を開始できない場合 (エラー 1053) は、新しいファイルが再び削除されます。先に Integrated Smart Protection Server を再インストールしてください (手順 isps-tool)。</translation>
    </message>
    <message>
        <source>Afterwards, log in to the web console and test the connection of the Integrated Server: it should now succeed.</source>
        <translation>その後、Web コンソールにログインして Integrated Server の接続をテストしてください。今度は成功するはずです。</translation>
    </message>
</context>
<context>
    <name>kb::articles::SessionTimeout</name>
    <message>
        <source>IUSR_&lt;server&gt; on Windows 2000/2003, IIS_IUSRS on 2008 and later [article]</source>
        <translation>Windows 2000/2003 では IUSR_&lt;server&gt;、2008 以降では IIS_IUSRS [article]</translation>
    </message>
    <message>
        <source>IIS 7 and later</source>
        <translation>IIS 7 以降</translation>
    </message>
    <message>
        <source>IIS 7.0, as the article writes it</source>
        <translation>IIS 7.0 (記事の記載どおり)</translation>
    </message>
    <message>
        <source>IIS 6</source>
        <translation>IIS 6</translation>
    </message>
    <message>
        <source>article; u_ex inferred</source>
        <translation>article; u_ex inferred</translation>
    </message>
    <message>
        <source>&quot;Session has timed out&quot; when logging in to the console</source>
        <translation>コンソールへのログイン時に「Session has timed out」と表示される</translation>
    </message>
    <message>
        <source>After entering the right password the Worry-Free Business Security console says the session has timed out (knowledge-base article 002).</source>
        <translation>正しいパスワードを入力した後、Worry-Free Business Security のコンソールにセッションがタイムアウトしたと表示される (ナレッジベースの記事 002)。</translation>
    </message>
    <message>
        <source>I cannot log in to the web console</source>
        <translation>Web コンソールにログインできない</translation>
    </message>
    <message>
        <source>&quot;Your Worry-Free Business Security Advanced Session has timed out. Please login again.&quot;</source>
        <translation>&quot;Your Worry-Free Business Security Advanced Session has timed out. Please login again.&quot;</translation>
    </message>
    <message>
        <source>The console login page comes back after entering the right password</source>
        <translation>正しいパスワードを入力しても、コンソールのログイン ページに戻ってしまう</translation>
    </message>
    <message>
        <source>temporary folder</source>
        <translation>一時フォルダー</translation>
    </message>
    <message>
        <source>account on Windows 2000/2003</source>
        <translation>Windows 2000/2003 でのアカウント</translation>
    </message>
    <message>
        <source>account on Windows 2008 and later</source>
        <translation>Windows 2008 以降でのアカウント</translation>
    </message>
    <message>
        <source>first Windows version with IIS_IUSRS (CurrentVersion)</source>
        <translation>IIS_IUSRS がある最初の Windows バージョン (CurrentVersion)</translation>
    </message>
    <message>
        <source>rights granted</source>
        <translation>付与する権限</translation>
    </message>
    <message>
        <source>groups whose entries apply to the account</source>
        <translation>アカウントに適用されるエントリを持つグループ</translation>
    </message>
    <message>
        <source>IIS web site of the console</source>
        <translation>コンソールの IIS Web サイト</translation>
    </message>
    <message>
        <source>IIS configuration path tried next</source>
        <translation>次に試す IIS 構成パス</translation>
    </message>
    <message>
        <source>web service</source>
        <translation>Web サービス</translation>
    </message>
    <message>
        <source>master service</source>
        <translation>マスター サービス</translation>
    </message>
    <message>
        <source>IIS 7 and later log folder</source>
        <translation>IIS 7 以降のログ フォルダー</translation>
    </message>
    <message>
        <source>IIS 7.0 log folder as the article writes it</source>
        <translation>IIS 7.0 のログ フォルダー (記事の記載どおり)</translation>
    </message>
    <message>
        <source>IIS 6 log folder</source>
        <translation>IIS 6 のログ フォルダー</translation>
    </message>
    <message>
        <source>log file names</source>
        <translation>ログ ファイル名</translation>
    </message>
    <message>
        <source>UTF-8 log file names</source>
        <translation>UTF-8 のログ ファイル名</translation>
    </message>
    <message>
        <source>IIS account may read and write PCCSRV\Temp</source>
        <translation>IIS アカウントが PCCSRV\Temp の読み取りと書き込みを行える</translation>
    </message>
    <message>
        <source>The console keeps its session files in PCCSRV\Temp. When the IIS account (IIS_IUSRS, or IUSR_&lt;server&gt; on Windows 2000/2003) cannot read and write there, every login ends with &quot;Session has timed out&quot;.</source>
        <translation>コンソールはセッション ファイルを PCCSRV\Temp に保存します。IIS アカウント (IIS_IUSRS、Windows 2000/2003 では IUSR_&lt;server&gt;) がこのフォルダーの読み取りと書き込みを行えないと、ログインのたびに「Session has timed out」となります。</translation>
    </message>
    <message>
        <source>Console site&apos;s anonymous user</source>
        <translation>コンソール サイトの匿名ユーザー</translation>
    </message>
    <message>
        <source>If the folder permissions are right and the console still times out, the article sets the OfficeScan web site&apos;s Anonymous Authentication to a specific user with its password.</source>
        <translation>フォルダーのアクセス許可が正しいのにコンソールがタイムアウトする場合、記事では OfficeScan Web サイトの匿名認証を特定のユーザーとそのパスワードに設定します。</translation>
    </message>
    <message>
        <source>After changing the anonymous user, restart the web server and the master service (next step).</source>
        <translation>匿名ユーザーを変更した後、Web サーバーとマスター サービスを再起動します (次の手順)。</translation>
    </message>
    <message>
        <source>Web server and master service running</source>
        <translation>Web サーバーとマスター サービスの実行</translation>
    </message>
    <message>
        <source>The console needs both the World Wide Web Publishing Service and the Security Server master service; the article restarts both after a change.</source>
        <translation>コンソールには World Wide Web Publishing Service と Security Server のマスター サービスの両方が必要です。記事では、変更後に両方を再起動します。</translation>
    </message>
    <message>
        <source>Restart %1, then %2, waiting until each is running.</source>
        <translation>%1、%2 の順に再起動し、それぞれ実行中になるまで待ちます。</translation>
    </message>
    <message>
        <source>Information for Trend Micro support</source>
        <translation>Trend Micro サポート用の情報</translation>
    </message>
    <message>
        <source>If you still cannot log in, Trend Micro support needs the Case Diagnostic Tool log and the IIS log of the console site.</source>
        <translation>それでもログインできない場合、Trend Micro サポートには Case Diagnostic Tool のログとコンソール サイトの IIS ログが必要です。</translation>
    </message>
    <message>
        <source>Create the support bundle (the report and the newest IIS logs of the console site, passwords masked) and send it to Trend Micro support.</source>
        <translation>サポート バンドル (レポートと、コンソール サイトの最新の IIS ログ。パスワードはマスク済み) を作成して、Trend Micro サポートに送信してください。</translation>
    </message>
</context>
<context>
    <name>kb::articles::UpdateFailure</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>any section; added to [%1] when absent [inferred]</source>
        <translation>任意のセクション。ない場合は [%1] に追加 [inferred]</translation>
    </message>
    <message>
        <source>%1 (Site Duplication)</source>
        <translation>%1 (Site Duplication)</translation>
    </message>
    <message>
        <source>%1 = Smart Duplication</source>
        <translation>%1 = Smart Duplication</translation>
    </message>
    <message>
        <source>key name [inferred]</source>
        <translation>キー名 [inferred]</translation>
    </message>
    <message>
        <source>file [article], section and key [inferred]</source>
        <translation>ファイルは [article]、セクションとキーは [inferred]</translation>
    </message>
    <message>
        <source>0 = Trend Micro ActiveUpdate, 1 = another source [inferred]; shown, never changed</source>
        <translation>0 = Trend Micro ActiveUpdate、1 = その他のアップデート元 [inferred]。表示のみで変更しません</translation>
    </message>
    <message>
        <source>host &lt;code&gt;-p.activeupdate.trendmicro.com [inferred] from the public OfficeScan pattern</source>
        <translation>ホスト &lt;code&gt;-p.activeupdate.trendmicro.com [inferred] (公開されている OfficeScan のパターンより)</translation>
    </message>
    <message>
        <source>6.0 is not among the versions the article covers (7.0 to 10.0)</source>
        <translation>6.0 は記事の対象バージョン (7.0 ～ 10.0) に含まれていません</translation>
    </message>
    <message>
        <source>key [article]</source>
        <translation>キー [article]</translation>
    </message>
    <message>
        <source>read as seconds, %L1 s when absent [inferred]</source>
        <translation>秒として読み取り、ない場合は %L1 秒 [inferred]</translation>
    </message>
    <message>
        <source>checked in section %1 of file %2; file, section and key [inferred]</source>
        <translation>ファイル %2 のセクション %1 でチェック。ファイル、セクション、キーは [inferred]</translation>
    </message>
    <message>
        <source>key name [public]</source>
        <translation>キー名 [public]</translation>
    </message>
    <message>
        <source>The Security Server is not updating</source>
        <translation>Security Server がアップデートされない</translation>
    </message>
    <message>
        <source>Troubleshooting Security Server update issues in Worry-Free Business Security 7.0 to 10.0 (knowledge-base article 000).</source>
        <translation>Worry-Free Business Security 7.0 ～ 10.0 での Security Server のアップデートに関する問題のトラブルシューティング (ナレッジベースの記事 000)。</translation>
    </message>
    <message>
        <source>Manual update works but scheduled update does not</source>
        <translation>手動アップデートは成功するが、予約アップデートが成功しない</translation>
    </message>
    <message>
        <source>&quot;The Security Server was unable to reach the update source&quot;</source>
        <translation>「The Security Server was unable to reach the update source」</translation>
    </message>
    <message>
        <source>Update shows &quot;100% Not completed&quot;</source>
        <translation>アップデートで &quot;100% Not completed&quot; と表示される</translation>
    </message>
    <message>
        <source>&quot;Generic failure on source network&quot;</source>
        <translation>「Generic failure on source network」</translation>
    </message>
    <message>
        <source>ActiveUpdate settings file</source>
        <translation>ActiveUpdate の設定ファイル</translation>
    </message>
    <message>
        <source>download timeout</source>
        <translation>ダウンロード タイムアウト</translation>
    </message>
    <message>
        <source>section that gets the timeout when it is absent</source>
        <translation>タイムアウトがない場合に追加するセクション</translation>
    </message>
    <message>
        <source>component settings file</source>
        <translation>コンポーネントの設定ファイル</translation>
    </message>
    <message>
        <source>duplication keys</source>
        <translation>複製のキー</translation>
    </message>
    <message>
        <source>keep each key&apos;s own spelling when replacing 80 by 0</source>
        <translation>80 を 0 に置き換えるときに、各キーの元の綴りを維持する</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>master service</source>
        <translation>マスター サービス</translation>
    </message>
    <message>
        <source>download timeout unit, and its value when absent</source>
        <translation>ダウンロード タイムアウトの単位と、ない場合の値</translation>
    </message>
    <message>
        <source>seconds; %L1 s</source>
        <translation>秒; %L1 秒</translation>
    </message>
    <message>
        <source>proxy settings</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <source>proxy password key (encrypted by the product, never written)</source>
        <translation>プロキシのパスワードのキー (製品により暗号化され、書き込みは行いません)</translation>
    </message>
    <message>
        <source>proxy types as stored</source>
        <translation>保存されているプロキシの種類</translation>
    </message>
    <message>
        <source>update source line</source>
        <translation>アップデート元の行</translation>
    </message>
    <message>
        <source>update source type</source>
        <translation>アップデート元の種類</translation>
    </message>
    <message>
        <source>ActiveUpdate source for %1</source>
        <translation>%1 用の ActiveUpdate のアップデート元</translation>
    </message>
    <message>
        <source>host names for the firewall</source>
        <translation>ファイアウォール用のホスト名</translation>
    </message>
    <message>
        <source>license server</source>
        <translation>ライセンス サーバー</translation>
    </message>
    <message>
        <source>download cache, its index and checksum list</source>
        <translation>ダウンロード キャッシュ、そのインデックスとチェックサム一覧</translation>
    </message>
    <message>
        <source>Disk Cleaner location</source>
        <translation>Disk Cleaner の場所</translation>
    </message>
    <message>
        <source>Update download timeout</source>
        <translation>アップデートのダウンロード タイムアウト</translation>
    </message>
    <message>
        <source>Slow downloads from the update source time out and the update fails. The article raises the ActiveUpdate timeout to %1.</source>
        <translation>アップデート元からのダウンロードが遅いとタイムアウトになり、アップデートが失敗します。記事では、ActiveUpdate のタイムアウトを %1 に延長します。</translation>
    </message>
    <message>
        <source>Set timeout=%1 in %2 (raised where it is; added when absent).</source>
        <translation>%2 で timeout=%1 を設定します (既存の場所で値を引き上げ、ない場合は追加します)。</translation>
    </message>
    <message>
        <source>After the fix, start a manual update and check that it completes.</source>
        <translation>修正後、手動アップデートを開始し、完了することを確認してください。</translation>
    </message>
    <message>
        <source>The server&apos;s proxy for updates</source>
        <translation>アップデート用のサーバーのプロキシ</translation>
    </message>
    <message>
        <source>The scheduled update runs as the Security Server service, so it uses the proxy set in the server&apos;s own settings, not the browser&apos;s: a manual update from a browser session can work while the scheduled one fails. A wrong address, port or password stops it.</source>
        <translation>予約アップデートは Security Server のサービスとして実行されるため、ブラウザーではなくサーバー自体の設定のプロキシを使用します。そのため、ブラウザーのセッションからの手動アップデートは成功しても、予約アップデートが失敗することがあります。アドレス、ポート、パスワードが間違っていると、予約アップデートは停止します。</translation>
    </message>
    <message>
        <source>Type the proxy password in the console (Administration &gt; Global Settings &gt; Proxy): the product stores it encrypted, so the wizard never writes it.</source>
        <translation>コンソール (Administration &gt; Global Settings &gt; Proxy) でプロキシのパスワードを入力してください。製品はパスワードを暗号化して保存するため、ウィザードが書き込むことはありません。</translation>
    </message>
    <message>
        <source>Can the server reach the update source?</source>
        <translation>サーバーはアップデート元に到達できますか?</translation>
    </message>
    <message>
        <source>&quot;Unable to reach the update source&quot; and &quot;Generic failure on source network&quot; mean one stage of the download failed: name lookup, connection, proxy, TLS, the server&apos;s answer, or time. This step finds which, and how long each stage took.</source>
        <translation>「Unable to reach the update source」と「Generic failure on source network」は、ダウンロードのいずれかの段階 (名前解決、接続、プロキシ、TLS、サーバーの応答、時間) が失敗したことを示します。この手順では、どの段階で失敗したか、各段階にどれだけ時間がかかったかを調べます。</translation>
    </message>
    <message>
        <source>Update source for this version</source>
        <translation>このバージョンのアップデート元</translation>
    </message>
    <message>
        <source>Each Worry-Free version downloads from its own ActiveUpdate source; a source for another version, or a custom source that does not answer, leaves the server without updates.</source>
        <translation>Worry-Free の各バージョンは、それぞれ専用の ActiveUpdate のアップデート元からダウンロードします。別のバージョン用のアップデート元や、応答しないカスタムのアップデート元が設定されていると、サーバーはアップデートを取得できません。</translation>
    </message>
    <message>
        <source>Firewall allow-list</source>
        <translation>ファイアウォールの許可リスト</translation>
    </message>
    <message>
        <source>A firewall that blocks Trend Micro&apos;s servers stops the download. The article resolves each server name and allows its address block (the last octet from .0 to .255).</source>
        <translation>Trend Micro のサーバーをブロックするファイアウォールがあると、ダウンロードが停止します。記事では、各サーバー名を名前解決し、そのアドレス ブロック (最後のオクテットは .0 ～ .255) を許可します。</translation>
    </message>
    <message>
        <source>ActiveUpdate (pattern and engine downloads)</source>
        <translation>ActiveUpdate (パターンとエンジンのダウンロード)</translation>
    </message>
    <message>
        <source>name [inferred]</source>
        <translation>名前 [inferred]</translation>
    </message>
    <message>
        <source>license update</source>
        <translation>ライセンスの更新</translation>
    </message>
    <message>
        <source>name [public] for other Trend Micro products</source>
        <translation>名前 [public] (他の Trend Micro 製品のもの)</translation>
    </message>
    <message>
        <source>Smart Scan (Smart Protection Network)</source>
        <translation>Smart Scan (Smart Protection Network)</translation>
    </message>
    <message>
        <source>antispam update server</source>
        <translation>スパム対策のアップデート サーバー</translation>
    </message>
    <message>
        <source>AutoUpdate server</source>
        <translation>AutoUpdate サーバー</translation>
    </message>
    <message>
        <source>Outbreak Prevention Policy (OPP) server</source>
        <translation>Outbreak Prevention Policy (OPP) サーバー</translation>
    </message>
    <message>
        <source>Give the allow-list to the firewall administrator; after the change, run this step again.</source>
        <translation>許可リストをファイアウォール管理者に渡してください。変更後、この手順をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Update source settings agree</source>
        <translation>アップデート元の設定の一致</translation>
    </message>
    <message>
        <source>The update source is stored in several files; when they disagree, parts of the server download from a different source than the console shows.</source>
        <translation>アップデート元は複数のファイルに保存されています。これらが一致しないと、サーバーの一部がコンソールに表示されているものとは別のアップデート元からダウンロードします。</translation>
    </message>
    <message>
        <source>Damaged files in the download cache</source>
        <translation>ダウンロード キャッシュ内の破損したファイル</translation>
    </message>
    <message>
        <source>A truncated or empty pattern file in the server&apos;s download cache makes every update stop at &quot;100% Not completed&quot;. The article cleans the cache with Disk Cleaner.</source>
        <translation>サーバーのダウンロード キャッシュに途中で切れたパターン ファイルや空のパターン ファイルがあると、アップデートが毎回 &quot;100% Not completed&quot; で停止します。記事では、Disk Cleaner でキャッシュをクリーンアップします。</translation>
    </message>
    <message>
        <source>cache folder, index and checksum list [inferred]</source>
        <translation>キャッシュ フォルダー、インデックス、チェックサム一覧 [inferred]</translation>
    </message>
    <message>
        <source>TMDiskCleaner.exe [public]; its folder on the server [inferred]</source>
        <translation>TMDiskCleaner.exe [public]。サーバー上のフォルダーは [inferred]</translation>
    </message>
    <message>
        <source>Smart Duplication of components</source>
        <translation>コンポーネントの Smart Duplication</translation>
    </message>
    <message>
        <source>With Smart Duplication (%1) the server keeps every component version to download only increments; switching to Site Duplication (%2) downloads full patterns instead, which resolves corrupted increments.</source>
        <translation>Smart Duplication (%1) では、差分のみをダウンロードするためにサーバーがすべてのコンポーネント バージョンを保持します。Site Duplication (%2) に切り替えると、代わりに完全なパターンがダウンロードされるため、破損した差分の問題が解決します。</translation>
    </message>
    <message>
        <source>Replace every DuplicationAction/DuplicateAction value of %1 with %2 in %3, keeping each key&apos;s own spelling, then restart the Security Server master service.</source>
        <translation>%3 の DuplicationAction/DuplicateAction の値 %1 をすべて %2 に置き換え (各キーの元の綴りを維持します)、Security Server のマスター サービスを再起動します。</translation>
    </message>
    <message>
        <source>Trade-off: Site Duplication uses more bandwidth on every update but less disk space on the server.</source>
        <translation>トレードオフ: Site Duplication では毎回のアップデートで使用する帯域幅が増えますが、サーバーのディスク使用量は減ります。</translation>
    </message>
    <message>
        <source>Information for Trend Micro support</source>
        <translation>Trend Micro サポート用の情報</translation>
    </message>
    <message>
        <source>If updates still fail, Trend Micro support needs the Case Diagnostic Tool log and this report.</source>
        <translation>それでもアップデートが失敗する場合、Trend Micro サポートには Case Diagnostic Tool のログとこのレポートが必要です。</translation>
    </message>
    <message>
        <source>removing a damaged cache file and its .sig makes the next update download it again</source>
        <translation>破損したキャッシュ ファイルとその .sig を削除すると、次回のアップデートで再ダウンロードされる</translation>
    </message>
    <message>
        <source>Instead of the fix, you can run Disk Cleaner (TMDiskCleaner.exe %1, from Trend Micro KB 1055066) on the server, or delete the damaged files this step lists together with their .sig files; then start a manual update so they are downloaded again.</source>
        <translation>修正の代わりに、サーバーで Disk Cleaner (TMDiskCleaner.exe %1。Trend Micro KB 1055066 から入手) を実行するか、この手順に表示されている破損したファイルをその .sig ファイルと一緒に削除することもできます。その後、手動アップデートを開始して再ダウンロードしてください。</translation>
    </message>
</context>
</TS>
