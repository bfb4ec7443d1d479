# bash completion for ladder: source <(ladder completion bash)
# Words go to ladder as words, and each candidate is inserted quoted: nothing is evaluated.

# A word as the shell passes it on: one level of quotes or of backslashes taken off.
__ladder_plain() {
    local w=$1
    case $w in
        \'*) w=${w#\'}; w=${w%\'} ;;
        \"*) w=${w#\"}; w=${w%\"} ;;
        *) w=${w//\\/} ;;
    esac
    printf '%s' "$w"
}

__ladder_complete() {
    local cur cword i out last value full directive=0
    local -a words args
    if declare -F _get_comp_words_by_ref >/dev/null; then
        _get_comp_words_by_ref -n "=:" cur words cword
    else
        words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; cur=${COMP_WORDS[COMP_CWORD]}
    fi
    for ((i = 1; i <= cword; i++)); do args+=("$(__ladder_plain "${words[i]}")"); done
    out=$(command ladder complete -- "${args[@]}" 2>/dev/null) || return 0
    last=${out##*$'\n'}
    if [[ $last =~ ^:[0-9]+$ ]]; then directive=${last#:}; out=${out%"$last"}; fi
    (( directive & 1 )) && return 0
    (( directive & 2 )) && compopt -o nospace 2>/dev/null
    local word=${args[cword - 1]} match pre=''
    match=$word
    if [[ $word == -*=* ]]; then pre=${word%%=*}=; match=${word#*=}; fi
    # Readline replaces only what follows the last = or : of the word, as bash splits words.
    local lead=${cur%"${cur##*[=:]}"}
    lead=$(__ladder_plain "$lead")
    COMPREPLY=()
    while IFS= read -r value; do
        value=${value%%$'\t'*}
        [[ -n $value && $value == "$match"* ]] || continue
        full=$pre$value
        printf -v value '%q' "${full#"$lead"}"
        # A comma is special only inside braces, which %q has quoted already.
        COMPREPLY+=("${value//\\,/,}")
    done <<< "$out"
    if (( ${#COMPREPLY[@]} == 0 && (directive & 4) == 0 )); then
        compopt -o default 2>/dev/null
    fi
    return 0
}

complete -F __ladder_complete ladder
