#compdef ladder
# zsh completion for ladder: source <(ladder completion zsh), after compinit.
# Words go to ladder as words, and compadd inserts each candidate quoted: nothing is evaluated.

_ladder() {
    local -a args lines values shown opts
    local out last line value desc directive=0
    args=("${(@Q)words[2,CURRENT]}")
    out=$(command ladder complete -- "${args[@]}" 2>/dev/null) || return 1
    lines=("${(@f)out}")
    last=${lines[-1]}
    if [[ $last == :<-> ]]; then directive=${last#:}; lines[-1]=(); fi
    (( directive & 1 )) && return 1
    for line in "${lines[@]}"; do
        [[ -z $line ]] && continue
        value=${line%%$'\t'*}
        desc=''
        [[ $line == *$'\t'* ]] && desc=${line#*$'\t'}
        values+=("$value")
        shown+=("$value${desc:+  -- $desc}")
    done
    [[ ${args[-1]} == -*=* ]] && compset -P '*='
    (( directive & 2 )) && opts=(-S '')
    if (( ${#values} )); then
        compadd "${opts[@]}" -l -d shown -a values && return 0
    fi
    (( directive & 4 )) || _files
}

compdef _ladder ladder
